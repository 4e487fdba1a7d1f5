/**
 * CloudFormation templates in the reference model: a template declares its parameters,
 * resources, conditions, mappings and outputs (with their export names); `Ref`, `Fn::GetAtt`,
 * `${…}` in `Fn::Sub`, `DependsOn`, `Condition` and `Fn::FindInMap` refer to them, and
 * `Fn::ImportValue` refers to an export of another template in the workspace.
 */
import type { AstNode } from '../parse/tree';
import type { DocUnit } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { CFN_KEY } from '../cfn/kind';
import { templateOf, type CfnEntry } from '../cfn/template';
import { templateRefs, type CfnRef } from '../cfn/references';
import { ecsTargets } from '../cfn/events/targets';
import { parseTaskDefRef } from '../ecs/refs';
import { taskTargetReference } from './taskTarget';
import type { DeclarationsOf } from './ecs';
import type { Declaration, DocRefs, Located, Reference, SymbolKindName } from './types';

/** what each kind of reference points at, as the declarations name it */
export const CFN_DECL = {
  parameter: 'parameter',
  resource: 'resource',
  condition: 'condition',
  mapping: 'mapping',
  output: 'output',
  export: 'export',
} as const;

function spanOfName(text: string, node: AstNode, name: string): { delta: number; length: number } {
  const i = text.slice(node.offset, node.offset + node.length).indexOf(name);
  return i < 0 ? { delta: 0, length: node.length } : { delta: i, length: name.length };
}

function declare(text: string, e: CfnEntry, kind: string, symbol: SymbolKindName, renamable: boolean): Declaration {
  return {
    at: e.key,
    ...spanOfName(text, e.key, e.name),
    kind,
    name: e.name,
    symbol,
    full: e.prop,
    children: [],
    ...(renamable ? { renamable } : {}),
  };
}

export function collectCfn(text: string, doc: DocUnit, declarationsOf: DeclarationsOf): DocRefs {
  const t = templateOf(doc);
  if (!t) return { declarations: [], references: [] };
  const byKind = new Map<string, Map<string, Declaration>>();
  const add = (d: Declaration) => {
    let m = byKind.get(d.kind);
    if (!m) byKind.set(d.kind, (m = new Map()));
    m.set(d.name, d);
    return d;
  };
  const declarations: Declaration[] = [];
  for (const e of t.parameters.values()) declarations.push(add(declare(text, e, CFN_DECL.parameter, 'constant', true)));
  for (const e of t.mappings.values()) declarations.push(add(declare(text, e, CFN_DECL.mapping, 'namespace', true)));
  for (const e of t.conditions.values()) declarations.push(add(declare(text, e, CFN_DECL.condition, 'event', true)));
  for (const e of t.resources.values()) declarations.push(add(declare(text, e, CFN_DECL.resource, 'object', true)));
  for (const o of t.outputs.values()) {
    const d = add(declare(text, o, CFN_DECL.output, 'field', false));
    const ex = o.exportName;
    if (ex?.type === 'string' && typeof ex.value === 'string' && ex.value)
      d.children.push(
        add({ at: ex, ...spanOfName(text, ex, ex.value), kind: CFN_DECL.export, name: ex.value, symbol: 'key', full: ex, children: [] }),
      );
    declarations.push(d);
  }
  const local = (kind: string, name: string): Located[] => {
    const d = byKind.get(kind)?.get(name);
    return d ? [{ uri: '', decl: d }] : [];
  };
  const references: Reference[] = [];
  for (const r of templateRefs(text, doc)) {
    const kind = targetKind(r, (k, n) => !!byKind.get(k)?.has(n));
    if (!kind) continue;
    const ref: Reference = { at: r.node, delta: r.delta, length: r.length, kind, name: r.name, resolve: () => [] };
    if (kind === CFN_DECL.export) ref.resolve = (ws) => exportsNamed(ws, r.name, declarationsOf);
    else ref.resolve = (_ws, uri) => local(kind, r.name).map((l) => ({ uri, decl: l.decl }));
    references.push(ref);
  }
  references.push(...targetTaskDefinitions(text, t, declarationsOf));
  return { declarations, references };
}

/**
 * A rule or schedule whose ECS target names a task definition by family or ARN (not a resource of
 * this template) refers to the task definition files of the workspace with that family.
 */
function targetTaskDefinitions(text: string, t: NonNullable<ReturnType<typeof templateOf>>, declarationsOf: DeclarationsOf): Reference[] {
  const out: Reference[] = [];
  for (const target of ecsTargets(t)) {
    const node = target.taskDefinition;
    const value = node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
    const ref = value ? parseTaskDefRef(value) : undefined;
    if (!node || !value || !ref) continue;
    out.push(taskTargetReference(text, node, value, ref, target.flavour, declarationsOf));
  }
  return out;
}

/** The kind of declaration a reference points at (a `Ref` names a parameter or a resource). */
function targetKind(r: CfnRef, has: (kind: string, name: string) => boolean): string | undefined {
  switch (r.kind) {
    case 'ref':
      return has(CFN_DECL.parameter, r.name) ? CFN_DECL.parameter : has(CFN_DECL.resource, r.name) ? CFN_DECL.resource : undefined;
    case 'getatt':
    case 'dependsOn':
      return CFN_DECL.resource;
    case 'condition':
      return CFN_DECL.condition;
    case 'mapping':
      return CFN_DECL.mapping;
    case 'import':
      return CFN_DECL.export;
  }
}

/** The outputs of every template in the workspace exported under `name`. */
function exportsNamed(ws: WorkspaceIndex, name: string, declarationsOf: DeclarationsOf): Located[] {
  const out: Located[] = [];
  for (const entry of ws.docs(CFN_KEY))
    for (const d of declarationsOf(ws, entry))
      for (const c of d.children) if (c.kind === CFN_DECL.export && c.name === name) out.push({ uri: entry.file.uri, decl: c });
  return out;
}
