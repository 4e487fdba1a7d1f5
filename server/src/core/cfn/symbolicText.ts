/**
 * A string value of a template written out as far as the template says, with what it cannot know
 * kept as named tokens: `!Sub 'ECS_CLUSTER=${Cluster}'` → `ECS_CLUSTER=⟨Cluster⟩`. Two values that
 * write out equal stand for the same string whatever is deployed; one that holds an unknown part
 * (`Fn::If`, an import, an attribute) cannot be compared. For user data and names built by `Sub`.
 */
import type { AstNode } from '../parse/tree';
import { findProperty, propertyValue } from '../parse/tree';
import type { CfnTemplate } from './template';
import { getAttParts, intrinsicOf, subParts, subVariables } from './intrinsics';

/** marks a part the template does not say: a value containing it matches nothing */
export const UNKNOWN = '\u0002';
const OPEN = '\u0001';

/** the token of a `Ref` whose value is chosen at deploy time (a parameter, a pseudo parameter, a resource's generated name) */
export const token = (name: string): string => `${OPEN}${name}${OPEN}`;
export const hasToken = (s: string): boolean => s.includes(OPEN);
export const isKnown = (s: string): boolean => !s.includes(UNKNOWN);

/**
 * How a `Ref` to a resource writes out: `name(id)` may give its name (a cluster's literal
 * ClusterName); otherwise its token.
 */
export type ResourceName = (id: string, depth: number) => string | undefined;

const prop = (obj: AstNode | undefined, key: string) => {
  const p = findProperty(obj, key);
  return p ? propertyValue(p) : undefined;
};

export function symbolicText(t: CfnTemplate, node: AstNode | undefined, name?: ResourceName, depth = 0): string {
  if (!node || depth > 20) return UNKNOWN;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') return String(node.value);
  const fn = intrinsicOf(node);
  if (!fn) return UNKNOWN;
  const refText = (id: string): string => {
    if (t.resources.has(id)) return name?.(id, depth + 1) ?? token(id);
    return t.parameters.has(id) || id.startsWith('AWS::') ? token(id) : UNKNOWN;
  };
  switch (fn.name) {
    case 'Ref':
      return typeof fn.arg?.value === 'string' ? refText(fn.arg.value) : UNKNOWN;
    case 'Fn::Base64':
      return symbolicText(t, fn.arg, name, depth + 1);
    case 'Fn::Sub': {
      const { template, vars } = subParts(fn.arg);
      if (typeof template?.value !== 'string') return UNKNOWN;
      let out = '';
      let at = 0;
      const s = template.value;
      for (const v of subVariables(s)) {
        out += literalSub(s.slice(at, s.lastIndexOf('${', v.start)));
        const own = prop(vars, v.text);
        out += own ? symbolicText(t, own, name, depth + 1) : v.attr ? token(v.text) : refText(v.name);
        at = s.indexOf('}', v.start + v.text.length) + 1;
      }
      return out + literalSub(s.slice(at));
    }
    case 'Fn::Join': {
      const [sep, list] = fn.arg?.type === 'array' ? (fn.arg.children ?? []) : [];
      if (typeof sep?.value !== 'string' || list?.type !== 'array') return UNKNOWN;
      return (list.children ?? []).map((c) => symbolicText(t, c, name, depth + 1)).join(sep.value);
    }
    case 'Fn::GetAtt': {
      const { idName, attrName } = getAttParts(fn.arg);
      return idName && attrName ? token(`${idName}.${attrName}`) : UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/** the literal text of a Sub between variables: `${!X}` is written `${X}` */
const literalSub = (s: string): string => s.replace(/\$\{!/g, '${');
