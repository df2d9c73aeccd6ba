// Listings of one paper as other sources show it: case, punctuation, a version mark, the subtitle
// dropped, a minor word change, a retitled version with its (lightly edited) abstract, the same work
// re-posted. Half of the variants carry an abstract, half a title only (HF cards and arXiv pastweek have
// none). Seeded: the same variants on every run.
import { pick, rng } from './rng';

export interface Listing {
  title: string;
  abstract?: string;
}

export const VARIANT_KINDS = ['case', 'punctuation', 'version', 'subtitle', 'word', 'retitled', 'reposted'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export interface Variant extends Listing {
  kind: VariantKind;
}

// Realistic one-word edits between two listings of one title: spelling, number, hyphenation, the
// abbreviation everybody uses, a connective.
const SWAPS: [RegExp, string][] = [
  [/\bLarge Language Models\b/i, 'LLMs'],
  [/\bLLMs\b/, 'Large Language Models'],
  [/\bLLM\b/, 'Large Language Model'],
  [/\bMulti-Modal\b/i, 'Multimodal'],
  [/\bMultimodal\b/i, 'Multi-modal'],
  [/\bPre-training\b/i, 'Pretraining'],
  [/\bFine-tuning\b/i, 'Finetuning'],
  [/\bOptimization\b/i, 'Optimisation'],
  [/\bModeling\b/i, 'Modelling'],
  [/\bTowards\b/i, 'Toward'],
  [/\bvia\b/, 'through'],
  [/\busing\b/i, 'with'],
  [/\band\b/, '&'],
  [/\bfor\b/, 'in'],
  [/\bFaster\b/, 'Fast'],
  [/\bEfficient\b/, 'Effective'],
  [/\bNetworks\b/, 'Nets'],
];

function wordChange(title: string, random: () => number): string {
  const swaps = SWAPS.filter(([pattern]) => pattern.test(title));
  const edits: (() => string)[] = [
    ...swaps.map(
      ([pattern, replacement]) =>
        () =>
          title.replace(pattern, replacement),
    ),
    // Number of one content word.
    () => title.replace(/\b([A-Z][a-z]{3,}?)s\b/, '$1') || title,
    () => (/^(A|An|The) /.test(title) ? title.replace(/^(A|An|The) /, '') : `Towards ${title}`),
    // A typo: two letters of one long word swapped.
    () => title.replace(/\b([A-Za-z]{3,})([a-z])([a-z])([a-z]{2,})\b/, '$1$3$2$4'),
  ];
  for (let attempt = 0; attempt < 10; attempt++) {
    const next = pick(edits, random)();
    if (next !== title) return next;
  }
  return `${title} `;
}

function punctuation(title: string, random: () => number): string {
  const edits = [
    () => title.replace(/:\s*/, ' - '),
    () => title.replace(/[?!]/g, ''),
    () => title.replace(/-/g, ' '),
    () => `${title}.`,
    () => title.replace(/\s*:\s*/, ': ').replace(/,/g, ''),
  ];
  return pick(edits, random)();
}

function recase(title: string, random: () => number): string {
  return pick([title.toUpperCase(), title.toLowerCase(), title.replace(/\b(\w)/g, (c) => c.toUpperCase())], random);
}

/** A v2 abstract: one sentence dropped (not the first), two pairs of adjacent words swapped. */
export function editAbstract(abstract: string, random: () => number): string {
  const sentences = abstract.split(/(?<=\.)\s+/);
  if (sentences.length > 2) sentences.splice(1 + Math.floor(random() * (sentences.length - 1)), 1);
  const words = sentences.join(' ').split(' ');
  for (let n = 0; n < 2 && words.length > 3; n++) {
    const i = Math.floor(random() * (words.length - 1));
    [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string];
  }
  return words.join(' ');
}

const mainTitle = (title: string) => title.split(/\s*(?::|\s[-–—]{1,2}\s)\s*/)[0] ?? title;

export function makeVariant(paper: Listing & { abstract: string }, kind: VariantKind, seed: number): Variant {
  const random = rng(seed);
  const withAbstract = random() < 0.5;
  const abstract = withAbstract ? (random() < 0.5 ? editAbstract(paper.abstract, random) : paper.abstract) : undefined;
  const main = mainTitle(paper.title);
  switch (kind) {
    case 'case':
      return { kind, title: recase(paper.title, random), abstract };
    case 'punctuation':
      return { kind, title: punctuation(paper.title, random), abstract };
    case 'version':
      return { kind, title: `${paper.title}${pick([' v2', ' (v2)', ' [v3]'], random)}`, abstract };
    case 'subtitle':
      // A bare acronym ("VOLO") names many papers; no source lists a paper by it alone.
      if (main !== paper.title && main.split(/\s+/).length >= 2) return { kind, title: main, abstract };
      return { kind: 'word', title: wordChange(paper.title, random), abstract };
    case 'word':
      return { kind, title: wordChange(paper.title, random), abstract };
    case 'retitled':
      // A new title keeps at most the main part; only the abstract can tell, so it always has one.
      return {
        kind,
        title:
          main !== paper.title
            ? `${main}: ${pick(['A Closer Look', 'Revisited', 'Extended Version'], random)}`
            : `On ${paper.title}`,
        abstract: editAbstract(paper.abstract, random),
      };
    case 'reposted':
      return { kind, title: paper.title, abstract: withAbstract ? paper.abstract : undefined };
  }
}
