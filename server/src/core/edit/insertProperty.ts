/**
 * Insert properties into an object node, in the file's own syntax and indentation.
 * JSON (and YAML flow maps) get their commas right; YAML block maps get new lines at the
 * children's column. Several properties go in as one edit so fixes never overlap.
 */
import type { AstNode } from '../parse/tree';
import { propertyKey } from '../parse/tree';
import type { SourceFile, TextEdit } from '../types';
import { columnOf, endOf, indentUnit, lineEndOf, lineIndent } from './text';
import { valueText } from './serialize';

export interface InsertOptions {
  /** put the new properties right after the first of these keys that exists (else at the end) */
  after?: string[];
  /** put them first instead of last */
  first?: boolean;
}

type File = Pick<SourceFile, 'text' | 'language'>;

export function insertProperty(file: File, obj: AstNode, key: string, value: unknown, opts: InsertOptions = {}): TextEdit {
  return insertProperties(file, obj, [[key, value]], opts);
}

export function insertProperties(file: File, obj: AstNode, entries: [string, unknown][], opts: InsertOptions = {}): TextEdit {
  const { text, language } = file;
  const unit = indentUnit(text);
  const props = obj.children ?? [];
  const anchor = pickAnchor(props, opts);
  const flow = language === 'json' || text[obj.offset] === '{';

  if (flow) {
    // YAML flow maps take JSON text too: JSON is a subset of YAML's flow syntax
    const keyText = (k: string) => (language === 'json' ? JSON.stringify(k) : k);
    if (props.length === 0) {
      if (language !== 'json')
        return {
          offset: obj.offset,
          length: obj.length,
          newText: `{ ${entries.map(([k, v]) => `${keyText(k)}: ${JSON.stringify(v)}`).join(', ')} }`,
        };
      const outer = lineIndent(text, obj.offset);
      const child = outer + unit;
      const body = entries.map(([k, v]) => `${child}${keyText(k)}: ${valueText('json', v, child, unit)}`).join(',\n');
      // an object still being typed (`{` at the end of the file) has no `}` to keep
      const closed = obj.length >= 2 && text[obj.offset + obj.length - 1] === '}';
      return closed
        ? { offset: obj.offset + 1, length: obj.length - 2, newText: `\n${body}\n${outer}` }
        : { offset: obj.offset + 1, length: 0, newText: `\n${body}` };
    }
    const multiline = text.slice(obj.offset, props[0].offset).includes('\n');
    if (!multiline) {
      const items = entries.map(([k, v]) => `${keyText(k)}: ${JSON.stringify(v)}`);
      if (anchor === 'start') return { offset: props[0].offset, length: 0, newText: `${items.join(', ')}, ` };
      return { offset: endOf(anchor), length: 0, newText: `, ${items.join(', ')}` };
    }
    const childIndent = lineIndent(text, (anchor === 'start' ? props[0] : anchor).offset);
    const items = entries.map(([k, v]) => `${keyText(k)}: ${valueText('json', v, childIndent, unit)}`);
    if (anchor === 'start') return { offset: props[0].offset, length: 0, newText: `${items.join(`,\n${childIndent}`)},\n${childIndent}` };
    return { offset: endOf(anchor), length: 0, newText: items.map((i) => `,\n${childIndent}${i}`).join('') };
  }

  // YAML block map: new lines at the column of the existing keys
  const col = props.length ? columnOf(text, props[0].offset) : columnOf(text, obj.offset);
  const indent = ' '.repeat(col);
  const lines = entries.map(([k, v]) => {
    const vt = valueText('yaml', v, indent + (unit === '\t' ? '  ' : unit), unit);
    return `${k}:${vt.startsWith('\n') ? '' : ' '}${vt}`;
  });
  if (anchor === 'start') {
    // the first key may follow a sequence dash: insert before it and move it to the next line
    return { offset: props[0].offset, length: 0, newText: `${lines.join(`\n${indent}`)}\n${indent}` };
  }
  let end = endOf(anchor);
  while (end > anchor.offset && /\s/.test(text[end - 1])) end--;
  end = lineEndOf(text, end);
  if (text[end - 1] === '\r') end--;
  return { offset: end, length: 0, newText: lines.map((l) => `\n${indent}${l}`).join('') };
}

function pickAnchor(props: AstNode[], opts: InsertOptions): AstNode | 'start' {
  if (props.length === 0 || opts.first) return 'start';
  for (const k of opts.after ?? []) {
    const p = props.find((q) => propertyKey(q) === k);
    if (p) return p;
  }
  return props[props.length - 1];
}
