// BibTeX as arXiv writes it (`@misc` with eprint, archivePrefix, primaryClass), plus BibLaTeX's
// `eprinttype = {arxiv}` and arXiv's DOI so that Zotero and every other importer gets the identifier.
// See /work/shared/EXPORTS.md. Values are escaped so that any title parses back to the same text.
import type { Paper } from '../paper';
import { citeKeys } from './cite-keys';
import { arxivDoi, arxivIdOf, oneLine, urlOf, yearOf } from './paper-fields';
import type { ExportFormat, ExportInput } from './types';

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // Classic TeX fonts print < and > as ¡ and ¿; the text commands print them in every encoding.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Escapes every character BibTeX or TeX treats specially; non-ASCII stays UTF-8. */
const SPECIAL = /[\\{}%&$#_^~<>]/;
const SPECIAL_ALL = /[\\{}%&$#_^~<>]/g;

export function escapeBibtex(value: string): string {
  const line = oneLine(value);
  // Most values have nothing to escape: skip the replace (10,000 abstracts are megabytes).
  return SPECIAL.test(line) ? line.replace(SPECIAL_ALL, (ch) => SPECIALS[ch] ?? ch) : line;
}

/** Escaped title with capitals protected where a style must not lower-case them: {BERT}, {LLaMA}, {GPT-4}. */
export function bibtexTitle(title: string): string {
  return oneLine(title)
    .split(' ')
    .map((word) => (/.\p{Lu}/u.test(word) ? `{${escapeBibtex(word)}}` : escapeBibtex(word)))
    .join(' ');
}

/** A name BibTeX would split wrongly (a word "and", more than one comma) is kept whole in braces. */
function bibtexName(name: string): string {
  const escaped = escapeBibtex(name);
  const commas = name.split(',').length - 1;
  return /(^|\s)and(\s|$)/i.test(name) || commas > 1 ? `{${escaped}}` : escaped;
}

/**
 * Keywords are read verbatim by Better BibTeX's parser (no TeX unescaping), so tags are written as they are,
 * except: braces and backslashes, which would unbalance or escape the value, become parentheses and slashes;
 * `$` and `%` are escaped (`\$`, `\%`), because an odd `$` opens math that never closes and the reader drops
 * the whole entry — a tag read back as `\$5` is the lesser harm.
 */
function bibtexKeywords(tags: readonly string[]): string | undefined {
  const verbatim = tags.map((tag) =>
    oneLine(tag)
      .replace(/[{}\\]/g, (ch) => ({ '{': '(', '}': ')' })[ch] ?? '/')
      .replace(/[$%]/g, '\\$&'),
  );
  return verbatim.length ? verbatim.join(', ') : undefined;
}

function fields(paper: Paper): [string, string | undefined][] {
  const id = arxivIdOf(paper);
  const year = yearOf(paper);
  return [
    ['title', bibtexTitle(paper.title)],
    ['author', paper.authors.length ? paper.authors.map(bibtexName).join(' and ') : undefined],
    ['year', year === undefined ? undefined : String(year)],
    ['eprint', id],
    ['archivePrefix', id && 'arXiv'],
    ['primaryClass', id && paper.subjects[0] ? escapeBibtex(paper.subjects[0].code) : undefined],
    ['eprinttype', id && 'arxiv'],
    ['doi', id && escapeBibtex(arxivDoi(id))],
    ['url', urlOf(paper)],
    ['abstract', paper.abstract ? escapeBibtex(paper.abstract) : undefined],
    ['keywords', bibtexKeywords(paper.tags)],
  ];
}

function entry(paper: Paper, key: string): string {
  const lines = fields(paper)
    .filter((field): field is [string, string] => !!field[1])
    .map(([name, value]) => `  ${name} = {${value}},`);
  return `@misc{${key},\n${lines.join('\n')}\n}\n`;
}

export function writeBibtex(input: ExportInput): string {
  const keys = citeKeys(input.papers);
  return input.papers.map((paper, i) => entry(paper, keys[i] ?? paper.id)).join('\n');
}

export const bibtex: ExportFormat = {
  id: 'bibtex',
  label: 'BibTeX',
  extension: 'bib',
  mime: 'application/x-bibtex',
  write: writeBibtex,
};
