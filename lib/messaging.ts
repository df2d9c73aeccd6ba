// Transport for the protocol in messages.ts: envelopes, typed replies, and a retry when the service worker
// was stopped mid-message (every write is idempotent, so retrying is safe). The background's side, which
// validates what it receives, is request-listener.ts.
import { browser } from 'wxt/browser';
import {
  type Envelope,
  type ErrorCode,
  isEnvelope,
  type Reply,
  type RequestOf,
  type RequestType,
  type ResponseMap,
  type TabMessageMap,
} from './messages';

export class MessageFailure extends Error {
  override name = 'MessageFailure';
  constructor(
    readonly code: ErrorCode | 'disconnected',
    message: string,
  ) {
    super(message);
  }
}

/** Errors that mean the worker went away before answering: the message can be sent again. */
const TRANSIENT =
  /Could not establish connection|message port closed|Receiving end does not exist|message channel closed/i;
const CONTEXT_GONE = /Extension context invalidated/i;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function sendRequest<T extends RequestType>(
  type: T,
  data: RequestOf<T>,
  { attempts = 4 }: { attempts?: number } = {},
): Promise<ResponseMap[T]> {
  const envelope: Envelope<T> = { margin: 1, type, data };
  for (let attempt = 1; ; attempt++) {
    let reply: Reply<ResponseMap[T]> | undefined;
    try {
      reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseMap[T]> | undefined;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (CONTEXT_GONE.test(message)) {
        throw new MessageFailure('disconnected', 'Margin was updated or reloaded: reload this page to continue.');
      }
      if (!TRANSIENT.test(message) || attempt >= attempts) throw new MessageFailure('disconnected', message);
      await delay(100 * 2 ** attempt);
      continue;
    }
    if (!reply) {
      if (attempt >= attempts) throw new MessageFailure('disconnected', 'Margin did not answer.');
      await delay(100 * 2 ** attempt);
      continue;
    }
    if (!reply.ok) throw new MessageFailure(reply.error.code, reply.error.message);
    return reply.data;
  }
}

type TabType = keyof TabMessageMap;

/** Sends a message to one tab's content script; resolves to undefined where none listens. */
export async function sendToTab<T extends TabType>(
  tabId: number,
  type: T,
  data: TabMessageMap[T]['request'],
): Promise<TabMessageMap[T]['response'] | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, { margin: 1, type, data })) as TabMessageMap[T]['response'];
  } catch {
    return undefined;
  }
}

/** Sends a message to every tab; tabs without Margin's content script ignore it. */
export async function broadcastToTabs<T extends TabType>(type: T, data: TabMessageMap[T]['request']): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, type, data))));
}

export type TabHandlers = { [T in TabType]: (data: TabMessageMap[T]['request']) => TabMessageMap[T]['response'] };

/** The content script's side: answers tab messages. */
export function listenInTab(handlers: TabHandlers): () => void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type as TabType] as (data: unknown) => unknown;
    return Promise.resolve(handler(message.data));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
