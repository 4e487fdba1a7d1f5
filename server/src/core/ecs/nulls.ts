/**
 * `null` fields, as the ECS console's JSON view and some exporters write them: the ECS API and the
 * deploy action (aws-actions/amazon-ecs-deploy-task-definition) read them as "not set", while the
 * AWS CLI refuses them. Rules and the schema check see the document without them; the
 * `ecs/null-fields` rule reports them once.
 */
import type { AstNode } from '../parse/tree';

/** a copy of `v` without null-valued object properties, at any depth (the same value when none) */
export function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x) => {
      const y = withoutNulls(x);
      if (y !== x) changed = true;
      return y;
    });
    return changed ? out : v;
  }
  if (!v || typeof v !== 'object') return v;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null) {
      changed = true;
      continue;
    }
    const y = withoutNulls(x);
    if (y !== x) changed = true;
    out[k] = y;
  }
  return changed ? out : v;
}

/** property nodes whose value is `null`, grouped by the object holding them */
export function nullProperties(node: AstNode | undefined, out = new Map<AstNode, AstNode[]>()): Map<AstNode, AstNode[]> {
  if (!node) return out;
  if (node.type === 'property') {
    const value = node.children?.[1];
    if (value?.type === 'null' && node.parent) out.set(node.parent, [...(out.get(node.parent) ?? []), node]);
    else nullProperties(value, out);
    return out;
  }
  for (const c of node.children ?? []) nullProperties(c, out);
  return out;
}

const isEmpty = (x: unknown): boolean =>
  x === '' || (Array.isArray(x) && x.length === 0) || (!!x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0);

/**
 * A copy of `v` without properties whose value is empty (`""`, `[]`, `{}`), at any depth, as the
 * GitHub deploy action sends a task definition (array items stay, so paths still point at the text).
 */
export function withoutEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutEmpty);
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const y = withoutEmpty(x);
    if (!isEmpty(y)) out[k] = y;
  }
  return out;
}
