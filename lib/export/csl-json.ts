// CSL-JSON as Zotero maps an arXiv preprint: type `article`, publisher arXiv, number `arXiv:<id>`, the arXiv
// DOI, and tags as one comma-separated `keyword` string. See /work/shared/EXPORTS.md.
import type { Paper } from '../paper';
import { citeKeys } from './cite-keys';
import { splitName } from './names';
import { arxivDoi, arxivIdOf, dateOf, oneLine, urlOf } from './paper-fields';
import type { ExportFormat, ExportInput } from './types';

export interface CslName {
  family: string;
  given?: string;
}

export interface CslItem {
  id: string;
  type: 'article';
  title: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number, number, number]] };
  publisher?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
  keyword?: string;
}

function issued(paper: Paper): CslItem['issued'] {
  const date = dateOf(paper);
  if (!date) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

export function cslItem(paper: Paper, key: string): CslItem {
  const id = arxivIdOf(paper);
  const item: CslItem = { id: key, type: 'article', title: oneLine(paper.title) };
  if (paper.authors.length) item.author = paper.authors.map(splitName);
  const date = issued(paper);
  if (date) item.issued = date;
  if (id) Object.assign(item, { publisher: 'arXiv', number: `arXiv:${id}`, DOI: arxivDoi(id) });
  const url = urlOf(paper);
  if (url) item.URL = url;
  if (paper.abstract) item.abstract = paper.abstract;
  if (paper.tags.length) item.keyword = paper.tags.join(', ');
  return item;
}

export function writeCslJson(input: ExportInput): string {
  const keys = citeKeys(input.papers);
  return `${JSON.stringify(
    input.papers.map((paper, i) => cslItem(paper, keys[i] ?? paper.id)),
    null,
    2,
  )}\n`;
}

export const cslJson: ExportFormat = {
  id: 'csl-json',
  label: 'CSL-JSON',
  extension: 'json',
  mime: 'application/vnd.citationstyles.csl+json',
  write: writeCslJson,
};
