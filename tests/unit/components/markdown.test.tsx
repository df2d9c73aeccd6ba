import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/components/Markdown';
import { HOSTILE } from './helpers';

const md = (source: string) => render(<Markdown source={source} />).container.querySelector('.markdown') as Element;

describe('Markdown', () => {
  it('renders headings without adding headings to the page outline', () => {
    const root = md('# Summary\n\n### Details');
    expect(root.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    expect(root.querySelector('strong.md-h1')?.textContent).toBe('Summary');
    expect(root.querySelector('strong.md-h3')?.textContent).toBe('Details');
  });

  it('renders emphasis, strong, inline code and code blocks', () => {
    const root = md('Read *carefully*, **section 3**, and `eq. 4`.\n\n```\nx = <b>1</b>\n```');
    expect(root.querySelector('p em')?.textContent).toBe('carefully');
    expect(root.querySelector('p strong')?.textContent).toBe('section 3');
    expect(root.querySelector('p code')?.textContent).toBe('eq. 4');
    expect(root.querySelector('pre code')?.textContent).toBe('x = <b>1</b>');
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe('Read carefully, section 3, and eq. 4.');
  });

  it('renders bulleted and numbered lists, and quotes', () => {
    const root = md('- one\n- two\n\n1. first\n2. second\n\n> quoted');
    expect([...root.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    expect([...root.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['first', 'second']);
    expect(root.querySelector('blockquote')?.textContent).toBe('quoted');
  });

  it('makes http(s) and mailto links live, opening in a new tab without an opener', () => {
    const root = md('[code](https://github.com/x/y), [old](http://example.org) and [me](mailto:a@b.org)');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['code', 'https://github.com/x/y'],
      ['old', 'http://example.org'],
      ['me', 'mailto:a@b.org'],
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('keeps javascript: and data: links dead, showing their text only', () => {
    const root = md(
      [
        '[click](javascript:alert(1))',
        '[shout](JavaScript:alert(1))',
        '[page](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
        '<javascript:alert(1)>',
        '[ref][evil]',
        '',
        '[evil]: javascript:alert(1)',
      ].join('\n\n'),
    );
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('[href]')).toBeNull();
    expect(root.textContent).toContain('click');
    expect(root.textContent).toContain('shout');
    expect(root.textContent).toContain('page');
    expect(root.textContent).toContain('ref');
  });

  it('never loads images: a safe image becomes a link, an unsafe one plain text', () => {
    const root = md('![chart](https://example.org/c.png)\n\n![pixel](data:image/png;base64,AAAA)');
    expect(root.querySelector('img')).toBeNull();
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/c.png');
    expect(link?.textContent).toBe('[image: chart]');
    expect(root.textContent).toContain('[image: pixel]');
    expect(root.querySelectorAll('a')).toHaveLength(1);
  });

  it('shows raw HTML as text', () => {
    const root = md(`${HOSTILE}\n\nInline <script>alert(1)</script> and <a href="javascript:alert(1)">x</a>.`);
    expect(root.querySelector('img, script, a, [onerror]')).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).toContain('<a href="javascript:alert(1)">');
  });

  it('renders an empty note as nothing', () => {
    expect(md('').textContent).toBe('');
  });
});
