import { describe, expect, it } from 'vitest';
import { featurize, Vocabulary } from '@/lib/topics/features';
import { contentWords } from '@/lib/topics/tokens';

// No-break spaces for its blanks send a whole text down the Unicode path (the reference: words(), then
// contentStem) without changing its words; the fast ASCII path must give the very same vectors and term ids.
const unicode = (text: string) => text.replace(/[ \t\r\n]/g, '\u00a0');

function vectors(texts: readonly string[], through: (text: string) => string) {
  const vocab = new Vocabulary();
  const learned = texts.map((text) => featurize([through(text)], vocab, true));
  const queried = texts.map((text) => featurize([through(`${text} unseen Wordz`)], vocab, false));
  return { learned, queried, size: vocab.size };
}

const TEXTS = [
  'Sparse Attention kernels for LONG-context prefilling: attention, attention and more attention.',
  'Galaxies and galactic dynamics; 3D simulations of 10,000 galaxies (2024) in the Early Universe.',
  "Physics's glasses: analyses of studies\ton the focus of buses\r\nwith models, MODELS and Models.",
  // Two words with the same FNV-1a hash: the look-up by hash must still tell them apart.
  'glbvsing yacxaing glbvsing yacxaing yacxaing',
  '',
  'a the of 42 x',
];

describe('featurize', () => {
  it('reads ASCII text exactly as the Unicode path does (same terms, ids, counts, weights)', () => {
    expect(vectors(TEXTS, (text) => text)).toEqual(vectors(TEXTS, unicode));
  });

  it('reads a title and an abstract as lines exactly as their joined text', () => {
    const lines = (vocab: Vocabulary) => featurize([TEXTS[0] as string, TEXTS[2] as string], vocab, true);
    const joined = (vocab: Vocabulary) => featurize([unicode(`${TEXTS[0]}\n${TEXTS[2]}`)], vocab, true);
    expect(lines(new Vocabulary())).toEqual(joined(new Vocabulary()));
  });

  it('tells apart words whose hashes collide', () => {
    const vocab = new Vocabulary();
    const both = featurize(['glbvsing yacxaing'], vocab, true);
    expect(contentWords('glbvsing yacxaing')).toEqual(['glbvsing', 'yacxaing']);
    const one = featurize(['glbvsing glbvsing'], vocab, true);
    const other = featurize(['yacxaing yacxaing'], vocab, true);
    expect(one.ids).not.toEqual(other.ids);
    expect([...both.ids].sort()).toEqual([...new Set([...one.ids, ...other.ids])].sort());
  });

  it('reads only the runs of a mixed text that are not ASCII the Unicode way, with the same result', () => {
    const mixed = 'The α-helix of Schrödinger’s PROTEINS:\tnaïve models,  models\u0001and ﬁne «MODELS».';
    // What the Unicode way makes of it: accents folded, "ﬁ" → "fi", "α" and "s" too short to count.
    const ascii = 'The helix of Schrodinger s PROTEINS:\tnaive models,  models and fine MODELS.';
    expect(featurize([mixed], new Vocabulary(), true)).toEqual(featurize([ascii], new Vocabulary(), true));
    const text = `${TEXTS[2]} ${mixed} ${TEXTS[0]}`;
    expect(vectors([text, mixed], (t) => t)).toEqual(vectors([text, mixed], unicode));
  });

  it('takes the Unicode path for text with non-ASCII or control characters', () => {
    const vocab = new Vocabulary();
    const folded = featurize(['Naïve café models'], vocab, true);
    expect(featurize(['naive cafe model'], vocab, false)).toEqual({ ...folded, unknownSq: 0 });
    expect(featurize(['models\u0001naive'], new Vocabulary(), true).ids.length).toBeGreaterThan(0);
  });

  it('counts the papers it learns in each term’s document frequency, not queries, until forgotten', () => {
    const vocab = new Vocabulary();
    const first = featurize(['attention kernels attention'], vocab, true);
    const second = featurize(['attention models'], vocab, true);
    featurize(['attention kernels models'], vocab, false);
    // Words come first in a vector, in the order read.
    const [attention, kernel] = first.ids as unknown as [number, number];
    const model = second.ids[1] as number;
    const df = () => [attention, kernel, model].map((id) => vocab.df[id]);
    expect(df()).toEqual([2, 1, 1]);
    vocab.forget(first);
    expect(df()).toEqual([1, 0, 1]);
  });
});
