/**
 * What the template builders (graph/cfn*.ts) share: one template with its document, the node each
 * of its logical ids became, and how a template resource becomes a node — named by its physical
 * name when the template writes one (so the same bucket or cluster elsewhere merges with it), else
 * by its logical id within this template; clicking it opens the logical id.
 */
import type { AstNode } from '../parse/tree';
import type { DocEntry } from '../workspace';
import type { CfnResource, CfnTemplate } from '../cfn/template';
import { getAttParts, intrinsicOf, subParts, subVariables } from '../cfn/intrinsics';
import { prop } from '../cfn/iam/templateRoles';
import { resolveNode } from '../cfn/ecs/resolve';
import { AWS_GROUP, nodeId, type GraphBuilder, type NodeKind, type SourceSpan } from './model';

export interface TemplateCtx {
  b: GraphBuilder;
  entry: DocEntry;
  t: CfnTemplate;
  /** logical id → the node drawn for it */
  ids: Map<string, string>;
  /** the resources by type (made on first use) */
  byType?: Map<string, CfnResource[]>;
}

export { prop };

const NO_CHOICES: ReadonlyMap<string, unknown> = new Map();

/** the logical id as written (what a click opens) */
export const keySpan = (ctx: TemplateCtx, r: CfnResource): SourceSpan => ({
  uri: ctx.entry.file.uri,
  offset: r.key.offset,
  length: r.key.length,
});
/** the whole resource entry: findings inside it mark the node */
export const entrySpan = (ctx: TemplateCtx, r: CfnResource): SourceSpan => ({
  uri: ctx.entry.file.uri,
  offset: r.prop.offset,
  length: r.prop.length,
});

/** a property's value as a literal string when the template alone says what it is */
export function literal(ctx: TemplateCtx, node: AstNode | undefined): string | undefined {
  if (!node) return undefined;
  const v = resolveNode(ctx.t, node, NO_CHOICES);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** the resources of the template of one of `types`, in template order */
export function resourcesOf(ctx: TemplateCtx, ...types: string[]): CfnResource[] {
  if (!ctx.byType) {
    // every builder asks for a few types: the template is sorted by type once
    ctx.byType = new Map();
    for (const r of ctx.t.resources.values()) {
      if (r.type === undefined) continue;
      const list = ctx.byType.get(r.type);
      if (list) list.push(r);
      else ctx.byType.set(r.type, [r]);
    }
  }
  if (types.length === 1) return ctx.byType.get(types[0]) ?? [];
  const wanted = new Set(types);
  return [...ctx.t.resources.values()].filter((r) => r.type !== undefined && wanted.has(r.type));
}

export interface ResourceNodeInit {
  kind: NodeKind;
  /** words before the name: `S3 bucket` */
  word: string;
  /** the property holding the physical name (`BucketName`) */
  nameProp?: string;
  group?: string | null;
  facts?: string[];
}

/**
 * The node of a template resource. A literal physical name makes the id global (merges with the
 * same resource named elsewhere); without one, the id is the template's own.
 */
export function resourceNode(ctx: TemplateCtx, r: CfnResource, init: ResourceNodeInit): string {
  const name = init.nameProp ? literal(ctx, prop(r.properties, init.nameProp)) : undefined;
  const id = name ? nodeId(init.kind, name) : localId(ctx, init.kind, r.name);
  const group = init.group === null ? undefined : (init.group ?? AWS_GROUP);
  const facts = [...(name ? [] : [`logical id ${r.name} (CloudFormation names it at deploy time)`]), ...(init.facts ?? [])];
  ctx.b.node(init.kind, id, { label: `${init.word} ${name ?? r.name}`, group, facts, source: keySpan(ctx, r) });
  ctx.b.node(init.kind, id, { label: '', source: entrySpan(ctx, r) });
  ctx.ids.set(r.name, id);
  return id;
}

/**
 * CloudFormation names a resource written without a name `STACK-LogicalId-RANDOM`; the logical id
 * and the file's name (for the stack's) stand in, so two templates' `TaskDefinition`s stay two nodes.
 */
export function generatedName(ctx: TemplateCtx, logicalId: string): string {
  const file = decodeURIComponent(ctx.entry.file.uri.split('/').pop() ?? '');
  const stem = file.replace(/(\.template)?(\.(json|ya?ml|template))?$/i, '') || 'stack';
  return `${logicalId} (${stem})`;
}

/** the id of a template-only node: kind, the template's uri, the logical id */
export const localId = (ctx: TemplateCtx, kind: NodeKind, logicalId: string): string =>
  nodeId(kind, 'stack', ctx.entry.file.uri, logicalId);

/** the logical id a value names with `Ref`, `GetAtt` or a lone `${Id}`/`${Id.Attr}` in `Sub` */
export function refId(node: AstNode | undefined): string | undefined {
  const fn = intrinsicOf(node);
  if (fn?.name === 'Ref' && typeof fn.arg?.value === 'string') return fn.arg.value;
  if (fn?.name === 'Fn::GetAtt') return getAttParts(fn.arg).idName;
  if (fn?.name === 'Fn::Sub') {
    const s = subParts(fn.arg).template?.value;
    const vars = typeof s === 'string' ? subVariables(s) : [];
    if (vars.length === 1 && typeof s === 'string' && s.trim() === `\${${vars[0].text}}`) return vars[0].name;
  }
  return undefined;
}

/** the node drawn for the resource a value names (undefined: not a resource drawn so far) */
export const nodeAt = (ctx: TemplateCtx, node: AstNode | undefined): string | undefined => {
  const id = refId(node);
  return id ? ctx.ids.get(id) : undefined;
};

/** every logical id a subtree names (Ref, GetAtt, `${…}` of Sub), once each, in order */
export function idsIn(node: AstNode | undefined, out: string[] = [], depth = 0): string[] {
  if (!node || depth > 40) return out;
  const fn = intrinsicOf(node);
  const add = (id: string | undefined) => {
    if (id && !out.includes(id)) out.push(id);
  };
  if (fn?.name === 'Ref' && typeof fn.arg?.value === 'string') add(fn.arg.value);
  else if (fn?.name === 'Fn::GetAtt') add(getAttParts(fn.arg).idName);
  else if (fn?.name === 'Fn::Sub') {
    const { template, vars } = subParts(fn.arg);
    if (typeof template?.value === 'string') for (const v of subVariables(template.value)) if (!prop(vars, v.text)) add(v.name);
    idsIn(vars, out, depth + 1);
  } else for (const c of node.children ?? []) idsIn(c, out, depth + 1);
  return out;
}

/** the items of a list property (a single value counts as a list of one) */
export function items(node: AstNode | undefined): AstNode[] {
  if (!node) return [];
  return node.type === 'array' ? (node.children ?? []) : [node];
}
