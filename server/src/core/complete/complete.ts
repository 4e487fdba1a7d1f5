/** Completion: keys with value skeletons and enum values from the schema, plus contributed values. */
import type { SourceFile } from '../types';
import type { SchemaStore, Schema } from '../schema/store';
import type { WorkspaceIndex } from '../workspace';
import { schemasAtPath, propertiesOf, type Located } from '../schema/navigate';
import { cursorContext } from './location';
import { valueSkeleton } from './skeleton';
import { contributors } from './contributors';
import { familyOf, schemaIdFor } from '../families';
import { docLink, summary } from '../hover/describe';
import type { CompletionEntry, CompletionServices, CursorContext } from './types';
import { asText } from '../text/asText';

export function complete(file: SourceFile, offset: number, services: CompletionServices): CompletionEntry[] {
  const ctx = cursorContext(file, offset);
  if (!ctx || ctx.doc.templated) return [];
  // a YAML document still being written (`apiVersion:` without `kind:`) is not detected yet: only contributors may help
  if (
    ctx.doc.kind.family === 'none' &&
    !(ctx.file.language === 'yaml' && ctx.path.length === 1 && (ctx.path[0] === 'apiVersion' || ctx.path[0] === 'kind'))
  )
    return [];
  const out: CompletionEntry[] = [];
  const root = rootLocated(services.store, ctx, services.workspace);
  if (root) {
    const located = schemasAtPath(services.store, root, bodyPath(ctx));
    if (ctx.atKey) out.push(...keyItems(ctx, located, services.store));
    else out.push(...valueItems(ctx, located));
  }
  for (const c of contributors) {
    try {
      out.push(...c(ctx, services));
    } catch {
      /* a contributor failing must not lose the schema items */
    }
  }
  return dedupe(out);
}

function rootLocated(store: SchemaStore, ctx: CursorContext, workspace: WorkspaceIndex): Located | undefined {
  const id = schemaIdFor(ctx.doc.kind, store, workspace);
  if (!id) return undefined;
  const schema = store.resolve(id);
  return schema ? { schema, base: id } : undefined;
}

/** the cursor's path inside the schema's body (outside it, a path no schema has) */
function bodyPath(ctx: CursorContext) {
  return familyOf(ctx.doc.kind)?.bodyPath(ctx.doc.kind, ctx.path) ?? ['__none__'];
}

function keyItems(ctx: CursorContext, located: Located[], store: SchemaStore): CompletionEntry[] {
  const lang = ctx.file.language;
  const indent = lang === 'json' ? indentOfLine(ctx) : ' '.repeat(ctx.column);
  const out: CompletionEntry[] = [];
  for (const [key, info] of propertiesOf(located)) {
    if (ctx.existingKeys.has(key)) continue;
    const s = info.schema as Schema;
    if (s['x-read-only'] || s.deprecated) continue;
    const value = valueSkeleton(resolveShallow(store, info), lang, indent);
    const insertText = lang === 'json' ? `"${key}": ${value}` : `${key}:${value.startsWith('\n') ? '' : ' '}${value}`;
    out.push({
      label: key,
      kind: 'property',
      detail: info.required ? 'required' : undefined,
      documentation: documentation(info.schema, info.base),
      insertText,
      snippet: true,
      replace: ctx.replace,
      sortText: `${info.required ? '0' : '1'}${key}`,
      filterText: lang === 'json' && ctx.quoted ? `"${key}"` : key,
    });
  }
  return out;
}

/** a property defined by $ref: its target's shape decides the skeleton */
function resolveShallow(store: SchemaStore, info: { schema: Schema; base: string }): Schema {
  if (typeof info.schema.$ref !== 'string') return info.schema;
  return { ...(store.resolve(info.schema.$ref, info.base) ?? {}), ...info.schema, $ref: undefined };
}

function valueItems(ctx: CursorContext, located: Located[]): CompletionEntry[] {
  const lang = ctx.file.language;
  const values = new Map<string, { value: unknown; doc?: string }>();
  for (const l of located) {
    const s = l.schema;
    if (Array.isArray(s.enum))
      s.enum.forEach((v: unknown, i: number) => values.set(JSON.stringify(v), { value: v, doc: s.enumDescriptions?.[i] }));
    if (s.const !== undefined) values.set(JSON.stringify(s.const), { value: s.const });
    const t = Array.isArray(s.type) ? s.type : [s.type];
    if (t.includes('boolean')) {
      values.set('true', { value: true });
      values.set('false', { value: false });
    }
  }
  const out: CompletionEntry[] = [];
  for (const { value, doc } of values.values()) {
    const text = lang === 'json' ? JSON.stringify(value) : asText(value);
    out.push({
      label: asText(value),
      kind: 'enum',
      documentation: doc,
      insertText: text,
      snippet: false,
      replace: ctx.replace,
      filterText: lang === 'json' && ctx.quoted ? `"${asText(value)}"` : asText(value),
    });
  }
  return out;
}

function indentOfLine(ctx: CursorContext): string {
  const line = ctx.file.lines.positionAt(ctx.offset).line;
  const start = ctx.file.lines.lineStart(line);
  return /^[ \t]*/.exec(ctx.file.text.slice(start, start + 200))![0];
}

function documentation(s: Schema, base: string): string | undefined {
  const parts = [summary(s)];
  const link = docLink(s);
  if (link) parts.push(link);
  void base;
  return parts.filter(Boolean).join('\n\n') || undefined;
}

function dedupe(items: CompletionEntry[]): CompletionEntry[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.label) ? false : (seen.add(i.label), true)));
}
