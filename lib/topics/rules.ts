// Topic chips of a paper: built-in topics, the reader's own topics and the arXiv subject, each with the
// terms that put it there (shown on hover), strongest first.
// Strength: a term in the title counts 3, each occurrence in the abstract 1 (at most 3 a term), the
// paper's primary arXiv subject 2 for the topic that claims it (1 for a cross-listed one). A built-in
// topic needs 2 (a title term, or two mentions in the abstract); a reader's topic needs any one match.

import type { TopicMatch } from '../library/states';
import type { UserTopic } from '../settings';
import { hash53 } from '../text';
import { subjectLabel } from './arxiv-subjects';
import { indexLeads, type LeadIndex, possibleStarts } from './prefilter';
import { RecentMap } from './recent-map';
import { builtinTopics } from './taxonomy';
import { compileTerms, findTerms, type TermHit, type TermMatcher, termLiterals } from './terms';

export interface TopicInput {
  /** With an id, the built-in topics' scores are remembered for the paper while its text stays the same. */
  id?: string;
  title: string;
  abstract?: string;
  /** The paper's subjects, primary first (as the arXiv adapter gives them). */
  subjects: readonly { code: string; name?: string }[];
}

export interface ScoredTopic extends TopicMatch {
  score: number;
  source: 'user' | 'builtin' | 'subject';
}

interface Rule {
  name: string;
  matcher: TermMatcher;
  titleOnly: Set<number>;
  subjects: readonly string[];
  source: 'user' | 'builtin';
}

const TITLE_WEIGHT = 3;
const ABSTRACT_CAP = 3;
const BUILTIN_MIN = 2;
const SUBJECT_SCORE = 2;
/** Subjects every paper of a broad listing has: shown only when nothing else is. */
const GENERIC_SUBJECTS = new Set(['cs.LG', 'stat.ML', 'cs.AI']);
const MAX_TERMS = 5;

function rule(name: string, rawTerms: readonly string[], subjects: readonly string[], source: Rule['source']): Rule {
  const titleOnly = new Set<number>();
  const terms = rawTerms.map((term, i) => {
    if (term.startsWith('^')) titleOnly.add(i);
    return term.replace(/^\^/, '');
  });
  return { name, matcher: compileTerms(terms, source === 'builtin'), titleOnly, subjects, source };
}

interface Builtins {
  rules: Rule[];
  /** The rules' terms, for possibleStarts (topic i is rules[i]). */
  leads: LeadIndex;
}

let builtinRules: Builtins | null = null;
const userRules = new Map<string, Rule>();

function builtins(): Builtins {
  if (!builtinRules) {
    const rules = builtinTopics().map((topic) => rule(topic.name, topic.terms, topic.subjects, 'builtin'));
    builtinRules = { rules, leads: indexLeads(rules.map(({ matcher }) => matcher.terms.map(termLiterals))) };
  }
  return builtinRules;
}

function userRule(topic: UserTopic): Rule {
  const key = JSON.stringify([topic.name, topic.keywords]);
  let compiled = userRules.get(key);
  if (!compiled) {
    if (userRules.size > 500) userRules.clear();
    compiled = rule(topic.name.trim(), topic.keywords, [], 'user');
    userRules.set(key, compiled);
  }
  return compiled;
}

/** A topic's score on a paper, from its terms' hits in the title and in the abstract. */
function scoreRule(
  r: Rule,
  inTitle: Map<number, TermHit>,
  inAbstract: Map<number, TermHit>,
  subjects: TopicInput['subjects'],
): ScoredTopic | null {
  let score = 0;
  const terms = new Map<string, string>();
  const note = (text: string) => {
    if (!terms.has(text.toLowerCase())) terms.set(text.toLowerCase(), text);
  };
  for (const hit of inTitle.values()) {
    score += TITLE_WEIGHT;
    note(hit.text);
  }
  for (const [i, hit] of inAbstract) {
    if (r.titleOnly.has(i)) continue;
    score += Math.min(hit.count, ABSTRACT_CAP);
    note(hit.text);
  }
  subjects.forEach((subject, position) => {
    if (!r.subjects.includes(subject.code)) return;
    score += position === 0 ? SUBJECT_SCORE : 1;
    note(subject.code);
  });
  const min = r.source === 'user' ? 1 : BUILTIN_MIN;
  if (score < min) return null;
  return { name: r.name, terms: [...terms.values()].slice(0, MAX_TERMS), score, source: r.source };
}

const applies = (topic: ScoredTopic | null): topic is ScoredTopic => topic !== null;

/**
 * The built-in topics' scores of the papers matched last (the worker matches the same papers again when a
 * page asks for its states after the visit), keyed by id and checked against a hash of the text they came
 * from. Matching is the costly part of a look-up; remembering it costs a few hundred bytes a paper.
 */
const REMEMBERED = 5_000;
const builtinScores = new RecentMap<string, { text: number; scores: ScoredTopic[] }>(REMEMBERED);

/**
 * The built-in topics that apply to a paper. A topic scans each text at the starts possibleStarts leaves it
 * only; one left none in either text, and claiming none of the paper's subjects, would score nothing.
 */
function matchBuiltins(paper: TopicInput): ScoredTopic[] {
  const { rules, leads } = builtins();
  const abstract = paper.abstract ?? '';
  const titleStarts = possibleStarts(leads, paper.title);
  const abstractStarts = possibleStarts(leads, abstract);
  const found: ScoredTopic[] = [];
  rules.forEach((r, i) => {
    const inTitle = titleStarts[i] ?? null;
    const inAbstract = abstractStarts[i] ?? null;
    const nowhere = inTitle?.length === 0 && inAbstract?.length === 0;
    if (nowhere && !paper.subjects.some((s) => r.subjects.includes(s.code))) return;
    const topic = scoreRule(
      r,
      findTerms(paper.title, r.matcher, inTitle),
      findTerms(abstract, r.matcher, inAbstract),
      paper.subjects,
    );
    if (topic) found.push(topic);
  });
  return found;
}

function scoreBuiltins(paper: TopicInput): ScoredTopic[] {
  if (!paper.id) return matchBuiltins(paper);
  const text = hash53([paper.title, paper.abstract ?? '', ...paper.subjects.map((s) => s.code)].join('\n'));
  const known = builtinScores.get(paper.id);
  const scores = known?.text === text ? known.scores : matchBuiltins(paper);
  builtinScores.set(paper.id, { text, scores }); // the most recent now, matched again or not
  return scores;
}

/** Every topic that applies, with its score, strongest first; user topics win ties and replace a
 * built-in topic of the same name. */
export function scoreTopics(paper: TopicInput, userTopics: readonly UserTopic[] = []): ScoredTopic[] {
  const users = userTopics.map(userRule);
  const taken = new Set(users.map((u) => u.name.toLowerCase()));
  const kept = (name: string) => !taken.has(name.toLowerCase());
  const found = [
    ...users
      .map((r) =>
        scoreRule(r, findTerms(paper.title, r.matcher), findTerms(paper.abstract ?? '', r.matcher), paper.subjects),
      )
      .filter(applies),
    ...scoreBuiltins(paper).filter((topic) => kept(topic.name)),
  ];
  const primary = paper.subjects[0];
  // Only built-in topics claim subjects (a reader's topic has keywords only).
  const claimed = primary && builtins().rules.some((b) => b.subjects.includes(primary.code) && kept(b.name));
  if (primary && !claimed && (!GENERIC_SUBJECTS.has(primary.code) || found.length === 0)) {
    const name = subjectLabel(primary);
    if (!found.some((t) => t.name.toLowerCase() === name.toLowerCase())) {
      found.push({ name, terms: [primary.code], score: SUBJECT_SCORE + 0.5, source: 'subject' });
    }
  }
  const rank = { user: 0, builtin: 1, subject: 2 } as const;
  // Stable sort: equal scores keep user topics first, then the taxonomy's order.
  return found.sort((a, b) => b.score - a.score || rank[a.source] - rank[b.source]);
}

/** Topic chips for a paper: built-in and user topics with the terms that matched, strongest first. */
export function matchTopics(paper: TopicInput, userTopics: readonly UserTopic[] = []): TopicMatch[] {
  return scoreTopics(paper, userTopics).map(({ name, terms }) => ({ name, terms }));
}
