// Text helpers: whitespace, readable text of page elements (MathJax-rendered math back to TeX), title keys.
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { collapseWhitespace, hash53, normalizeTitle, readableText, textOf, titleId } from '@/lib/text';

const window = new Window({ url: 'https://arxiv.org/list/astro-ph/pastweek' });
afterAll(() => window.happyDOM.close());

/** The first element of `html`, parsed in its own document. */
function element(html: string): Element {
  const doc = new window.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return doc.body.firstElementChild as unknown as Element;
}

describe('collapseWhitespace and textOf', () => {
  it('collapses every run of whitespace, NBSP included, and trims', () => {
    expect(collapseWhitespace('  a \n\t b\u00a0\u00a0c  ')).toBe('a b c');
    expect(collapseWhitespace('')).toBe('');
  });

  it('collapses a string with only one stray space or one other whitespace, and keeps a clean one as it is', () => {
    for (const [raw, clean] of [
      [' a b', 'a b'],
      ['a b ', 'a b'],
      ['a  b', 'a b'],
      ['a\u00a0b', 'a b'],
      ['a\nb', 'a b'],
      ['a\u2009b', 'a b'],
      [' ', ''],
      ['Ada Lovelace', 'Ada Lovelace'],
    ]) {
      expect(collapseWhitespace(raw as string)).toBe(clean);
    }
  });

  it('reads an element as collapsed text, and null as empty', () => {
    expect(textOf(element('<div>\n  Title:\n  <b>Bold</b>   move\n</div>'))).toBe('Title: Bold move');
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
  });
});

describe('readableText', () => {
  it('is textOf for plain markup', () => {
    const plain = element('<p>Sparse <span class="highlight">attention</span> &amp; more</p>');
    expect(readableText(plain)).toBe('Sparse attention & more');
    expect(readableText(null)).toBe('');
  });

  it('reads MathJax 2 inline math as its TeX source, once', () => {
    // As saved from arxiv.org/list/astro-ph/pastweek after MathJax ran.
    const title = element(
      '<div class="list-title mathjax"><span class="descriptor">Title:</span> Source RX J<span class="MathJax_Preview" style="display: none;"></span><span class="MathJax" id="MathJax-Element-1-Frame" tabindex="0"><nobr><span class="math" id="MathJax-Span-1"><span class="mn">0513.9</span><span class="mo">−</span><span class="mn">6951</span></span></nobr></span><script type="math/tex" id="MathJax-Element-1">0513.9-6951</script> at $z$</div>',
    );
    expect(textOf(title)).toBe('Title: Source RX J0513.9−69510513.9-6951 at $z$');
    expect(readableText(title)).toBe('Title: Source RX J$0513.9-6951$ at $z$');
  });

  it('reads MathJax 2 display math as $$…$$ and every output mode (SVG, CHTML) alike', () => {
    const display = element(
      '<blockquote class="abstract mathjax">We find<span class="MathJax_Preview"></span><div class="MathJax_Display"><span class="MathJax_SVG" id="MathJax-Element-7-Frame"><svg><g><text>E</text></g></svg></span></div><script type="math/tex; mode=display" id="MathJax-Element-7">E = mc^2</script>and more.</blockquote>',
    );
    expect(readableText(display)).toBe('We find $$E = mc^2$$ and more.');
    const chtml = element(
      '<span>x <span class="mjx-chtml MathJax_CHTML" id="MathJax-Element-2-Frame"><span class="mjx-math">α</span></span><script type="math/tex" id="MathJax-Element-2">\\alpha</script> y</span>',
    );
    expect(readableText(chtml)).toBe('x $\\alpha$ y');
  });

  it('reads MathJax 3 output through its assistive MathML, the only text it keeps', () => {
    const math3 = element(
      '<p>Mass <mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math class="MJX-TEX"><mjx-mi class="mjx-i"><mjx-c class="mjx-c1D440 TEX-I"></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml unselectable="on" display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>M</mi></math></mjx-assistive-mml></mjx-container> grows</p>',
    );
    expect(readableText(math3)).toBe('Mass M grows');
  });

  it('reads <br> as a space and drops scripts, styles and templates', () => {
    expect(readableText(element('<p>first paragraph.<br>Second<br/>third</p>'))).toBe('first paragraph. Second third');
    expect(
      readableText(element('<p>a<script>alert(1)</script> b<style>p{}</style> c<template><i>t</i></template></p>')),
    ).toBe('a b c');
  });

  it('keeps text that looks like markup as text', () => {
    const hostile = element('<a>&lt;img src=x onerror=alert(1)&gt;<br>tail</a>');
    expect(readableText(hostile)).toBe('<img src=x onerror=alert(1)> tail');
    expect(hostile.querySelector('img')).toBeNull();
  });
});

describe('normalizeTitle, hash53 and titleId', () => {
  it('folds case, accents, punctuation and spacing', () => {
    expect(normalizeTitle('  Élan: A  Ñew—Model! ')).toBe('elan a new model');
    expect(normalizeTitle('BERT-Large (v2)')).toBe('bert large v2');
  });

  it('hashes deterministically and spreads nearby inputs', () => {
    expect(hash53('attention')).toBe(hash53('attention'));
    expect(hash53('attention')).not.toBe(hash53('attentioN'));
    expect(hash53('attention', 1)).not.toBe(hash53('attention'));
    expect(Number.isSafeInteger(hash53('x'.repeat(10_000)))).toBe(true);
  });

  it('keys a title-only paper the same way whatever its spelling', () => {
    const id = titleId('A Paper Hugging Face lists by a non-arXiv id');
    expect(id).toMatch(/^title:[0-9a-z]+$/);
    expect(titleId('a paper hugging face lists, by a non arxiv id.')).toBe(id);
    expect(titleId('Another paper')).not.toBe(id);
  });
});
