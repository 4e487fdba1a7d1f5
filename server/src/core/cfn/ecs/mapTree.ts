/**
 * A template resource's `Properties` as the API document the ECS rules read: a new tree with the
 * API's names whose nodes keep the template's offsets, so findings land on the template's own
 * keys and values. Intrinsics are replaced by what they resolve to; one that does not resolve
 * becomes a `${…}` placeholder, which the ECS rules treat as "filled in later" and leave alone.
 */
import type { AstNode } from '../../parse/tree';
import { propertyKey, propertyValue, toValue } from '../../parse/tree';
import { getAttParts, intrinsicOf } from '../intrinsics';
import type { DocUnit } from '../../types';
import type { EcsDocType } from '../../ecs/kind';
import type { CfnResource } from '../template';
import { apiName, BOOLEAN_FIELDS, INTEGER_FIELDS, MAP_VALUED } from './names';

/** a literal an intrinsic resolves to, or undefined */
export type Resolve = (node: AstNode, fn: string) => string | number | boolean | undefined;

export interface MappedTree {
  root: AstNode;
  value: unknown;
  /** API name → CloudFormation name, for every renamed key (messages speak the template's names) */
  names: Map<string, string>;
}

const fnName = (node: AstNode | undefined): string | undefined => intrinsicOf(node)?.name;

const isNoValue = (n: AstNode | undefined): boolean => fnName(n) === 'Ref' && propertyValue(n!.children![0])?.value === 'AWS::NoValue';

export function mapProperties(type: string, props: AstNode, resolve: Resolve): MappedTree {
  const names = new Map<string, string>();
  const root = mapNode(props, { type, resolve, names, depth: 0, inContainer: false, field: undefined }) ?? scalar(props, {});
  root.parent = undefined;
  return { root, value: toValue(root), names };
}

interface Walk {
  type: string;
  resolve: Resolve;
  names: Map<string, string>;
  depth: number;
  inContainer: boolean;
  /** the CloudFormation property this value belongs to */
  field: string | undefined;
}

function scalar(at: AstNode, value: unknown): AstNode {
  const type =
    typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : typeof value === 'string' ? 'string' : 'object';
  return type === 'object'
    ? { type, offset: at.offset, length: at.length, children: [] }
    : { type, offset: at.offset, length: at.length, value };
}

/** undefined: leave the value out (AWS::NoValue) */
function mapNode(node: AstNode, w: Walk): AstNode | undefined {
  if (w.depth > 60) return undefined;
  const fn = fnName(node);
  if (fn) return mapIntrinsic(node, fn, w);
  if (node.type === 'object') {
    const out: AstNode = { type: 'object', offset: node.offset, length: node.length, children: [] };
    const keepKeys = w.field !== undefined && MAP_VALUED.has(w.field);
    for (const p of node.children ?? []) {
      const key = p.children?.[0];
      const k = propertyKey(p);
      const v = propertyValue(p);
      if (!key || k === undefined) continue;
      const api = keepKeys ? k : apiName(w.type, k, w.depth === 0);
      if (api === undefined) continue;
      if (api !== k) w.names.set(api, k);
      const inContainer = w.inContainer || (api === 'containerDefinitions' && w.depth === 0);
      const mapped = v ? mapNode(v, { ...w, depth: w.depth + 1, inContainer, field: keepKeys ? undefined : k }) : undefined;
      if (v && !mapped) continue;
      const prop: AstNode = { type: 'property', offset: p.offset, length: p.length, colonOffset: p.colonOffset, children: [] };
      const keyNode: AstNode = { type: 'string', offset: key.offset, length: key.length, value: api, parent: prop };
      prop.children!.push(keyNode);
      if (mapped) {
        mapped.parent = prop;
        prop.children!.push(coerce(mapped, api, w.inContainer));
      }
      prop.parent = out;
      out.children!.push(prop);
    }
    return out;
  }
  if (node.type === 'array') {
    const out: AstNode = { type: 'array', offset: node.offset, length: node.length, children: [] };
    for (const item of node.children ?? []) {
      const m = mapNode(item, { ...w, depth: w.depth + 1 });
      if (!m) continue;
      m.parent = out;
      out.children!.push(m);
    }
    return out;
  }
  return { ...node, parent: undefined, children: undefined };
}

function mapIntrinsic(node: AstNode, fn: string, w: Walk): AstNode | undefined {
  if (isNoValue(node)) return undefined;
  if (fn === 'Fn::If') {
    // the property is set under some condition: read the branch that sets it
    const args = propertyValue(node.children![0]);
    const branches = args?.type === 'array' ? args.children!.slice(1, 3) : [];
    const chosen = branches.find((b) => !isNoValue(b));
    return chosen ? mapNode(chosen, { ...w, depth: w.depth + 1 }) : undefined;
  }
  const v = w.resolve(node, fn);
  if (v !== undefined) return scalar(node, v);
  return { type: 'string', offset: node.offset, length: node.length, value: `\${${placeholderName(node, fn)}}` };
}

/** CloudFormation takes "80" and "true" where the API wants 80 and true */
function coerce(n: AstNode, api: string, inContainer: boolean): AstNode {
  if (n.type !== 'string' || typeof n.value !== 'string') return n;
  const int = INTEGER_FIELDS.has(api) || (inContainer && (api === 'cpu' || api === 'memory'));
  if (int && /^\d+$/.test(n.value)) return { ...n, type: 'number', value: Number(n.value) };
  if (BOOLEAN_FIELDS.has(api) && /^(true|false)$/i.test(n.value)) return { ...n, type: 'boolean', value: n.value.toLowerCase() === 'true' };
  return n;
}

/** what a placeholder for an unresolved function says: `${Param}`, `${Role.Arn}`, `${Fn::Sub}` */
function placeholderName(node: AstNode, fn: string): string {
  const arg = intrinsicOf(node)?.arg;
  if (fn === 'Ref' && typeof arg?.value === 'string') return arg.value;
  if (fn === 'Fn::GetAtt') {
    const { idName, attrName } = getAttParts(arg);
    if (idName) return attrName ? `${idName}.${attrName}` : idName;
  }
  return fn;
}

/** The ECS document a mapped resource stands for, placed at the resource's properties, where its findings land. */
export function resourceUnit(r: CfnResource, root: AstNode, value: Record<string, unknown>, type: EcsDocType, index = 0): DocUnit {
  return {
    index,
    offset: r.prop.offset,
    length: r.prop.length,
    root,
    value,
    kind: { family: 'ecs', type },
    body: root,
    syntaxErrors: [],
  };
}
