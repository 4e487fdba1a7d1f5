/**
 * What an intrinsic in an ECS resource's properties stands for, when the template alone says:
 * a parameter's value (`AllowedValues`, each in turn, else `Default`), the name a `Ref`/`GetAtt`
 * of a template's own cluster, task definition or capacity provider gives the ECS API (the
 * family or name the ECS rules look up), `Fn::Sub`/`Fn::Join`/`Fn::FindInMap` of those.
 * Anything else (pseudo parameters, imports, attributes of other resources) is undefined.
 */
import { findProperty, propertyValue, type AstNode } from '../../parse/tree';
import type { CfnResource, CfnTemplate } from '../template';
import { getAttParts, intrinsicOf, possibleValues, subParts, subVariables } from '../intrinsics';

type Lit = string | number | boolean;
/** parameter → the value this view takes for it (variants of a parameter with AllowedValues) */
export type Choices = ReadonlyMap<string, unknown>;

const isLit = (v: unknown): v is Lit => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const prop = (obj: AstNode | undefined, key: string) => {
  const p = findProperty(obj, key);
  return p ? propertyValue(p) : undefined;
};

/** the first value a parameter may take (its Default when that is allowed) */
export function firstValue(t: CfnTemplate, name: string): unknown {
  const p = t.parameters.get(name);
  if (!p) return undefined;
  if (p.allowedValues?.length) return p.allowedValues.includes(p.default) ? p.default : p.allowedValues[0];
  return p.default;
}

/** the name ECS knows a template resource by: its name property when literal, else its logical id */
export function ecsNameOf(t: CfnTemplate, r: CfnResource, choices: Choices, depth = 0): string | undefined {
  const key =
    r.type === 'AWS::ECS::TaskDefinition'
      ? 'Family'
      : r.type === 'AWS::ECS::Cluster'
        ? 'ClusterName'
        : r.type === 'AWS::ECS::CapacityProvider'
          ? 'Name'
          : undefined;
  if (!key) return undefined;
  const n = prop(r.properties, key);
  const v = n ? resolveNode(t, n, choices, depth + 1) : undefined;
  return typeof v === 'string' && v ? v : r.name;
}

export function resolveNode(t: CfnTemplate, node: AstNode, choices: Choices, depth = 0): Lit | undefined {
  if (depth > 20) return undefined;
  if (node.type !== 'object' && node.type !== 'array') return isLit(node.value) ? node.value : undefined;
  const fn = intrinsicOf(node);
  if (!fn) return undefined;
  switch (fn.name) {
    case 'Ref': {
      const name = typeof fn.arg?.value === 'string' ? fn.arg.value : undefined;
      if (!name) return undefined;
      if (t.parameters.has(name)) {
        const v = choices.has(name) ? choices.get(name) : firstValue(t, name);
        return isLit(v) ? v : undefined;
      }
      const r = t.resources.get(name);
      return r ? ecsNameOf(t, r, choices, depth) : undefined;
    }
    case 'Fn::GetAtt': {
      const { idName, attrName } = getAttParts(fn.arg);
      const r = idName ? t.resources.get(idName) : undefined;
      if (!r) return undefined;
      const arn =
        (r.type === 'AWS::ECS::Cluster' && attrName === 'Arn') ||
        (r.type === 'AWS::ECS::TaskDefinition' && attrName === 'TaskDefinitionArn');
      return arn ? ecsNameOf(t, r, choices, depth) : undefined;
    }
    case 'Fn::Sub': {
      const { template, vars } = subParts(fn.arg);
      if (typeof template?.value !== 'string') return undefined;
      let out = template.value;
      for (const v of subVariables(template.value).reverse()) {
        const own = prop(vars, v.text);
        const val = own
          ? resolveNode(t, own, choices, depth + 1)
          : !v.attr && t.parameters.has(v.name)
            ? resolveParam(t, v.name, choices)
            : undefined;
        if (val === undefined) return undefined;
        out = out.slice(0, v.start - 2) + String(val) + out.slice(v.start + v.text.length + 1);
      }
      return out.replace(/\$\{!/g, '${');
    }
    case 'Fn::Join': {
      const [sep, list] = fn.arg?.type === 'array' ? (fn.arg.children ?? []) : [];
      if (typeof sep?.value !== 'string' || list?.type !== 'array') return undefined;
      const parts: string[] = [];
      for (const item of list.children ?? []) {
        const v = resolveNode(t, item, choices, depth + 1);
        if (v === undefined) return undefined;
        parts.push(String(v));
      }
      return parts.join(sep.value);
    }
    case 'Fn::FindInMap': {
      const args = fn.arg?.type === 'array' ? (fn.arg.children ?? []) : [];
      if (args.length < 3) return undefined;
      const keys = args.slice(0, 3).map((a) => resolveNode(t, a, choices, depth + 1));
      if (keys.some((k) => typeof k !== 'string')) return undefined;
      const map = t.mappings.get(keys[0] as string)?.node;
      const leaf = prop(prop(map, keys[1] as string), keys[2] as string);
      return leaf && isLit(leaf.value) ? leaf.value : undefined;
    }
    default:
      return undefined;
  }
}

function resolveParam(t: CfnTemplate, name: string, choices: Choices): Lit | undefined {
  const v = choices.has(name) ? choices.get(name) : firstValue(t, name);
  return isLit(v) ? v : undefined;
}

/** parameters `node` refers to (directly) that may take more than one value, with those values */
export function varyingParameters(
  t: CfnTemplate,
  node: AstNode | undefined,
  out = new Map<string, unknown[]>(),
  depth = 0,
): Map<string, unknown[]> {
  if (!node || depth > 60) return out;
  const fn = intrinsicOf(node);
  if (fn?.name === 'Ref' && typeof fn.arg?.value === 'string') {
    const values = possibleValues(node, t);
    if (values && values.length > 1) out.set(fn.arg.value, values);
    return out;
  }
  for (const c of node.children ?? []) varyingParameters(t, c, out, depth + 1);
  return out;
}
