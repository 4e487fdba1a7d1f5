/**
 * go-yaml (kubectl, through sigs.k8s.io/yaml) skips tabs as white space anywhere inside a flow
 * collection (`{ … }`, `[ … ]`) and does not check the indentation of its lines; the `yaml`
 * package refuses both ("Tabs cannot indent YAML", "flow map … must be sufficiently indented").
 * So that such files parse as kubectl reads them, a copy of the text gets the leading tabs of
 * lines inside flow collections turned into spaces (same length: offsets do not move) and those
 * lines indented past the line the collection opened on (inserted spaces, mapped back like the
 * quoted-scalar leniency does).
 */
import type { Insert, Patched } from './goYamlLeniency';

export function relaxFlowWhitespace(text: string): Patched | undefined {
  const chars = text.split('');
  const inserts: Insert[] = [];
  let changed = false;
  let depth = 0;
  /** the column flow lines must pass: one more than the indentation of the line the outermost collection opened on */
  let minIndent = 0;
  let blockParent = -1;
  let quote = '';
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lineStart = i;
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) lineEnd = n;
    let j = i;
    if (depth > 0 && !quote) {
      // inside a flow collection: leading tabs are white space to go-yaml
      while (j < lineEnd && (text[j] === ' ' || text[j] === '\t')) {
        if (text[j] === '\t') {
          chars[j] = ' ';
          changed = true;
        }
        j++;
      }
      const blank = j >= lineEnd || text[j] === '\r' || text[j] === '#';
      if (!blank && j - lineStart < minIndent) inserts.push({ at: lineStart, len: minIndent - (j - lineStart) });
    } else while (j < lineEnd && text[j] === ' ') j++;
    const indent = j - lineStart;
    if (depth === 0 && !quote && blockParent >= 0) {
      if (j >= lineEnd || indent > blockParent) {
        i = lineEnd + 1;
        continue;
      }
      blockParent = -1;
    }
    let prev = '';
    for (let p = j; p < lineEnd; p++) {
      const ch = text[p];
      if (quote) {
        if (quote === '"' && ch === '\\') p++;
        else if (ch === quote) {
          if (quote === "'" && text[p + 1] === "'") p++;
          else quote = '';
        }
        continue;
      }
      if (ch === '#' && (p === lineStart || /\s/.test(text[p - 1]))) break;
      const atValueStart = prev === '' || prev === ':' || prev === '-' || prev === '?' || prev === ',' || prev === '[' || prev === '{';
      if ((ch === '"' || ch === "'") && atValueStart) quote = ch;
      else if ((ch === '{' || ch === '[') && (depth > 0 || atValueStart)) {
        if (depth === 0) minIndent = indent + 1;
        depth++;
      } else if ((ch === '}' || ch === ']') && depth > 0) depth--;
      if (!/\s/.test(ch)) prev = ch;
    }
    if (depth === 0 && !quote && /(^|[:\s-])[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(j, lineEnd).trimEnd())) blockParent = indent;
    i = lineEnd + 1;
  }
  if (!changed && !inserts.length) return undefined;
  const relaxed = chars.join('');
  let out = '';
  let last = 0;
  for (const ins of inserts) {
    out += relaxed.slice(last, ins.at) + ' '.repeat(ins.len);
    last = ins.at;
  }
  return { text: out + relaxed.slice(last), inserts };
}
