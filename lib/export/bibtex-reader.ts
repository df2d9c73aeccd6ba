// A small BibTeX reader for import: entries with their key and raw field values (braces, quotes, numbers,
// @string macros and # concatenation). The full @retorquere/bibtex-parser is the tests' independent reader;
// bundled it would add ~560 kB to the library page for this one feature.

export interface BibEntry {
  type: string;
  key: string;
  /** Field names lower-cased; values as written (TeX), see latex-text.ts. */
  fields: Record<string, string>;
  /** 1-based line where the entry starts. */
  line: number;
}

export type BibRead = { ok: true; entries: BibEntry[] } | { ok: false; error: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ENTRY_START = /^\s*[A-Za-z]+\s*[{(]/;

class Syntax extends Error {}

class Reader {
  pos = 0;
  readonly macros = new Map<string, string>(MONTHS.map((m, i) => [m, String(i + 1)]));
  constructor(readonly text: string) {}

  private counted = { at: 0, line: 1 };

  /** Line number of a position; positions asked for only grow, so counting resumes where it stopped. */
  line(at = this.pos): number {
    if (at < this.counted.at) this.counted = { at: 0, line: 1 };
    let { line } = this.counted;
    for (let i = this.counted.at; i < at; i++) if (this.text.charCodeAt(i) === 10) line++;
    this.counted = { at, line };
    return line;
  }

  fail(message: string): never {
    throw new Syntax(`line ${this.line()}: ${message}`);
  }

  skipSpace(): void {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos] as string;
      if (/\s/.test(ch)) this.pos++;
      else if (ch === '%') while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      else break;
    }
  }

  expect(chars: string): string {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === undefined || !chars.includes(ch))
      this.fail(
        `expected ${[...chars].join(' or ')}, found ${ch === undefined ? 'the end of the file' : JSON.stringify(ch)}`,
      );
    this.pos++;
    return ch;
  }

  name(): string {
    this.skipSpace();
    const match = /^[^\s"#%'(),={}]+/.exec(this.text.slice(this.pos, this.pos + 1000));
    if (!match) this.fail('expected a name');
    this.pos += match[0].length;
    return match[0];
  }

  /** A braced value, returned without its outer braces. */
  braced(): string {
    const start = ++this.pos;
    for (let depth = 1; this.pos < this.text.length; this.pos++) {
      const ch = this.text[this.pos];
      if (ch === '\\') this.pos++;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return this.text.slice(start, this.pos++);
    }
    this.pos = start - 1;
    return this.fail('unbalanced braces: a { is never closed');
  }

  quoted(): string {
    const start = ++this.pos;
    for (let depth = 0; this.pos < this.text.length; this.pos++) {
      const ch = this.text[this.pos];
      if (ch === '\\') this.pos++;
      else if (ch === '{') depth++;
      else if (ch === '}') depth--;
      else if (ch === '"' && depth === 0) return this.text.slice(start, this.pos++);
    }
    this.pos = start - 1;
    return this.fail('a quoted value is never closed');
  }

  /** value (# value)* */
  value(): string {
    let out = '';
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === '{') out += this.braced();
      else if (ch === '"') out += this.quoted();
      else {
        const word = this.name();
        out += /^\d+$/.test(word)
          ? word
          : (this.macros.get(word.toLowerCase()) ?? this.fail(`unknown macro ${JSON.stringify(word)}`));
      }
      this.skipSpace();
      if (this.text[this.pos] !== '#') return out;
      this.pos++;
    }
  }

  /** `name = value` pairs up to the closing delimiter. */
  fields(close: string): Record<string, string> {
    const fields: Record<string, string> = Object.create(null);
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === close) {
        this.pos++;
        return fields;
      }
      const name = this.name().toLowerCase();
      this.expect('=');
      fields[name] = this.value();
      if (this.expect(`,${close}`) === close) return fields;
    }
  }

  entries(): BibEntry[] {
    const entries: BibEntry[] = [];
    for (;;) {
      const at = this.text.indexOf('@', this.pos);
      if (at < 0) return entries;
      this.pos = at + 1;
      // Text between entries is a comment in BibTeX: an @ that opens no entry ("mail me @ home") is skipped.
      if (!ENTRY_START.test(this.text.slice(this.pos, this.pos + 100))) continue;
      const line = this.line(at);
      const type = this.name().toLowerCase();
      if (type === 'comment') {
        // As Biber and Better BibTeX do: a braced comment is skipped whole, entries inside it included.
        this.skipSpace();
        if (this.text[this.pos] === '{') this.braced();
        continue;
      }
      const close = this.expect('{(') === '{' ? '}' : ')';
      if (type === 'preamble') {
        this.value();
        this.expect(close);
      } else if (type === 'string') {
        for (const [name, value] of Object.entries(this.fields(close))) this.macros.set(name, value);
      } else {
        const key = this.name();
        const fields = this.expect(`,${close}`) === ',' ? this.fields(close) : {};
        entries.push({ type, key, fields, line });
      }
    }
  }
}

/** Names of a BibTeX name list: split on `and` outside braces. */
export function splitBibtexNames(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0 && /^\sand\s/i.test(value.slice(i, i + 5))) {
      names.push(value.slice(start, i));
      start = i + 4;
    }
  }
  names.push(value.slice(start));
  return names.map((name) => name.trim()).filter(Boolean);
}

export function readBibtex(text: string): BibRead {
  try {
    return { ok: true, entries: new Reader(text).entries() };
  } catch (error) {
    if (error instanceof Syntax) return { ok: false, error: `Not valid BibTeX: ${error.message}` };
    throw error;
  }
}
