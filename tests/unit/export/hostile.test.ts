// Every export format with hostile papers: no control characters in the text formats, and each file still
// reads back (the per-format suites check the values with their independent readers).
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '@/lib/export/formats';
import { EXPORT_FORMAT_IDS } from '@/lib/export/types';
import { hostilePapers, input } from './fixtures';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

describe('hostile papers through every format', () => {
  const papers = hostilePapers();

  it.each(EXPORT_FORMAT_IDS)(
    '%s: writes every paper, JSON formats parse, text formats carry no control characters',
    (id) => {
      const text = EXPORT_FORMATS[id].write(input(papers));
      if (id === 'json' || id === 'csl-json') expect(() => JSON.parse(text)).not.toThrow();
      else expect(text).not.toMatch(CONTROL);
      for (const paper of papers) expect(text).toContain(paper.id);
    },
  );

  it('every < in the Markdown list is escaped, so no renderer sees a tag', () => {
    expect(EXPORT_FORMATS.markdown.write(input(papers))).not.toMatch(/(?<!\\)</);
  });
});
