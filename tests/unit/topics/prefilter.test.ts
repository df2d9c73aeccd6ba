// possibleStarts must never drop a start a term would match at: foldCode against every code point, then terms
// of every shape (short, prefix, -y, case-sensitive, non-ASCII) in texts written to catch a wrong word start.
import { describe, expect, it } from 'vitest';
import { foldCode, indexLeads, possibleStarts } from '@/lib/topics/prefilter';
import { compileTerms, findTerms, termLiterals } from '@/lib/topics/terms';

const LETTERS_AND_DIGITS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
const NONE = 0;

describe('foldCode', () => {
  it('tells the ASCII letters and digits apart, and a letter’s two cases alike', () => {
    const folded = LETTERS_AND_DIGITS.map((char) => foldCode(char.charCodeAt(0)));
    expect(folded).not.toContain(NONE);
    expect(new Set(folded).size).toBe(36);
    for (const char of LETTERS_AND_DIGITS) {
      expect(foldCode(char.toLowerCase().charCodeAt(0))).toBe(foldCode(char.toUpperCase().charCodeAt(0)));
    }
  });

  it('reads every code point an ASCII letter or digit of a term matches as that letter or digit', () => {
    // Every code point but the surrogates, in one string (a single-character pattern matches exactly the code
    // points it matches alone); the surrogates, which would pair up there, one by one.
    const codePoints = Array.from({ length: 0x110000 }, (_, code) => code).filter(
      (code) => code < 0xd800 || code > 0xdfff,
    );
    const all = codePoints.map((code) => String.fromCodePoint(code)).join('');
    const surrogates = Array.from({ length: 0x800 }, (_, i) => String.fromCharCode(0xd800 + i));
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const char of LETTERS_AND_DIGITS) {
      for (const flags of ['u', 'iu']) {
        const matched = [
          ...[...all.matchAll(new RegExp(char, `g${flags}`))].map((match) => match[0]),
          ...surrogates.filter((surrogate) => new RegExp(char, flags).test(surrogate)),
        ];
        for (const text of matched) {
          const code = text.codePointAt(0) as number;
          seen.add(`${char}/${flags} ${code.toString(16)}`);
          if (text.length !== 1 || foldCode(code) !== foldCode(char.charCodeAt(0))) wrong.push(`${char} ${text}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // The two characters beyond ASCII that case folding brings in were among those tried.
    expect(seen).toContain('s/iu 17f');
    expect(seen).toContain('k/iu 212a');
  });

  it('reads only letters and digits as letters or digits, so a word start before a term is never hidden', () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (foldCode(code) !== NONE && !/^[\p{L}\p{N}]$/u.test(String.fromCharCode(code))) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});

describe('possibleStarts', () => {
  /** Topics as term lists (capitalised terms case-sensitive, as in the built-in taxonomy). */
  const topics = [
    ['RL', 'policy', 'reward model'],
    ['robot*', 'Q-learning', 'KV cache'],
    ['large language model', 'language model', 'LLM', 'in-context learning', 'context', 'we prove'],
    ['3D reconstruction', 'naïve bayes', 'x'],
    ['c++', 'über'],
    ['*', '', 'policy'],
  ];
  const index = indexLeads(topics.map((terms) => terms.map(termLiterals)));
  const left = (text: string) =>
    possibleStarts(index, text).flatMap((starts, topic) => (starts === null || starts.length > 0 ? [topic] : []));
  const texts = [
    'RL, rl, Rl and xRL; \u{1D400}RL and \u{1F600}RL',
    'two POLICIES and a polic',
    'Reward-Models, reward\u2013model, rewardmodel, reward\nmodels',
    'robots, Robotic, ro-bot, \u212Aq',
    'q-learning, Q learning, qlearning, Q\u2011Learning',
    'a KV-cache, K\u212AV caches, kv cache',
    'Large Language Models (LLMs) and ʟʟᴍ, a language model, LLM-based',
    'In context learning, in-context-learning, context; WE PROVE, we\u00a0prove, \u017Fo we prove',
    '3D reconstruction, 3d-reconstructions, a na\u00efve Bayes',
    'X, x-ray',
    'c++ and über, C++',
    '',
  ];

  it('gives the starts of every match, whatever the case, dashes, plurals or characters around it', () => {
    const terms = topics.flat();
    const byTerm = indexLeads(terms.map((term) => [termLiterals(term)]));
    const found = new Set<string>();
    for (const text of texts) {
      const starts = possibleStarts(byTerm, text);
      terms.forEach((term, i) => {
        const matcher = compileTerms([term], true);
        const everywhere = findTerms(text, matcher);
        if (everywhere.size > 0) found.add(term);
        expect({ term, text, hits: findTerms(text, matcher, starts[i]) }).toEqual({ term, text, hits: everywhere });
      });
    }
    expect(terms.filter((term) => !found.has(term))).toEqual(['*', '']); // every term that can match was tried
  });

  it('finds, at a topic’s starts only, what its scan of the whole text finds (matches overlap there)', () => {
    for (const text of texts) {
      const starts = possibleStarts(index, text);
      topics.forEach((terms, topic) => {
        const matcher = compileTerms(terms, true);
        expect(findTerms(text, matcher, starts[topic])).toEqual(findTerms(text, matcher));
      });
    }
    expect(possibleStarts(index, 'An RL policy, then RL')[0]).toEqual([3, 6, 19]);
    expect(possibleStarts(index, 'large language models')[2]).toEqual([0, 6]);
  });

  it('leaves a topic with a term that starts with neither an ASCII letter nor digit anywhere', () => {
    expect(possibleStarts(index, '')[4]).toBeNull();
    expect(left('nothing here')).toEqual([4]);
  });

  it('leaves no start to a topic whose terms are not spelt from a word start', () => {
    expect(left('See the URL and the CURL tool')).toEqual([4]);
    expect(left('We propose a prompt; we proceed; ontology of rewards')).toEqual([4]);
    expect(left('a robo-cop, in contrast, large language')).toEqual([4]);
    expect(left('reward modelling')).toEqual([0, 4]); // "reward model" is spelt (the regex's edge check is not)
  });
});
