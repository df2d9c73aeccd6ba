// TeX markup in BibTeX values turned back into text: the escapes our writer uses (\{ \% \textbackslash{} …),
// accents (\"o, {\'e}, \c{c}) and protective braces. Math ($\alpha$) is kept as written.

const ACCENTS: Record<string, string> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  u: '\u0306',
  '.': '\u0307',
  '"': '\u0308',
  r: '\u030a',
  H: '\u030b',
  v: '\u030c',
  c: '\u0327',
  k: '\u0328',
};

const SYMBOLS: Record<string, string> = {
  textbackslash: '\\',
  textasciicircum: '^',
  textasciitilde: '~',
  textunderscore: '_',
  textless: '<',
  textgreater: '>',
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  aa: 'å',
  AA: 'Å',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  textendash: '–',
  textemdash: '—',
};

const LITERAL = new Set(['{', '}', '%', '&', '$', '#', '_', ' ', ',', ';', '-', '/']);
const LETTER_ACCENTS = new Set(['u', 'r', 'H', 'v', 'c', 'k']);

/** Text of a TeX value; `$…$` math stays as its source. */
export function latexToText(value: string): string {
  return new Untex(value).run().replace(/\s+/g, ' ').trim().normalize('NFC');
}

class Untex {
  pos = 0;
  out = '';
  constructor(readonly text: string) {}

  run(): string {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos++] as string;
      if (ch === '\\') this.command();
      else if (ch === '$') this.math();
      else if (ch === '~') this.out += ' ';
      else if (ch !== '{' && ch !== '}') this.out += ch;
    }
    return this.out;
  }

  /** `$…$` copied as written, up to the next unescaped `$`. */
  math(): void {
    const start = this.pos - 1;
    while (this.pos < this.text.length && this.text[this.pos] !== '$') this.pos += this.text[this.pos] === '\\' ? 2 : 1;
    this.pos++;
    this.out += this.text.slice(start, this.pos);
  }

  command(): void {
    const next = this.text[this.pos] ?? '';
    if (LITERAL.has(next)) {
      this.pos++;
      this.out += next;
    } else if (next === '\\') {
      this.pos++;
      this.out += ' ';
    } else if (Object.hasOwn(ACCENTS, next) && !/[A-Za-z]/.test(next)) {
      this.pos++;
      this.accent(next);
    } else {
      const name = /^[A-Za-z]+/.exec(this.text.slice(this.pos, this.pos + 40))?.[0] ?? '';
      this.pos += name.length;
      if (LETTER_ACCENTS.has(name)) {
        this.accent(name);
        return;
      }
      const symbol = Object.hasOwn(SYMBOLS, name) ? SYMBOLS[name] : undefined;
      if (this.text.startsWith('{}', this.pos)) this.pos += 2;
      else if (symbol !== undefined && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
      this.out += symbol ?? '';
    }
  }

  /** The accented letter: `{o}`, `{\i}`, ` o` or `o`. */
  accent(accent: string): void {
    const match = /^\s*(?:\{\s*\\?([A-Za-z])\s*\}|\\?([A-Za-z]))/.exec(this.text.slice(this.pos, this.pos + 20));
    if (!match) return;
    this.pos += match[0].length;
    this.out += (match[1] ?? match[2] ?? '') + (Object.hasOwn(ACCENTS, accent) ? ACCENTS[accent] : '');
  }
}
