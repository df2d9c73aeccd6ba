// Mozilla's add-on linter on the Firefox build: no errors, and only the warnings we have read and explained.

import { describe, expect, it } from 'vitest';
import webExt from 'web-ext';
import { FIREFOX_BUILD } from './paths';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/**
 * Warnings the linter raises on library code we ship, each checked by hand:
 * - Preact's renderer assigns `innerHTML` only for `dangerouslySetInnerHTML`, which Margin never uses;
 * - `decode-named-character-reference` (used by the Markdown parser of notes) decodes an entity name that
 *   matched `[A-Za-z0-9]+` through a detached element's `innerHTML`: no markup can reach it;
 * - micromark's `document().write(…)` is its own tokenizer API, not the DOM's `document.write`.
 */
const EXPLAINED = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', message: /innerHTML/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', message: /document\(\)\.write/ },
];

describe('web-ext lint (Firefox build)', () => {
  it('reports no errors and no unexplained warnings', async () => {
    const result = (await webExt.cmd.lint(
      { sourceDir: FIREFOX_BUILD, output: 'none', boring: true, selfHosted: false, warningsAsErrors: false },
      { shouldExitProgram: false },
    )) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(result.errors).toEqual([]);
    const unexplained = result.warnings.filter(
      (warning) => !EXPLAINED.some((known) => known.code === warning.code && known.message.test(warning.message)),
    );
    expect(unexplained).toEqual([]);
  });
});
