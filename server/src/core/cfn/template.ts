/**
 * One CloudFormation template as a model: its parameters, mappings, conditions, resources (by
 * logical id) and outputs, each with the tree nodes it came from. Built once per document and
 * kept while the document is (a WeakMap keyed by the DocUnit, whose content never changes).
 */
import { findProperty, propertyKey, propertyValue, type AstNode } from '../parse/tree';
import type { DocUnit } from '../types';
import { isObj } from '../value';
import { transforms } from './detect';

/** A named entry of a section: `MyBucket:` under `Resources`, with its key and value nodes. */
export interface CfnEntry {
  name: string;
  /** the key node (where the name is written) */
  key: AstNode;
  /** the property node (key and value: the whole entry) */
  prop: AstNode;
  /** the value node */
  node: AstNode | undefined;
}

export interface CfnParameter extends CfnEntry {
  type?: string;
  default?: unknown;
  allowedValues?: unknown[];
  description?: string;
}

export interface CfnResource extends CfnEntry {
  /** `AWS::S3::Bucket`; undefined when not written as a string */
  type?: string;
  typeNode?: AstNode;
  properties?: AstNode;
  /** the string nodes of `DependsOn` (one or a list) */
  dependsOn: AstNode[];
  /** the value node of the resource's `Condition` */
  condition?: AstNode;
}

export interface CfnOutput extends CfnEntry {
  value?: AstNode;
  /** the value node of `Export.Name` */
  exportName?: AstNode;
  condition?: AstNode;
}

export interface CfnTemplate {
  root: AstNode;
  transforms: string[];
  sam: boolean;
  parameters: Map<string, CfnParameter>;
  mappings: Map<string, CfnEntry>;
  conditions: Map<string, CfnEntry>;
  resources: Map<string, CfnResource>;
  outputs: Map<string, CfnOutput>;
  /** the section nodes as written (`Resources:` …), for completion and hover */
  sections: Map<string, CfnEntry>;
}

/** the top-level sections a template may have */
export const SECTIONS = [
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
  'Hooks',
  'Globals',
] as const;

const cache = new WeakMap<DocUnit, CfnTemplate | null>();

/** The template model of a CloudFormation document; undefined for any other document. */
export function templateOf(doc: DocUnit): CfnTemplate | undefined {
  if (doc.kind.family !== 'cfn' || !doc.root || doc.root.type !== 'object') return undefined;
  let t = cache.get(doc);
  if (t === undefined) {
    t = buildTemplate(doc.root, isObj(doc.value) ? transforms(doc.value) : []);
    cache.set(doc, t);
  }
  return t ?? undefined;
}

/** The entries of an object node, in order (the last of a duplicated key wins, as CloudFormation reads it). */
export function entries(obj: AstNode | undefined): CfnEntry[] {
  if (obj?.type !== 'object') return [];
  const out = new Map<string, CfnEntry>();
  for (const prop of obj.children ?? []) {
    const name = propertyKey(prop);
    if (name === undefined) continue;
    out.delete(name);
    out.set(name, { name, key: prop.children![0], prop, node: propertyValue(prop) });
  }
  return [...out.values()];
}

const valueAt = (obj: AstNode | undefined, key: string): AstNode | undefined => {
  const p = findProperty(obj, key);
  return p ? propertyValue(p) : undefined;
};
const stringValue = (n: AstNode | undefined): string | undefined => (typeof n?.value === 'string' ? n.value : undefined);

export function buildTemplate(root: AstNode, declaredTransforms: string[] = []): CfnTemplate {
  const sections = new Map(entries(root).map((e) => [e.name, e]));
  const section = (name: string) => sections.get(name)?.node;
  const parameters = new Map<string, CfnParameter>();
  for (const e of entries(section('Parameters'))) {
    const v = isObj(toPlain(e.node)) ? (toPlain(e.node) as Record<string, unknown>) : {};
    parameters.set(e.name, {
      ...e,
      type: typeof v.Type === 'string' ? v.Type : undefined,
      default: v.Default,
      allowedValues: Array.isArray(v.AllowedValues) ? v.AllowedValues : undefined,
      description: typeof v.Description === 'string' ? v.Description : undefined,
    });
  }
  const resources = new Map<string, CfnResource>();
  for (const e of entries(section('Resources'))) resources.set(e.name, resourceOf(e));
  const outputs = new Map<string, CfnOutput>();
  for (const e of entries(section('Outputs')))
    outputs.set(e.name, {
      ...e,
      value: valueAt(e.node, 'Value'),
      exportName: valueAt(valueAt(e.node, 'Export'), 'Name'),
      condition: valueAt(e.node, 'Condition'),
    });
  return {
    root,
    transforms: declaredTransforms,
    sam: declaredTransforms.includes('AWS::Serverless-2016-10-31'),
    parameters,
    mappings: new Map(entries(section('Mappings')).map((e) => [e.name, e])),
    conditions: new Map(entries(section('Conditions')).map((e) => [e.name, e])),
    resources,
    outputs,
    sections,
  };
}

/**
 * The model of one resource entry, kept per property node: everything in it is read from that
 * node's subtree and holds node references only (no offsets), and the incremental re-parse
 * (reanalyzeEntry.ts) keeps an untouched entry's nodes, moving them in place. So a keystroke
 * elsewhere in a big template reuses the other resources' models, and the per-resource memos
 * keyed by them (cfn/ecs/viewMemo.ts) see the same objects.
 */
const resourceModels = new WeakMap<AstNode, CfnResource>();

function resourceOf(e: CfnEntry): CfnResource {
  const kept = resourceModels.get(e.prop);
  if (kept && kept.name === e.name) return kept;
  const typeNode = valueAt(e.node, 'Type');
  const deps = valueAt(e.node, 'DependsOn');
  const r: CfnResource = {
    ...e,
    type: stringValue(typeNode),
    typeNode,
    properties: valueAt(e.node, 'Properties'),
    dependsOn: deps?.type === 'string' ? [deps] : deps?.type === 'array' ? (deps.children ?? []).filter((c) => c.type === 'string') : [],
    condition: valueAt(e.node, 'Condition'),
  };
  resourceModels.set(e.prop, r);
  return r;
}

/** A node's plain value, for the small objects of a parameter (never the whole template). */
function toPlain(n: AstNode | undefined, depth = 0): unknown {
  if (!n || depth > 20) return undefined;
  if (n.type === 'object') {
    const o: Record<string, unknown> = {};
    for (const p of n.children ?? []) {
      const k = propertyKey(p);
      if (k !== undefined && k !== '__proto__') o[k] = toPlain(propertyValue(p), depth + 1);
    }
    return o;
  }
  if (n.type === 'array') return (n.children ?? []).map((c) => toPlain(c, depth + 1));
  return n.value;
}

/** Every logical id a `Ref` may name: parameters and resources (pseudo parameters aside). */
export function refTargets(t: CfnTemplate): string[] {
  return [...t.parameters.keys(), ...t.resources.keys()];
}

/** The resources of one type (`AWS::ECS::Service`), in template order. */
export function resourcesOfType(t: CfnTemplate, type: string): CfnResource[] {
  const out: CfnResource[] = [];
  for (const r of t.resources.values()) if (r.type === type) out.push(r);
  return out;
}
