import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { listingLayout } from '@/lib/sites/arxiv-listing';
import { subjectInfo, subjectLabel } from '@/lib/topics';
import { knownSubjectCodes } from '@/lib/topics/arxiv-subjects';
import { FIXTURE_URL, hasShared, readFixture } from '../../shared-fixtures';

describe('arXiv subjects', () => {
  it('names codes, with a short chip label where the official name is long', () => {
    expect(subjectInfo('cs.LG')).toEqual({ name: 'Machine Learning', label: 'Machine Learning' });
    expect(subjectInfo('astro-ph.CO')).toEqual({ name: 'Cosmology and Nongalactic Astrophysics', label: 'Cosmology' });
    expect(subjectInfo('hep-th')?.name).toBe('High Energy Physics - Theory');
    expect(subjectInfo('cond-mat.mtrl-sci')?.label).toBe('Materials Science');
    expect(subjectInfo('nope.XX')).toBeUndefined();
    expect(subjectLabel({ code: 'nope.XX', name: 'From the page' })).toBe('From the page');
    expect(subjectLabel({ code: 'nope.XX' })).toBe('nope.XX');
    expect(knownSubjectCodes().length).toBeGreaterThan(150);
  });

  it.skipIf(!hasShared)('knows every subject on the real listings, by the name arXiv prints', () => {
    for (const name of ['arxivNew', 'arxivPastweek'] as const) {
      const window = new Window({ url: FIXTURE_URL[name] });
      const doc = window.document as unknown as Document;
      doc.write(readFixture(name));
      const url = new URL(FIXTURE_URL[name]);
      const layout = listingLayout as unknown as {
        context(d: Document, u: URL): unknown;
        cards(d: Document): Element[];
        extract(card: Element, context: unknown, u: URL): { subjects: { code: string; name?: string }[] } | null;
      };
      const context = layout.context(doc, url);
      const subjects = layout.cards(doc).flatMap((card) => layout.extract(card, context, url)?.subjects ?? []);
      expect(subjects.length).toBeGreaterThan(100);
      for (const subject of subjects)
        expect([subject.code, subjectInfo(subject.code)?.name]).toEqual([subject.code, subject.name]);
    }
  });
});
