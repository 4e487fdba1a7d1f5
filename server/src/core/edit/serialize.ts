/** A JS value written in the file's own syntax (JSON or YAML), indented to fit where it goes. */
import { stringify } from 'yaml';
import type { FileLanguage } from '../types';

/** a YAML plain scalar that reads back as the same string */
function yamlPlainSafe(s: string): boolean {
  if (!/^[A-Za-z0-9_./@][A-Za-z0-9_ ./:@-]*$/.test(s) || /\s$/.test(s) || /: /.test(s)) return false;
  // words YAML would read as booleans, null or numbers
  if (/^(true|false|yes|no|on|off|y|n|null|~)$/i.test(s)) return false;
  return !/^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i.test(s);
}

export function scalarText(lang: FileLanguage, value: string | number | boolean | null): string {
  if (lang === 'json' || typeof value !== 'string') return JSON.stringify(value);
  return yamlPlainSafe(value) ? value : JSON.stringify(value);
}

export const isScalar = (v: unknown): v is string | number | boolean | null =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * JSON: the value text, continuation lines indented by `indent`.
 * YAML: for scalars the text after `key: `; for collections a block starting with a newline,
 * indented by `indent` (the caller's child indentation).
 */
export function valueText(lang: FileLanguage, value: unknown, indent: string, unit: string): string {
  if (isScalar(value)) return scalarText(lang, value);
  if (lang === 'json') {
    const s = JSON.stringify(value, null, unit);
    return s
      .split('\n')
      .map((l, i) => (i === 0 ? l : indent + l))
      .join('\n');
  }
  const isEmpty = Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0;
  if (isEmpty) return Array.isArray(value) ? '[]' : '{}';
  const body = stringify(value, { indent: unit === '\t' ? 2 : unit.length, lineWidth: 0 }).replace(/\n$/, '');
  return (
    '\n' +
    body
      .split('\n')
      .map((l) => indent + l)
      .join('\n')
  );
}
