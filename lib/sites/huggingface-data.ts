// The JSON Hugging Face embeds in its pages (`div.SVELTE_HYDRATER[data-target][data-props]`): the only place
// the abstract and authors of a listed paper exist. It is read defensively: it is someone else's page.

export interface EmbeddedPaper {
  id: string;
  title?: string;
  summary?: string;
  authors: string[];
  publishedAt?: string;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function readPaper(raw: unknown): EmbeddedPaper | undefined {
  const item = record(raw);
  // Listing items wrap the paper (`{paper, title, summary}`); paper pages and search results hold it directly.
  const paper = record(item?.paper) ?? item;
  const id = str(paper?.id);
  if (!paper || !id) return undefined;
  const authors = Array.isArray(paper.authors)
    ? paper.authors.map((author) => str(record(author)?.name)).filter((name): name is string => !!name)
    : [];
  return {
    id,
    title: str(paper.title) ?? str(item?.title),
    summary: str(paper.summary) ?? str(item?.summary),
    authors,
    publishedAt: str(paper.publishedAt) ?? str(item?.publishedAt),
  };
}

function readProps(doc: Document, target: string): Record<string, unknown> | undefined {
  const raw = doc.querySelector(`[data-target="${target}"][data-props]`)?.getAttribute('data-props');
  if (!raw) return undefined;
  try {
    return record(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/** Papers of a listing page's `DailyPapers` data, keyed by id. Empty when absent or malformed. */
export function readDailyPapers(doc: Document): Map<string, EmbeddedPaper> {
  const props = readProps(doc, 'DailyPapers');
  const items = [props?.dailyPapers, props?.searchResults].flatMap((list) => (Array.isArray(list) ? list : []));
  const papers = new Map<string, EmbeddedPaper>();
  for (const item of items) {
    const paper = readPaper(item);
    if (paper && !papers.has(paper.id)) papers.set(paper.id, paper);
  }
  return papers;
}

/** The paper of a single-paper page's `PaperContent` data. */
export function readPaperContent(doc: Document): EmbeddedPaper | undefined {
  return readPaper(readProps(doc, 'PaperContent')?.paper);
}
