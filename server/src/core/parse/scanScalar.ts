/**
 * Scalars for the one-pass scanner (scanner.ts): one-line plain, single- and double-quoted scalars
 * read straight from the text, their values resolved as the library resolves them (plain ones
 * through the core schema's own tag tests and resolvers, escapes through `CST.resolveAsScalar`).
 * Anything else (a character that starts another construct, a quote left open on its line)
 * throws `BAIL`: the scanner's caller then parses that document the old way.
 */
import { CST, isScalar, type Schema, type ScalarTag } from 'yaml';
import { plainText } from './cstTree';

/** Thrown where the scanner meets something outside its subset. */
export class Bail extends Error {}
export const BAIL = new Bail();
export const bail = (): never => {
  throw BAIL;
};

/** A scalar read on one line: where it ends and its value. */
export interface LineScalar {
  /** the offset after its last character (the closing quote of a quoted one) */
  end: number;
  value: unknown;
  /** the composer's `source`: the text before tag resolution */
  source: string;
  plain: boolean;
  /** a plain scalar that ends with `:` + space or end of line: a key */
  colon: boolean;
}

/**
 * A record for the scalar scans to fill. The scanner keeps one and reads each scan's answer before
 * the next (a big file's ~100,000 scalars made as many short-lived records, a tenth of what its
 * parse allocated).
 */
export const lineScalar = (): LineScalar => ({ end: 0, value: undefined, source: '', plain: false, colon: false });

function filled(out: LineScalar, end: number, value: unknown, source: string, plain: boolean, colon: boolean): LineScalar {
  out.end = end;
  out.value = value;
  out.source = source;
  out.plain = plain;
  out.colon = colon;
  return out;
}

/**
 * Characters a plain scalar may not start with here: YAML indicators (`-`, `?`, `:` are let through
 * by the caller only when followed by a non-space), and `#`.
 */
const BAD_PLAIN_START = new Uint8Array(128);
for (const ch of '-?:,[]{}#&*!|>\'"%@`') BAD_PLAIN_START[ch.charCodeAt(0)] = 1;

/**
 * A plain scalar from `p` to before `: `, ` #` or the line end `le`, trailing spaces dropped.
 * `colon` says whether a `:` (followed by a space or the line end) ended it.
 */
export function plainAt(text: string, p: number, le: number, atKey: boolean, schema: Schema, out = lineScalar()): LineScalar {
  const c0 = text.charCodeAt(p);
  if (c0 < 128 && BAD_PLAIN_START[c0] === 1) {
    // `-x` is plain; `- x`, `-` alone, and the other indicators are not ours
    if (c0 !== 45 || p + 1 >= le || text.charCodeAt(p + 1) === 32) bail();
  }
  let last = p; // after the last non-space character
  let colon = false;
  let i = p;
  for (; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < le && text.charCodeAt(i + 1) === 35) break; // ` #` starts a comment
      continue;
    }
    if (c === 58 && (i + 1 === le || text.charCodeAt(i + 1) === 32)) {
      colon = true;
      break;
    }
    last = i + 1;
  }
  if (colon && last !== i) bail(); // `key :`: a space before the colon is legal but not ours
  const source = text.slice(p, last);
  return filled(out, last, plainValue(source, atKey, schema), source, true, colon);
}

/**
 * A plain scalar inside a one-line flow collection, from `p` to before `,`, `]`, `}` or (a key,
 * `atKey`) `: `, trailing spaces dropped. A `:` followed by another character stays in it, as in
 * the library's lexer; `#` and the other flow indicators are not ours. `colon` says a `: ` ended it.
 */
export function flowPlainAt(text: string, p: number, le: number, atKey: boolean, schema: Schema): LineScalar {
  const c0 = text.charCodeAt(p);
  if (c0 < 128 && BAD_PLAIN_START[c0] === 1 && (c0 !== 45 || p + 1 >= le || text.charCodeAt(p + 1) === 32)) bail();
  let last = p;
  let i = p;
  let colon = false;
  for (; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 93 || c === 125) break;
    if (c === 58) {
      const n = i + 1 < le ? text.charCodeAt(i + 1) : 32;
      if (n === 32 && atKey) {
        colon = true;
        break;
      }
      if (n === 32 || n === 44 || n === 91 || n === 93 || n === 123 || n === 125) bail();
    }
    if (c === 35 || c === 91 || c === 123) bail();
    if (c !== 32) last = i + 1;
  }
  if (colon && last !== i) bail(); // `key :`
  const source = text.slice(p, last);
  return { end: last, value: plainValue(source, atKey, schema), source, plain: true, colon };
}

/** compose-scalar for a plain scalar without a tag: the first schema tag whose test matches (as cstTree.ts does). */
function plainValue(source: string, atKey: boolean, schema: Schema): unknown {
  if (plainText(source)) return source;
  const tag = schema.tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source)) as
    ScalarTag | undefined;
  if (!tag?.resolve) return source;
  const res: unknown = tag.resolve(source, bail, {});
  const v = isScalar(res) ? res.value : res;
  return typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : (v ?? null);
}

/** A quoted scalar opening at `p` and closing on the same line (before `le`). */
export function quotedAt(text: string, p: number, le: number, out = lineScalar()): LineScalar {
  const q = text.charCodeAt(p);
  let escapes = false;
  let i = p + 1;
  for (; i < le; i++) {
    const c = text.charCodeAt(i);
    if (q === 34 && c === 92) {
      escapes = true;
      i++;
      continue;
    }
    if (c === q) {
      if (q === 39 && text.charCodeAt(i + 1) === 39) {
        escapes = true;
        i++;
        continue;
      }
      break;
    }
  }
  if (i >= le) bail(); // open at the line end: multi-line or unterminated
  const end = i + 1;
  const inner = text.slice(p + 1, i);
  let value = inner;
  if (escapes) {
    if (q === 39) value = inner.replace(/''/g, "'");
    else {
      const token: CST.FlowScalar = { type: 'double-quoted-scalar', offset: p, indent: 0, source: text.slice(p, end) };
      const r = CST.resolveAsScalar(token, false, bail);
      if (!r || typeof r.value !== 'string') return bail();
      value = r.value;
    }
  }
  return filled(out, end, value, value, false, false);
}
