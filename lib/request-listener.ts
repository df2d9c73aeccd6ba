// The background's side of the protocol: every request is validated with its Zod schema before a handler
// sees it, and every failure becomes a classified, readable error in the reply.
import { type Browser, browser } from 'wxt/browser';
import { requests } from './message-schemas';
import {
  type Envelope,
  isEnvelope,
  type MessageError,
  type ReceivedRequest,
  type Reply,
  type RequestType,
  type ResponseMap,
} from './messages';
import { firstProblem } from './zod-issues';

/** Who sent a request: a tab's content script, or an extension page (no tab). */
export interface RequestSender {
  tabId?: number;
}

export type Handlers = {
  [T in RequestType]: (data: ReceivedRequest<T>, from: RequestSender) => Promise<ResponseMap[T]>;
};

/** Answers protocol requests with `handlers`; `classify` turns a thrown error into a reply error. */
export function listenForRequests(handlers: Handlers, classify: (error: unknown) => MessageError): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || !(message.type in requests)) return undefined;
    return answer(message, { tabId: sender.tab?.id }, handlers, classify);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

async function answer(
  message: Envelope,
  from: RequestSender,
  handlers: Handlers,
  classify: (error: unknown) => MessageError,
) {
  const type = message.type as RequestType;
  const parsed = requests[type].safeParse(message.data);
  if (!parsed.success) {
    return {
      ok: false as const,
      error: { code: 'invalid-request' as const, message: `${type}: ${firstProblem('', parsed.error)}` },
    };
  }
  try {
    const handler = handlers[type] as (data: unknown, from: RequestSender) => Promise<unknown>;
    return { ok: true as const, data: await handler(parsed.data, from) };
  } catch (error) {
    return { ok: false as const, error: classify(error) };
  }
}
