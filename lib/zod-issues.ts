// Zod issues as a reader can act on them: `papers[12].title: expected a string`. zod/mini ships no locale,
// so every issue would otherwise read "Invalid input". Parse with REPORT_INPUT so that issues carry what
// they found ("got a number", "missing").
import type { z } from './zod';

type Issue = z.core.$ZodIssue;

export const REPORT_INPUT = { reportInput: true } as const;

/** `papers[12].links.abs` from a base and an issue path. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || 'file';
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : typeof input;
}

function sizeLimit(issue: Issue & { code: 'too_big' | 'too_small' }): string {
  const what = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
  const limit = `${issue.code === 'too_big' ? 'at most' : 'at least'} ${String(issue.code === 'too_big' ? issue.maximum : issue.minimum)}`;
  return what ? `expected ${limit} ${what}` : `expected ${limit}`;
}

export function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${article(issue.expected)})`
        : `expected ${article(issue.expected)}, got ${received(issue.input)}`;
    case 'invalid_value': {
      const expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return issue.input === undefined ? `missing (expected ${expected})` : `expected ${expected}`;
    }
    case 'invalid_format':
      return `not a valid ${issue.format === 'url' ? 'http(s) URL' : issue.format}`;
    case 'too_big':
    case 'too_small':
      return sizeLimit(issue);
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid (${issue.code})`;
  }
}

/** The first problem of a failed parse, with its path under `base`. */
export function firstProblem(base: string, error: { issues: readonly Issue[] }): string {
  const issue = error.issues[0];
  if (!issue) return `${base || 'file'}: invalid`;
  return `${formatPath(base, issue.path)}: ${describeIssue(issue)}`;
}
