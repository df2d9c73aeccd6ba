// The Zod schemas of the protocol's requests. Only the receiver (the background) imports this module: the
// content script never carries Zod, it sends and the background validates, paper by paper.

import { MAX_PAPERS_PER_PAGE } from './messages';
import { list, PageKindSchema, PaperIdSchema, PaperRefSchema, SiteSchema, TagSchema } from './paper';
import { ViewPrefsSchema } from './settings';
import { z } from './zod';

export const PageInfoSchema = z.object({
  url: z.url({ protocol: /^https$/ }),
  site: SiteSchema,
  kind: PageKindSchema,
});

/**
 * Requests the background answers, from content scripts and extension pages. A visit's papers are checked
 * one by one (PaperRefSchema) by its handler, so that one unreadable card does not cost the page all others.
 */
export const requests = {
  /** A page's papers: their states, and one sighting each. The one round trip per page. */
  visitPage: z.object({ page: PageInfoSchema, papers: z.array(z.unknown()).check(z.maxLength(MAX_PAPERS_PER_PAGE)) }),
  /** States only, recording nothing (after an edit elsewhere). */
  lookUpStates: z.object({ pageUrl: z.url(), ids: z.array(PaperIdSchema).check(z.maxLength(MAX_PAPERS_PER_PAGE)) }),
  setSaved: z.object({ paper: PaperRefSchema, saved: z.boolean() }),
  setDismissed: z.object({ paper: PaperRefSchema, dismissed: z.boolean() }),
  setTags: z.object({ paper: PaperRefSchema, tags: list(TagSchema) }),
  /** Learned tag suggestions for library papers (each without the tags it has); nothing is applied. */
  suggestTags: z.object({ paperIds: z.array(PaperIdSchema).check(z.maxLength(MAX_PAPERS_PER_PAGE)) }),
  setViewPrefs: z.object({ site: SiteSchema, prefs: ViewPrefsSchema }),
  openLibrary: z.object({ paperId: z.optional(PaperIdSchema) }),
} as const;
