/** Building completion entries for the Kubernetes contributors. */
import type { CompletionEntry, CursorContext } from '../../complete/types';
import { scalarText } from '../../edit/serialize';
import { asObj, namespaceOf } from '../objects';
import { asText } from '../../text/asText';

export const isK8sCtx = (ctx: CursorContext, ...kinds: string[]) =>
  ctx.doc.kind.family === 'k8s' && !ctx.doc.templated && (!kinds.length || kinds.includes(ctx.doc.kind.kind));
export const kindAt = (ctx: CursorContext) => (ctx.doc.kind.family === 'k8s' ? ctx.doc.kind.kind : undefined);
export const nsAt = (ctx: CursorContext) => namespaceOf(ctx.doc.value);
export const docValue = (ctx: CursorContext) => asObj(ctx.doc.value);

/** a value item; YAML values that would not read back as strings are quoted */
export function valueEntry(
  ctx: CursorContext,
  value: string | number,
  opts: { detail?: string; documentation?: string; sortText?: string; kind?: CompletionEntry['kind'] } = {},
): CompletionEntry {
  const label = asText(value);
  const insertText = ctx.file.language === 'yaml' && ctx.quoted ? JSON.stringify(label) : scalarText(ctx.file.language, value);
  return {
    label,
    kind: opts.kind ?? 'reference',
    detail: opts.detail,
    documentation: opts.documentation,
    insertText,
    snippet: false,
    replace: ctx.replace,
    sortText: opts.sortText,
    filterText: ctx.quoted ? `"${label}"` : label,
  };
}

/** a `key: value` item for a map (labels, annotations, parameters); the value is a snippet choice or a tab stop */
export function pairEntry(
  ctx: CursorContext,
  key: string,
  values: string[] | undefined,
  opts: { detail?: string; documentation?: string; sortText?: string; fixedValue?: string } = {},
): CompletionEntry {
  const lang = ctx.file.language;
  const esc = (s: string) => s.replace(/[$}\\|,]/g, (c) => `\\${c}`);
  const q = (s: string) => scalarText(lang, s);
  const value =
    opts.fixedValue !== undefined
      ? esc(q(opts.fixedValue))
      : values?.length
        ? values.length === 1
          ? `\${1:${esc(q(values[0]))}}`
          : `\${1|${values.map((v) => esc(q(v))).join(',')}|}`
        : lang === 'json'
          ? '"$1"'
          : '$1';
  const k = lang === 'json' ? JSON.stringify(key) : scalarText('yaml', key);
  return {
    label: key,
    kind: 'property',
    detail: opts.detail,
    documentation: opts.documentation,
    insertText: `${k}: ${value}`,
    snippet: true,
    replace: ctx.replace,
    sortText: opts.sortText,
    filterText: lang === 'json' && ctx.quoted ? `"${key}"` : key,
  };
}

/** the last `n` segments of the cursor path, for suffix matching */
export function endsWith(path: (string | number)[], ...tail: (string | number | RegExp)[]): boolean {
  if (path.length < tail.length) return false;
  return tail.every((t, i) => {
    const seg = path[path.length - tail.length + i];
    return t instanceof RegExp ? t.test(asText(seg)) : seg === t;
  });
}
