// A Markdown reading list that reads well on GitHub and in Obsidian, one line per paper:
// `- [ ] [Title](https://arxiv.org/abs/ID) — Vaswani et al., 2017 · #tag · seen 2025-12-08`.
// Page text is escaped so that it stays text in every renderer: no HTML, no links but our own.
import { localDay } from '../dates';
import type { Paper, ReadingStatus } from '../paper';
import { shortAuthors } from './names';
import { oneLine, urlOf, yearOf } from './paper-fields';
import type { ExportFormat, ExportInput } from './types';

export type MarkdownGrouping = 'status' | 'tag';

const STATUS_HEADINGS: Record<ReadingStatus, string> = { queue: 'To read', reading: 'Reading', read: 'Read' };

/**
 * Backslash-escapes Markdown punctuation (CommonMark lets any ASCII punctuation be escaped), and breaks
 * up what renderers would turn into links by themselves: `scheme:` and `www.`.
 */
export function escapeMarkdown(value: string): string {
  return oneLine(value)
    .replace(/[\\`*_[\]()<>#!|~&$]/g, '\\$&')
    .replace(/\b([a-z][a-z0-9+.]*):(?=\S)/gi, '$1\\:')
    .replace(/\bwww\./gi, 'www\\.');
}

/** A link destination: our own http(s) URL, with the characters that end or nest a destination encoded. */
function destination(url: string): string {
  return url.replace(/[()<>\s\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function tagText(tag: string): string {
  return `#${escapeMarkdown(tag.replace(/\s+/g, '-'))}`;
}

export function markdownLine(paper: Paper): string {
  const title = escapeMarkdown(paper.title);
  const url = urlOf(paper);
  const byline = [escapeMarkdown(shortAuthors(paper.authors)), yearOf(paper)].filter(Boolean).join(', ');
  const parts = [url ? `[${title}](${destination(url)})` : title, ...(byline ? [`— ${byline}`] : [])].join(' ');
  const extras = [...paper.tags.map(tagText), ...(paper.seen ? [`seen ${localDay(paper.seen.firstAt)}`] : [])];
  return `- [${paper.status === 'read' ? 'x' : ' '}] ${[parts, ...extras].join(' · ')}`;
}

function groups(papers: readonly Paper[], by: MarkdownGrouping): [string, Paper[]][] {
  const map = new Map<string, Paper[]>();
  const add = (heading: string, paper: Paper) => {
    const list = map.get(heading);
    if (list) list.push(paper);
    else map.set(heading, [paper]);
  };
  if (by === 'status') {
    for (const status of Object.keys(STATUS_HEADINGS) as ReadingStatus[]) map.set(STATUS_HEADINGS[status], []);
    for (const paper of papers) add(STATUS_HEADINGS[paper.status], paper);
  } else {
    for (const paper of papers) for (const tag of paper.tags) add(escapeMarkdown(tag), paper);
    const untagged = papers.filter((paper) => !paper.tags.length);
    if (untagged.length) map.set('Untagged', untagged);
  }
  return [...map].filter(([, list]) => list.length > 0);
}

export function writeMarkdown(input: ExportInput, by: MarkdownGrouping = 'status'): string {
  const count = `${input.papers.length} paper${input.papers.length === 1 ? '' : 's'}`;
  const out = ['# Reading list', '', `Exported from Margin on ${localDay(input.exportedAt)} · ${count}`];
  for (const [heading, papers] of groups(input.papers, by)) {
    out.push('', `## ${heading}`, '', ...papers.map(markdownLine));
  }
  return `${out.join('\n')}\n`;
}

export const markdown: ExportFormat = {
  id: 'markdown',
  label: 'Markdown',
  extension: 'md',
  mime: 'text/markdown',
  write: (input) => writeMarkdown(input, 'status'),
};
