/** Hover: the field's description, type, allowed values, default and AWS link, plus contributed facts. */
import type { SourceFile } from '../types';
import { nodeAtOffset, pathOf, type AstNode } from '../parse/tree';
import { schemasAtPath, typeName } from '../schema/navigate';
import { docAt } from '../complete/location';
import { summary, docLink, facts } from './describe';
import { FAMILY_LIST, familyOf } from '../families';
import type { HoverServices } from './contributors';

/** every family's hover contributors; each decides where it applies */
const HOVER_CONTRIBUTORS = FAMILY_LIST.flatMap((f) => f.hover);
import { asText } from '../text/asText';

export interface HoverResult {
  markdown: string;
  offset: number;
  length: number;
}

export function hover(file: SourceFile, offset: number, services: HoverServices): HoverResult | undefined {
  const doc = docAt(file, offset);
  if (!doc || doc.kind.family === 'none' || doc.templated || !doc.root) return undefined;
  const node = nodeAtOffset(doc.root, offset, false);
  if (!node) return undefined;
  const target: AstNode = node.type === 'property' ? (node.children?.[0] ?? node) : node;
  if (target.type === 'object' || target.type === 'array') return undefined;
  const family = familyOf(doc.kind);
  const path = family?.bodyPath(doc.kind, pathOf(target)) ?? [];
  const isKey = target.parent?.type === 'property' && target.parent.children?.[0] === target;
  const sections: string[] = [];
  const id = family?.schemaId(doc.kind, services.store, services.workspace);
  const root = id ? services.store.resolve(id) : undefined;
  if (root && id && path.length) {
    const located = schemasAtPath(services.store, { schema: root, base: id }, path);
    if (located.length) {
      const name = asText(path[path.length - 1]);
      const schemas = located.map((l) => l.schema);
      const desc = schemas.map(summary).find(Boolean);
      const head = [`**${name}**`, desc].filter(Boolean).join(' — ');
      sections.push(head, facts(schemas, typeName(services.store, located)).join('  \n'));
      const link = schemas.map(docLink).find(Boolean);
      if (link) sections.push(link);
    }
  }
  for (const c of HOVER_CONTRIBUTORS) {
    try {
      const extra = c({ file, doc, node: target, path, isKey }, services);
      if (extra) sections.push(extra);
    } catch {
      /* keep the schema hover */
    }
  }
  const markdown = sections.filter((s) => s && s.trim()).join('\n\n');
  if (!markdown) return undefined;
  return { markdown, offset: target.offset, length: target.length };
}
