// Matching each topic only at the starts possibleStarts leaves (lib/topics/prefilter.ts) must give exactly
// what scanning every topic over the whole text gives.
// The reference below is the matching as it was before the prefilter (terms.ts and rules.ts, less the score
// cache), kept here verbatim in substance; both run on real texts and on texts built to catch the edge
// cases: case folding ('ſ', the Kelvin sign), the -y/-ies ending, prefixes, dashes, starts inside words.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserTopic } from '@/lib/settings';
import { builtinTopics, scoreTopics, subjectLabel, type TopicInput } from '@/lib/topics';
import { termSource } from '@/lib/topics/terms';
import { FIXTURES_DIR, hasShared, SEEDS_DIR } from '../../shared-fixtures';

// ---- The reference: every topic scans both texts. ----

const SEPARATOR = '[\\s\\-\\u2010-\\u2015]*';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function referenceSource(term: string): string {
  const prefix = term.trim().endsWith('*');
  const parts = term
    .trim()
    .replace(/\*$/, '')
    .split(/[\s\-\u2010-\u2015]+/)
    .filter(Boolean);
  if (parts.length === 0) return '';
  const last = parts.length - 1;
  const sources = parts.map((part, i) => {
    if (i < last) return escapeRegExp(part);
    if (prefix) return `${escapeRegExp(part)}[\\p{L}\\p{N}]*`;
    if (/[^aeiou]y$/i.test(part)) return `${escapeRegExp(part.slice(0, -1))}(?:y|ies)`;
    return /\p{L}$/u.test(part) ? `${escapeRegExp(part)}(?:s|es)?` : escapeRegExp(part);
  });
  return sources.join(SEPARATOR);
}

interface Matcher {
  regexes: { regex: RegExp; termOf: number[] }[];
}

function compile(terms: readonly string[], honourCase: boolean): Matcher {
  const usable = terms.map((term, i) => [term, i] as const).filter(([term]) => referenceSource(term) !== '');
  const sensitive = usable.filter(([term]) => honourCase && /\p{Lu}/u.test(term)).map(([, i]) => i);
  const insensitive = usable.filter(([, i]) => !sensitive.includes(i)).map(([, i]) => i);
  const build = (pick: number[], flags: string) => {
    const body = pick.map((i) => `(${referenceSource(terms[i] as string)})`).join('|');
    return { regex: new RegExp(`(?:${body})(?![\\p{L}\\p{N}])`, flags), termOf: pick };
  };
  return {
    regexes: [build(sensitive, 'gu'), build(insensitive, 'giu')].filter(({ termOf }) => termOf.length > 0),
  };
}

function find(text: string, matcher: Matcher): Map<number, { text: string; count: number; at: number }> {
  const hits = new Map<number, { text: string; count: number; at: number }>();
  for (const { regex, termOf } of matcher.regexes) {
    if (!text) continue;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match.index > 0 && /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, match.index - 2), match.index))) {
        regex.lastIndex = match.index + 1;
        continue;
      }
      const term = termOf[match.findIndex((value, i) => i > 0 && value !== undefined) - 1];
      if (term === undefined) continue;
      const hit = hits.get(term);
      if (hit) hit.count++;
      else hits.set(term, { text: match[0].replace(/\s+/g, ' '), count: 1, at: match.index });
    }
  }
  return new Map([...hits].sort((a, b) => a[1].at - b[1].at));
}

interface Rule {
  name: string;
  matcher: Matcher;
  titleOnly: Set<number>;
  subjects: readonly string[];
  source: 'user' | 'builtin';
}

function rule(name: string, rawTerms: readonly string[], subjects: readonly string[], source: Rule['source']): Rule {
  const titleOnly = new Set<number>();
  const terms = rawTerms.map((term, i) => {
    if (term.startsWith('^')) titleOnly.add(i);
    return term.replace(/^\^/, '');
  });
  return { name, matcher: compile(terms, source === 'builtin'), titleOnly, subjects, source };
}

const builtins = builtinTopics().map((topic) => rule(topic.name, topic.terms, topic.subjects, 'builtin'));

function scoreRule(r: Rule, paper: TopicInput) {
  const inTitle = find(paper.title, r.matcher);
  const inAbstract = paper.abstract ? find(paper.abstract, r.matcher) : new Map();
  let score = 0;
  const terms = new Map<string, string>();
  const note = (text: string) => {
    if (!terms.has(text.toLowerCase())) terms.set(text.toLowerCase(), text);
  };
  for (const hit of inTitle.values()) {
    score += 3;
    note(hit.text);
  }
  for (const [i, hit] of inAbstract) {
    if (r.titleOnly.has(i)) continue;
    score += Math.min(hit.count, 3);
    note(hit.text);
  }
  paper.subjects.forEach((subject, position) => {
    if (!r.subjects.includes(subject.code)) return;
    score += position === 0 ? 2 : 1;
    note(subject.code);
  });
  if (score < (r.source === 'user' ? 1 : 2)) return null;
  return { name: r.name, terms: [...terms.values()].slice(0, 5), score, source: r.source as string };
}

type Scored = NonNullable<ReturnType<typeof scoreRule>>;
const applies = (topic: Scored | null): topic is Scored => topic !== null;

function referenceScoreTopics(paper: TopicInput, userTopics: readonly UserTopic[]): Scored[] {
  const users = userTopics.map((topic) => rule(topic.name.trim(), topic.keywords, [], 'user'));
  const taken = new Set(users.map((u) => u.name.toLowerCase()));
  const kept = (name: string) => !taken.has(name.toLowerCase());
  const found = [
    ...users.map((r) => scoreRule(r, paper)).filter(applies),
    ...builtins
      .map((r) => scoreRule(r, paper))
      .filter(applies)
      .filter((topic) => kept(topic.name)),
  ];
  const primary = paper.subjects[0];
  const claimed = primary && builtins.some((b) => kept(b.name) && b.subjects.includes(primary.code));
  if (primary && !claimed && (!['cs.LG', 'stat.ML', 'cs.AI'].includes(primary.code) || found.length === 0)) {
    const name = subjectLabel(primary);
    if (!found.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
      found.push({ name, terms: [primary.code], score: 2.5, source: 'subject' });
    }
  }
  const rank: Record<string, number> = { user: 0, builtin: 1, subject: 2 };
  return found.sort((a, b) => b.score - a.score || (rank[a.source] ?? 0) - (rank[b.source] ?? 0));
}

// ---- Texts. ----

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The text of a saved page, roughly: tags dropped, a few entities decoded. */
const pageText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');

/** Chunks of real text: short ones as titles, long ones as abstracts. */
function realChunks(): string[] {
  const dirs = [resolve(process.cwd(), 'tests/fixtures/pages'), resolve(process.cwd(), 'tests/fixtures/sample')];
  if (hasShared) dirs.push(FIXTURES_DIR, SEEDS_DIR);
  const texts = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(html|txt|json)$/.test(name))
      .map((name) => readFileSync(resolve(dir, name), 'utf8'))
      .map((text) => (text.trimStart().startsWith('<') ? pageText(text) : text)),
  );
  return texts.flatMap((text) =>
    text.split(/\n\s*\n|(?<=[.!?])\s{2,}/).flatMap((chunk) => chunk.match(/[\s\S]{1,1500}/g) ?? []),
  );
}

/** Real papers, where the shared fixtures are present: Hugging Face's daily papers feed. */
function realPapers(): TopicInput[] {
  if (!hasShared) return [];
  const feed = JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'hf_api_daily_papers_2026-07-13_to_27.json'), 'utf8')) as {
    paper: { title: string; summary?: string };
  }[];
  return feed.map(({ paper }) => ({ title: paper.title, abstract: paper.summary, subjects: [] }));
}

const SUBJECTS = ['cs.CL', 'cs.LG', 'cs.CV', 'cs.RO', 'stat.ML', 'cs.AI', 'q-bio.BM', 'astro-ph.GA', 'hep-th', 'xx.YY'];

/** Each built-in term (and a few more) written in ways that test the edges of matching. */
function variants(term: string, next: () => number): string[] {
  const word = term.replace(/^\^/, '').replace(/\*$/, 'ic');
  const plural = word.replace(/([^aeiou])y$/i, '$1ies').replace(/([a-z])$/i, '$1s');
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  return [
    word,
    plural,
    word.toUpperCase(),
    word.toLowerCase(),
    word.replace(/s/g, '\u017F'),
    word.replace(/k/gi, '\u212A'),
    word.replace(/[\s-]/g, pick(['', '-', '\u2011', '\u2014', '\n', '  ', '\u00a0', '\u3000', '_', '.', '/'])),
    `${pick(['x', 'é', '\u{1D400}', '\u{1F600}', '3', '-', '(', '\u017F', '\u212A'])}${word}`,
    `${word}${pick(['x', 'é', 's', 'es', 'ies', '1', ')', '-based', '\u{1D400}'])}`,
    word.slice(0, Math.max(1, Math.floor(next() * word.length))),
  ];
}

function builtPapers(count: number): TopicInput[] {
  const next = random(20261123);
  const pieces = [
    ...builtinTopics().flatMap((topic) => topic.terms.flatMap((term) => variants(term, next))),
    ...[
      'propose',
      'the URL',
      'prompt',
      'we proceed',
      'on',
      'in',
      'a',
      'policy',
      '\u017F',
      '\u212A',
      'é',
      '—',
      '\u{1D400}',
    ],
  ];
  const sentence = (words: number) =>
    Array.from({ length: words }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.8 ? ' ' : ', ');
  return Array.from({ length: count }, () => ({
    title: sentence(1 + Math.floor(next() * 6)),
    abstract: next() < 0.2 ? undefined : sentence(Math.floor(next() * 60)),
    subjects: Array.from({ length: Math.floor(next() * 3) }, () => ({
      code: SUBJECTS[Math.floor(next() * SUBJECTS.length)] as string,
    })),
  }));
}

const USER_TOPICS: UserTopic[][] = [
  [],
  [
    { name: 'Vision', keywords: ['outlooker', 'segmentation'] },
    { name: 'Mine', keywords: ['reward model', 'router*', 'policy'] },
  ],
];

describe('prefiltered topic matching', () => {
  it('builds every term’s pattern as before', () => {
    const terms = [
      ...builtinTopics().flatMap((topic) => topic.terms.map((term) => term.replace(/^\^/, ''))),
      ...[
        'policy',
        'key',
        'robot*',
        'a-b-c',
        ' spaced  out ',
        '*',
        '',
        '-',
        'c++',
        'naïve bayes',
        'X',
        '3D',
        '\u017Ftar',
      ],
    ];
    for (const term of terms) expect(termSource(term)).toBe(referenceSource(term));
  });

  const check = (papers: readonly TopicInput[]) => {
    let checked = 0;
    for (const paper of papers) {
      for (const users of USER_TOPICS) {
        expect(scoreTopics(paper, users)).toEqual(referenceScoreTopics(paper, users));
        checked++;
      }
    }
    return checked;
  };

  it('gives what scanning every topic gives, on real texts', () => {
    const chunks = realChunks();
    const papers = chunks.map((chunk, i) => ({
      title: chunk.length < 200 ? chunk : (chunks[i - 1] ?? '').slice(0, 200),
      abstract: chunk,
      subjects: i % 3 === 0 ? [] : [{ code: SUBJECTS[i % SUBJECTS.length] as string }],
    }));
    expect(check([...papers, ...realPapers()])).toBeGreaterThan(300); // 400 in this checkout, 11,000 with the shared texts
  });

  it('gives what scanning every topic gives, on texts built around the terms', () => {
    expect(check(builtPapers(3000))).toBe(6000);
  });
});
