/** Building completion entries for ECS contributors: values and keys in the file's syntax. */
import type { CompletionEntry, CursorContext } from '../../complete/types';
import type { JsonPath } from '../../parse/tree';
import { scalarText } from '../../edit/serialize';
import { asText } from '../../text/asText';

/** the cursor path relative to the ECS object (inside `taskDefinition` when wrapped) */
export function ecsPath(ctx: CursorContext): JsonPath | undefined {
  const k = ctx.doc.kind;
  if (k.family !== 'ecs') return undefined;
  if (k.wrapped) return ctx.path[0] === 'taskDefinition' ? ctx.path.slice(1) : undefined;
  return ctx.path;
}

export function isEcs(ctx: CursorContext, ...types: string[]): boolean {
  return ctx.doc.kind.family === 'ecs' && types.includes(ctx.doc.kind.type);
}

/** a value item; strings stay strings in YAML too (`"2048"`) when `forceString` is set */
export function valueEntry(
  ctx: CursorContext,
  value: string | number | boolean,
  opts: { detail?: string; documentation?: string; sortText?: string; forceString?: boolean } = {},
): CompletionEntry {
  const lang = ctx.file.language;
  let insertText = scalarText(lang, value);
  if (lang === 'yaml' && (opts.forceString || ctx.quoted) && typeof value === 'string') insertText = JSON.stringify(value);
  const label = asText(value);
  return {
    label,
    kind: 'value',
    detail: opts.detail,
    documentation: opts.documentation,
    insertText,
    snippet: false,
    replace: ctx.replace,
    sortText: opts.sortText,
    filterText: ctx.quoted ? `"${label}"` : label,
  };
}

/** a key item with an empty string value to fill in */
export function keyEntry(
  ctx: CursorContext,
  key: string,
  opts: { detail?: string; documentation?: string; sortText?: string } = {},
): CompletionEntry {
  const lang = ctx.file.language;
  return {
    label: key,
    kind: 'property',
    detail: opts.detail,
    documentation: opts.documentation,
    insertText: lang === 'json' ? `"${key}": "$1"` : `${key}: $1`,
    snippet: true,
    replace: ctx.replace,
    sortText: opts.sortText,
    filterText: lang === 'json' && ctx.quoted ? `"${key}"` : key,
  };
}
