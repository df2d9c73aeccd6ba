// One typed protocol for every message. Requests are Zod-validated by the receiver (a content script runs
// beside pages we do not trust); responses come from our own background and are typed, not re-parsed.
import type { PaperState, PaperUpdate } from './library/states';
import { list, PageKindSchema, PaperIdSchema, PaperRefSchema, SiteSchema, TagSchema } from './paper';
import type { Settings } from './settings';
import { ViewPrefsSchema } from './settings';
import { z } from './zod';

export const MAX_PAPERS_PER_PAGE = 5_000;

export const PageInfoSchema = z.object({
  url: z.url({ protocol: /^https$/ }),
  site: SiteSchema,
  kind: PageKindSchema,
});

/** Requests the background answers, from content scripts and extension pages. */
export const requests = {
  /** A page's papers: their states, and one sighting each. The one round trip per page. */
  visitPage: z.object({ page: PageInfoSchema, papers: z.array(PaperRefSchema).check(z.maxLength(MAX_PAPERS_PER_PAGE)) }),
  /** States only, recording nothing (after an edit elsewhere). */
  lookUpStates: z.object({ pageUrl: z.url(), ids: z.array(PaperIdSchema).check(z.maxLength(MAX_PAPERS_PER_PAGE)) }),
  setSaved: z.object({ paper: PaperRefSchema, saved: z.boolean() }),
  setDismissed: z.object({ paper: PaperRefSchema, dismissed: z.boolean() }),
  setTags: z.object({ paper: PaperRefSchema, tags: list(TagSchema) }),
  setViewPrefs: z.object({ site: SiteSchema, prefs: ViewPrefsSchema }),
  openLibrary: z.object({ paperId: z.optional(PaperIdSchema) }),
} as const;

export type RequestType = keyof typeof requests;
export type RequestOf<T extends RequestType> = z.infer<(typeof requests)[T]>;

export interface VisitResult {
  states: Record<string, PaperState>;
  settings: Settings;
  /** Every tag in the library, for autocomplete. */
  tags: string[];
}

export interface ResponseMap {
  visitPage: VisitResult;
  lookUpStates: Record<string, PaperState>;
  setSaved: PaperUpdate;
  setDismissed: PaperUpdate;
  setTags: PaperUpdate;
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
