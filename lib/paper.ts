// The single definition of a paper. Adapters produce PaperRefs, the library stores Papers and Sightings,
// messages and backups are built from these schemas.
import { z } from './zod';

/** Generous bounds: hostile pages and files must not make us store megabytes per field. */
const MAX_TEXT = 200_000;
const MAX_LIST = 5_000;

export const text = () => z.string().check(z.maxLength(MAX_TEXT));
export const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(MAX_LIST));

export const SITES = ['huggingface', 'arxiv'] as const;
export const SiteSchema = z.enum(SITES);
export type Site = z.infer<typeof SiteSchema>;

/** Where on a page a paper was listed. */
export const SECTIONS = ['new', 'cross', 'replaced', 'day', 'listing', 'search', 'single'] as const;
export const SectionSchema = z.enum(SECTIONS);
export type Section = z.infer<typeof SectionSchema>;

/** Which kind of digest page: it names the page in "seen Dec 8 on HF daily". */
export const PAGE_KINDS = [
  'daily',
  'weekly',
  'monthly',
  'trending',
  'search',
  'paper',
  'new',
  'recent',
  'pastweek',
  'month',
  'catchup',
  'abs',
] as const;
export const PageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKindSchema>;

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.iso.date();

export const SubjectSchema = z.object({
  /** arXiv code such as `cs.LG` or `astro-ph.GA`. */
  code: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Readable name as the page gives it, such as "Machine Learning". */
  name: z.optional(z.string().check(z.maxLength(200))),
});
export type Subject = z.infer<typeof SubjectSchema>;

const httpUrl = () => z.url({ protocol: /^https?$/ }).check(z.maxLength(4096));

export const LinksSchema = z.object({
  abs: z.optional(httpUrl()),
  pdf: z.optional(httpUrl()),
  html: z.optional(httpUrl()),
  hf: z.optional(httpUrl()),
});
export type Links = z.infer<typeof LinksSchema>;

/** Canonical id: arXiv id without version, or `title:<hash>` when a page gives no id. */
export const PaperIdSchema = z.string().check(z.minLength(1), z.maxLength(300));

/** Everything one page says about one paper. */
export const PaperRefSchema = z.object({
  id: PaperIdSchema,
  version: z.optional(z.int().check(z.positive())),
  title: text().check(z.minLength(1)),
  authors: list(text()),
  abstract: z.optional(text()),
  subjects: list(SubjectSchema),
  /** Date of the first version, where the page says it. */
  published: z.optional(IsoDateSchema),
  /** Date of the listing that announced it (arXiv day sections, "new listings for …"). */
  announced: z.optional(IsoDateSchema),
  site: SiteSchema,
  pageUrl: httpUrl(),
  section: SectionSchema,
  links: LinksSchema,
});
export type PaperRef = z.infer<typeof PaperRefSchema>;

export const READING_STATUSES = ['queue', 'reading', 'read'] as const;
export const ReadingStatusSchema = z.enum(READING_STATUSES);
export type ReadingStatus = z.infer<typeof ReadingStatusSchema>;

export const TagSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

/** Where and when a paper was first shown, and how often since (one per page per day). */
export const SeenSummarySchema = z.object({
  firstAt: z.number(),
  firstUrl: httpUrl(),
  firstSite: SiteSchema,
  firstKind: PageKindSchema,
  count: z.int().check(z.nonnegative()),
  lastAt: z.number(),
});
export type SeenSummary = z.infer<typeof SeenSummarySchema>;

/** A visit's duplicate check, kept on the paper so that the next visit only looks at papers keyed since. */
export const DupCheckSchema = z.object({ at: z.number(), of: z.optional(PaperIdSchema) });
export type DupCheck = z.infer<typeof DupCheckSchema>;

/** A paper in the library database: every PaperRef field, plus what the reader added. */
export const PaperSchema = z.object({
  ...PaperRefSchema.shape,
  /** Set while the paper is starred (in the reading library); epoch ms. */
  savedAt: z.optional(z.number()),
  tags: list(TagSchema),
  note: text(),
  status: ReadingStatusSchema,
  dismissed: z.boolean(),
  topics: list(z.string().check(z.maxLength(100))),
  seen: z.optional(SeenSummarySchema),
  /** Last change by the reader (star, tag, note, status, dismiss); merge keeps the newer edit. */
  updatedAt: z.number(),
  /** Near-duplicate index keys (lib/duplicates/signature.ts), derived from title and abstract on write. */
  dupKeys: z.optional(list(z.string().check(z.maxLength(64)))),
  /** When these keys entered the index (epoch ms): a paper checked for duplicates before it had not met them. */
  keyedAt: z.optional(z.number()),
  /** The last duplicate check of this paper against the library: when, and the look-alike it found (if any). */
  dupCheck: z.optional(DupCheckSchema),
});
export type Paper = z.infer<typeof PaperSchema>;

/** One paper shown on one page on one day. The key makes recording idempotent. */
export const SightingSchema = z.object({
  key: z.string().check(z.maxLength(5000)),
  paperId: PaperIdSchema,
  pageUrl: httpUrl(),
  site: SiteSchema,
  kind: PageKindSchema,
  section: SectionSchema,
  /** Local calendar day of the sighting. */
  day: IsoDateSchema,
  seenAt: z.number(),
});
export type Sighting = z.infer<typeof SightingSchema>;

/** A new library row for a paper first met on a page. */
export function paperFromRef(ref: PaperRef, now: number): Paper {
  return { ...ref, tags: [], note: '', status: 'queue', dismissed: false, topics: [], updatedAt: now };
}
