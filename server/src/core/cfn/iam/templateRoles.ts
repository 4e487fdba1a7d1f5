/**
 * IAM as a template defines it: which `AWS::IAM::Role` a value points at, and what the role's
 * policies (inline `Policies`, `ManagedPolicyArns`, and `AWS::IAM::Policy`/`ManagedPolicy`
 * resources that attach to it) allow. Unknown parts make the answer unknown, never "no".
 */
import { findProperty, propertyValue, toValue, type AstNode } from '../../parse/tree';
import type { CfnResource, CfnTemplate } from '../template';
import { getAttParts, intrinsicOf } from '../intrinsics';
import { isObj } from '../../value';
import { allowOnly, decide, policyEffect, trustsService, type Effect, type ResourceMatch } from './policy';
import { managedPolicyAllows } from './managed';
import type { Tri } from './tri';

export const prop = (obj: AstNode | undefined, key: string): AstNode | undefined => {
  const p = findProperty(obj, key);
  return p ? propertyValue(p) : undefined;
};

/** the template resource a value names with `Ref` or `GetAtt` (of `types`, when given) */
export function referencedResource(t: CfnTemplate, node: AstNode | undefined, types?: readonly string[]): CfnResource | undefined {
  const fn = intrinsicOf(node);
  let id: string | undefined;
  if (fn?.name === 'Ref' && typeof fn.arg?.value === 'string') id = fn.arg.value;
  else if (fn?.name === 'Fn::GetAtt') id = getAttParts(fn.arg).idName;
  else if (fn?.name === 'Fn::Sub' && fn.arg?.type === 'string' && typeof fn.arg.value === 'string') {
    // `!Sub ${Role.Arn}` alone
    const m = /^\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}$/.exec(fn.arg.value);
    id = m?.[1];
  }
  const r = id ? t.resources.get(id) : undefined;
  return r && (!types || (r.type && types.includes(r.type))) ? r : undefined;
}

/** the role of the template a value (`TaskRoleArn`, a target's `RoleArn`) points at */
export const roleAt = (t: CfnTemplate, node: AstNode | undefined): CfnResource | undefined =>
  referencedResource(t, node, ['AWS::IAM::Role']);

/** does the role's trust policy let `service` assume it */
export function roleTrusts(role: CfnResource, service: string): Tri {
  return trustsService(toValue(prop(role.properties, 'AssumeRolePolicyDocument')), service);
}

/** what the role's policies say about `action` on the resource `resource` recognises */
export function roleAllows(t: CfnTemplate, role: CfnResource, action: string, resource: ResourceMatch): Tri {
  const effects: Effect[] = [];
  const props = role.properties;
  const inline = prop(props, 'Policies');
  if (inline && inline.type !== 'array') effects.push(allowOnly('unknown'));
  for (const p of inline?.type === 'array' ? (inline.children ?? []) : []) {
    effects.push(policyEffect(toValue(prop(p, 'PolicyDocument')), action, resource));
  }
  const managed = prop(props, 'ManagedPolicyArns');
  if (managed && managed.type !== 'array') effects.push(allowOnly('unknown'));
  for (const m of managed?.type === 'array' ? (managed.children ?? []) : []) effects.push(managedEffect(t, m, action, resource));
  for (const r of policyResources(t)) {
    const attached = attachesTo(t, r, role);
    if (attached === 'no') continue;
    const e = policyEffect(toValue(prop(r.properties, 'PolicyDocument')), action, resource);
    effects.push(attached === 'yes' ? e : { allow: e.allow === 'no' ? 'no' : 'unknown', deny: e.deny === 'no' ? 'no' : 'unknown' });
  }
  const verdict = decide(effects);
  // a permissions boundary can only take permissions away
  return verdict === 'yes' && prop(props, 'PermissionsBoundary') ? 'unknown' : verdict;
}

/**
 * The template's `AWS::IAM::Policy` and `ManagedPolicy` resources, found once per template model
 * (a template is rebuilt when its document changes): every role check would otherwise walk all
 * the resources, once per target and action.
 */
const policyLists = new WeakMap<CfnTemplate, CfnResource[]>();
function policyResources(t: CfnTemplate): CfnResource[] {
  let list = policyLists.get(t);
  if (!list) {
    list = [];
    for (const r of t.resources.values()) if (r.type === 'AWS::IAM::Policy' || r.type === 'AWS::IAM::ManagedPolicy') list.push(r);
    policyLists.set(t, list);
  }
  return list;
}

function managedEffect(t: CfnTemplate, node: AstNode, action: string, resource: ResourceMatch): Effect {
  const own = referencedResource(t, node, ['AWS::IAM::ManagedPolicy']);
  if (own) return policyEffect(toValue(prop(own.properties, 'PolicyDocument')), action, resource);
  let arn: string | undefined;
  if (node.type === 'string' && typeof node.value === 'string') arn = node.value;
  const fn = intrinsicOf(node);
  if (fn?.name === 'Fn::Sub' && typeof fn.arg?.value === 'string') arn = fn.arg.value;
  if (fn?.name === 'Fn::Join') {
    const v = toValue(fn.arg);
    if (Array.isArray(v) && v[0] === '' && Array.isArray(v[1]))
      arn = v[1].map((x) => (typeof x === 'string' ? x : isObj(x) && x.Ref === 'AWS::Partition' ? 'aws' : '\u0000')).join('');
  }
  return allowOnly(arn && !arn.includes('\u0000') ? managedPolicyAllows(arn, action) : 'unknown');
}

/** does an `AWS::IAM::Policy`/`ManagedPolicy` resource attach to `role` (through `Roles`) */
function attachesTo(t: CfnTemplate, policy: CfnResource, role: CfnResource): Tri {
  const roles = prop(policy.properties, 'Roles');
  // without Roles: a managed policy the role may list in ManagedPolicyArns (read there)
  if (!roles) return 'no';
  if (roles.type !== 'array') return 'unknown';
  let out: Tri = 'no';
  for (const r of roles.children ?? []) {
    const target = referencedResource(t, r);
    if (target) {
      if (target.name === role.name) return 'yes';
      continue;
    }
    const roleName = prop(role.properties, 'RoleName')?.value;
    if (r.type === 'string') {
      if (typeof roleName === 'string' && r.value === roleName) return 'yes';
      if (typeof roleName !== 'string') out = 'unknown';
    } else out = 'unknown';
  }
  return out;
}

/** a matcher for resources of one service when the exact resource is not known: `*`, or an ARN of that service */
export function serviceMatcher(service: string): ResourceMatch {
  return (entry) => {
    if (entry === '*') return 'yes';
    if (typeof entry !== 'string') return 'unknown';
    const m = /^arn:[^:]*:([^:]*):[^:]*:[^:]*:(.*)$/s.exec(entry);
    if (!m) return 'unknown';
    if (m[1] !== service && m[1] !== '*') return 'no';
    return m[2] === '*' ? 'yes' : 'unknown';
  };
}
