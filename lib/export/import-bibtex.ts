// Imports a .bib file: every entry is read and turned into a starred paper before anything is written,
// then all of them land in one transaction. arXiv entries are recognised by `eprint`, the arXiv DOI
// (10.48550/arXiv.<id>), an arXiv URL or "arXiv:<id>" in journal/note/howpublished. Other entries become
// `title:<hash>` papers when they have a URL or DOI to open, and are skipped (with the reason) otherwise.
// Stored papers need a site, page and section: an imported paper says arxiv, its own URL and `single`.
import { parseArxivId } from '../arxiv-id';
import type { MarginDB } from '../db';
import { type Paper, PaperSchema, type Subject, TagSchema } from '../paper';
import { collapseWhitespace, titleId } from '../text';
import { firstProblem, REPORT_INPUT } from '../zod-issues';
import { readBibtex, splitBibtexNames } from './bibtex-reader';
import type { ImportOptions, ImportResult, SkippedEntry } from './import-result';
import { latexToText } from './latex-text';

type Fields = Record<string, string>;

const text = (fields: Fields, name: string) => {
  const raw = fields[name];
  return raw === undefined ? undefined : latexToText(raw) || undefined;
};

/** Depth-0 comma split of a raw TeX name: "Last, First" → "First Last", "Last, Jr., First" → "First Last Jr." */
export function displayName(raw: string): string {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  const [last = '', ...rest] = parts.map(latexToText);
  if (rest.length === 0) return last;
  const first = rest[rest.length - 1] ?? '';
  const jr = rest.length > 1 ? rest.slice(0, -1).join(' ') : '';
  return collapseWhitespace(`${first} ${last} ${jr}`);
}

function arxivOf(fields: Fields): { id: string; version?: number } | null {
  const prefix = (text(fields, 'archiveprefix') ?? text(fields, 'eprinttype') ?? 'arxiv').toLowerCase();
  const eprint = text(fields, 'eprint');
  const fromEprint = eprint && prefix === 'arxiv' ? parseArxivId(eprint) : null;
  if (fromEprint) return fromEprint;
  for (const name of ['doi', 'url']) {
    const value = text(fields, name);
    const id = value ? parseArxivId(value) : null;
    if (id) return id;
  }
  for (const name of ['journal', 'note', 'howpublished']) {
    const match = /arXiv:\s*(\S+)/i.exec(text(fields, name) ?? '');
    const id = match?.[1] ? parseArxivId(match[1].replace(/[.,;]+$/, '')) : null;
    if (id) return id;
  }
  return null;
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function landingPage(fields: Fields): string | undefined {
  const doi = text(fields, 'doi')?.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
  return httpUrl(text(fields, 'url')) ?? (doi ? httpUrl(`https://doi.org/${doi}`) : undefined);
}

/** Keywords as Better BibTeX reads them: verbatim, split on commas and semicolons, braces dropped. */
function tagsOf(fields: Fields): string[] {
  const tags = (fields.keywords ?? '').split(/[,;]/).map((tag) => tag.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim());
  return [...new Set(tags.filter((tag) => TagSchema.safeParse(tag).success))];
}

function subjectsOf(fields: Fields): Subject[] {
  const code = text(fields, 'primaryclass');
  return code && /^[a-z-]+(?:\.[A-Za-z-]+)?$/.test(code) && code.length <= 40 ? [{ code }] : [];
}

type Built = { ok: true; paper: Paper } | { ok: false; reason: string };

/** The paper an entry describes, starred now; or why it cannot be one. */
export function paperFromEntry(fields: Fields, now: number): Built {
  const title = text(fields, 'title');
  if (!title) return { ok: false, reason: 'no title' };
  const arxiv = arxivOf(fields);
  const page = arxiv ? `https://arxiv.org/abs/${arxiv.id}` : landingPage(fields);
  if (!page) return { ok: false, reason: 'no arXiv id, URL or DOI' };
  const date = text(fields, 'date');
  const abstract = text(fields, 'abstract');
  const candidate = {
    id: arxiv ? arxiv.id : titleId(title),
    ...(arxiv?.version ? { version: arxiv.version } : {}),
    title,
    authors: splitBibtexNames(fields.author ?? '')
      .map(displayName)
      .filter(Boolean),
    ...(abstract ? { abstract } : {}),
    subjects: subjectsOf(fields),
    ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { published: date } : {}),
    site: 'arxiv',
    pageUrl: page,
    section: 'single',
    links: arxiv ? { abs: page, pdf: `https://arxiv.org/pdf/${arxiv.id}` } : { abs: page },
    savedAt: now,
    tags: tagsOf(fields),
    note: '',
    status: 'queue',
    dismissed: false,
    topics: [],
    updatedAt: now,
  };
  const parsed = PaperSchema.safeParse(candidate, REPORT_INPUT);
  return parsed.success ? { ok: true, paper: parsed.data } : { ok: false, reason: firstProblem('', parsed.error) };
}

/** An imported paper already in the library: starred, with the file's tags added. */
function mergeImported(current: Paper, imported: Paper, now: number): Paper {
  const tags = [...new Set([...current.tags, ...imported.tags])];
  const unchanged = current.savedAt !== undefined && tags.length === current.tags.length;
  return unchanged ? current : { ...current, savedAt: current.savedAt ?? now, tags, updatedAt: now };
}

export async function importBibtex(db: MarginDB, bib: string, options: ImportOptions): Promise<ImportResult> {
  if (options.mode === 'replace') {
    return { ok: false, error: 'Replace needs a JSON backup; a BibTeX file can only be merged into the library' };
  }
  const read = readBibtex(bib);
  if (!read.ok) return { ok: false, error: read.error };
  if (!read.entries.length) return { ok: false, error: 'No BibTeX entries found in the file' };
  const now = options.now ?? Date.now();
  const skipped: SkippedEntry[] = [];
  const papers = new Map<string, Paper>();
  for (const entry of read.entries) {
    const built = paperFromEntry(entry.fields, now);
    const name = `${entry.key} (line ${entry.line})`;
    if (!built.ok) skipped.push({ entry: name, reason: built.reason });
    else if (papers.has(built.paper.id))
      skipped.push({ entry: name, reason: `same paper as an earlier entry (${built.paper.id})` });
    else papers.set(built.paper.id, built.paper);
  }
  options.progress?.(0.5);
  try {
    const counts = await db.transaction('rw', db.papers, async () => {
      const current = await db.papers.bulkGet([...papers.keys()]);
      const counts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
      const writes: Paper[] = [];
      for (const [i, paper] of [...papers.values()].entries()) {
        const existing = current[i];
        const next = existing ? mergeImported(existing, paper, now) : paper;
        if (!existing) counts.added += 1;
        else if (next === existing) counts.unchanged += 1;
        else counts.updated += 1;
        if (next !== existing) writes.push(next);
      }
      await db.papers.bulkPut(writes);
      return counts;
    });
    options.progress?.(1);
    return { ok: true, ...counts, skipped };
  } catch (error) {
    return {
      ok: false,
      error: `Import failed, the library is unchanged: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
