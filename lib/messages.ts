// One typed protocol for every message. Requests are Zod-validated by the receiver (message-schemas.ts: a
// content script runs beside pages we do not trust); responses come from our own background and are typed.
// This module holds types only (and a guard), so the content script that imports it carries no Zod.
import type { PaperState, PaperUpdate, TagSuggestion } from './library/states';
import type { requests } from './message-schemas';
import type { PaperRef } from './paper';
import type { Settings } from './settings';
import type { z } from './zod';

export const MAX_PAPERS_PER_PAGE = 5_000;

export type RequestType = keyof typeof requests;
/** What a request carries; a visit sends PaperRefs, which the background checks one by one. */
export type RequestOf<T extends RequestType> = T extends 'visitPage'
  ? Omit<z.infer<(typeof requests)[T]>, 'papers'> & { papers: PaperRef[] }
  : z.infer<(typeof requests)[T]>;

/** What a request is once the receiver parsed it (a visit's papers still to be checked one by one). */
export type ReceivedRequest<T extends RequestType> = z.infer<(typeof requests)[T]>;

export interface VisitResult {
  states: Record<string, PaperState>;
  settings: Settings;
  /** Every tag in the library, for autocomplete. */
  tags: string[];
  /** Positions of the papers the library refused (not a valid PaperRef), each with the first problem. */
  rejected: { index: number; problem: string }[];
}

export interface ResponseMap {
  visitPage: VisitResult;
  lookUpStates: Record<string, PaperState>;
  setSaved: PaperUpdate;
  setDismissed: PaperUpdate;
  setTags: PaperUpdate;
  /** Per id asked, its suggestions, most confident first (none for a paper not in the library). */
  suggestTags: Record<string, TagSuggestion[]>;
  setViewPrefs: Settings;
  openLibrary: null;
}

export type ErrorCode = 'invalid-request' | 'storage-unavailable' | 'storage-full' | 'not-found' | 'internal';

export interface MessageError {
  code: ErrorCode;
  message: string;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: MessageError };

export interface Envelope<T extends string = string> {
  margin: 1;
  type: T;
  data: unknown;
}

/** Messages the background and extension pages send to a tab's content script. */
export interface TabMessageMap {
  /** Papers edited elsewhere: the page updates its cards. */
  papersChanged: { request: { updates: PaperUpdate[] }; response: null };
  /** Settings changed (keys, topics, view): the page re-renders. */
  settingsChanged: { request: { settings: Settings }; response: null };
  /** What the content script found, for the popup's diagnostics. */
  diagnostics: { request: Record<string, never>; response: Diagnostics };
  /** Something the reader must know that no reply carries (a visit answered, then not stored). */
  notice: { request: { message: string }; response: null };
}

export interface Diagnostics {
  adapter: string | null;
  kind: string | null;
  url: string;
  papers: number;
  /** Cards the adapter matched but could not read. */
  unreadable: number;
  /** Ids of the papers on the page, in page order (for "export this page"). */
  ids: string[];
  counts: { new: number; seen: number; saved: number; dismissed: number };
  warning?: string;
  error?: string;
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Envelope).margin === 1 &&
    typeof (value as Envelope).type === 'string'
  );
}
