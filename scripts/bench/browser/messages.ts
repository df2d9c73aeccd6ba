// Margin's side through its own protocol: the envelope of lib/messages.ts, sent from an extension page to the
// background service worker exactly as the content script sends it.
import type { Envelope, Reply, RequestOf, RequestType, ResponseMap } from '../../../lib/messages';

interface ChromeRuntime {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

export async function send<T extends RequestType>(type: T, data: RequestOf<T>): Promise<ResponseMap[T]> {
  const envelope: Envelope<T> = { margin: 1, type, data };
  const reply = (await (globalThis as unknown as ChromeRuntime).chrome.runtime.sendMessage(envelope)) as
    | Reply<ResponseMap[T]>
    | undefined;
  if (!reply) throw new Error(`${type}: no answer from the service worker`);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}
