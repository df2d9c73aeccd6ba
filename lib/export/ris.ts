// RIS as Zotero reads it: Zotero has no RIS preprint type, so `TY  - GEN`, one `AU` per author
// ("Last, First"), `DO  - 10.48550/arXiv.<id>`, `PB  - arXiv`, a `KW` per tag and `ER  - ` closing each
// record. Lines end in CRLF, as the RIS specification says.
import type { Paper } from '../paper';
import { splitName } from './names';
import { arxivDoi, arxivIdOf, dateOf, oneLine, urlOf, yearOf } from './paper-fields';
import type { ExportFormat, ExportInput } from './types';

const CRLF = '\r\n';

/** `TAG  - value`; values are one line. */
const line = (tag: string, value: string) => `${tag}  - ${oneLine(value)}`;

function risAuthor(name: string): string {
  const { family, given } = splitName(name);
  return given ? `${family}, ${given}` : family;
}

function record(paper: Paper): string[] {
  const id = arxivIdOf(paper);
  const year = yearOf(paper);
  const date = dateOf(paper);
  const url = urlOf(paper);
  const lines = [line('TY', 'GEN'), line('TI', paper.title)];
  for (const author of paper.authors) lines.push(line('AU', risAuthor(author)));
  if (year !== undefined) lines.push(line('PY', String(year)));
  if (date) lines.push(line('DA', date.replaceAll('-', '/')));
  if (paper.abstract) lines.push(line('AB', paper.abstract));
  if (url) lines.push(line('UR', url));
  if (id) lines.push(line('DO', arxivDoi(id)), line('PB', 'arXiv'), line('M1', `arXiv:${id}`));
  for (const tag of paper.tags) lines.push(line('KW', tag));
  lines.push('ER  - ');
  return lines;
}

export function writeRis(input: ExportInput): string {
  return input.papers.map((paper) => record(paper).join(CRLF) + CRLF).join(CRLF);
}

export const ris: ExportFormat = {
  id: 'ris',
  label: 'RIS',
  extension: 'ris',
  mime: 'application/x-research-info-systems',
  write: writeRis,
};
