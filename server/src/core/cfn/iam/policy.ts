/**
 * Reading IAM policy documents as plain values (a template's `PolicyDocument`,
 * `AssumeRolePolicyDocument`): does a document allow an action on a resource, does a trust policy
 * let a service assume the role. Values may hold CloudFormation intrinsics; what cannot be read is
 * `unknown`, never a guess.
 */
import { isObj } from '../../value';
import { anyOf, globMatch, type Tri } from './tri';

/** turns a value into a literal string when it is one (or an intrinsic the caller can resolve) */
export type TextOf = (v: unknown) => string | undefined;
/** does one `Resource` entry cover the resource in question */
export type ResourceMatch = (entry: unknown) => Tri;

/** What one policy says about an action on a resource: an Allow that covers it, a Deny that covers it. */
export interface Effect {
  allow: Tri;
  deny: Tri;
}

const literal: TextOf = (v) => (typeof v === 'string' ? v : undefined);
const not = (t: Tri): Tri => (t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'unknown');
const both = (a: Tri, b: Tri): Tri => (a === 'no' || b === 'no' ? 'no' : a === 'yes' && b === 'yes' ? 'yes' : 'unknown');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function statements(doc: unknown): unknown[] | undefined {
  if (!isObj(doc)) return undefined;
  const s = doc.Statement;
  return Array.isArray(s) ? s : isObj(s) ? [s] : undefined;
}

function actionMatch(stmt: Record<string, unknown>, action: string, text: TextOf): Tri {
  const one = (entry: unknown): Tri => {
    const a = text(entry);
    return a === undefined ? 'unknown' : globMatch(a, action, true) ? 'yes' : 'no';
  };
  if ('Action' in stmt)
    return Array.isArray(stmt.Action) || typeof stmt.Action === 'string' ? anyOf(list(stmt.Action).map(one)) : 'unknown';
  if ('NotAction' in stmt)
    return Array.isArray(stmt.NotAction) || typeof stmt.NotAction === 'string' ? not(anyOf(list(stmt.NotAction).map(one))) : 'unknown';
  return 'unknown';
}

function resourceMatch(stmt: Record<string, unknown>, resource: ResourceMatch): Tri {
  if ('Resource' in stmt) return Array.isArray(stmt.Resource) ? anyOf(stmt.Resource.map(resource)) : resource(stmt.Resource);
  if ('NotResource' in stmt)
    return not(Array.isArray(stmt.NotResource) ? anyOf(stmt.NotResource.map(resource)) : resource(stmt.NotResource));
  return 'unknown';
}

/** what a policy document says about `action` on the resource `resource` recognises */
export function policyEffect(doc: unknown, action: string, resource: ResourceMatch, text: TextOf = literal): Effect {
  const stmts = statements(doc);
  if (!stmts) return { allow: 'unknown', deny: 'unknown' };
  const allows: Tri[] = [];
  const denies: Tri[] = [];
  for (const s of stmts) {
    if (!isObj(s)) {
      allows.push('unknown');
      denies.push('unknown');
      continue;
    }
    let m = both(actionMatch(s, action, text), resourceMatch(s, resource));
    // a condition may or may not hold when the call is made
    if (s.Condition !== undefined && m === 'yes') m = 'unknown';
    const effect = text(s.Effect);
    if (effect === 'Allow') allows.push(m);
    else if (effect === 'Deny') denies.push(m);
    else if (m !== 'no') {
      allows.push('unknown');
      denies.push('unknown');
    }
  }
  return { allow: anyOf(allows), deny: anyOf(denies) };
}

/**
 * The verdict of several policies attached to one principal: allowed when one allows and none
 * may deny; not allowed when one denies or none may allow; unknown otherwise.
 */
export function decide(effects: readonly Effect[]): Tri {
  if (effects.some((e) => e.deny === 'yes')) return 'no';
  const allow = anyOf(effects.map((e) => e.allow));
  if (allow !== 'yes') return allow;
  return effects.some((e) => e.deny === 'unknown') ? 'unknown' : 'yes';
}

/** a managed policy's answer as an Effect (managed policies here never deny) */
export const allowOnly = (allow: Tri): Effect => ({ allow, deny: 'no' });

/**
 * Does this trust policy (`AssumeRolePolicyDocument`) let `service` (`ecs-tasks.amazonaws.com`)
 * assume the role? Conditions (`aws:SourceAccount`, `aws:SourceArn`) are taken to hold: they
 * narrow who may call, not which service.
 */
export function trustsService(doc: unknown, service: string, text: TextOf = literal): Tri {
  const stmts = statements(doc);
  if (!stmts) return 'unknown';
  const answers: Tri[] = [];
  for (const s of stmts) {
    if (!isObj(s)) {
      answers.push('unknown');
      continue;
    }
    const effect = text(s.Effect);
    if (effect === 'Deny') continue;
    if (effect !== 'Allow') {
      answers.push('unknown');
      continue;
    }
    const action = actionMatch(s, 'sts:AssumeRole', text);
    answers.push(both(action, principalMatch(s.Principal, service, text)));
  }
  return anyOf(answers);
}

function principalMatch(p: unknown, service: string, text: TextOf): Tri {
  if (p === undefined) return 'no';
  const whole = text(p);
  if (whole !== undefined) return whole === '*' ? 'yes' : 'no';
  if (!isObj(p)) return 'unknown';
  const answers: Tri[] = [];
  for (const [kind, v] of Object.entries(p)) {
    if (kind !== 'Service' && kind !== 'AWS' && kind !== 'Federated' && kind !== 'CanonicalUser') return 'unknown';
    if (!Array.isArray(v) && typeof v !== 'string') {
      answers.push(kind === 'Service' || kind === 'AWS' ? 'unknown' : 'no');
      continue;
    }
    for (const e of list(v)) {
      const t = text(e);
      if (t === undefined) answers.push(kind === 'Service' || kind === 'AWS' ? 'unknown' : 'no');
      else if (kind === 'AWS' && t === '*') answers.push('yes');
      else answers.push(kind === 'Service' && t.toLowerCase() === service.toLowerCase() ? 'yes' : 'no');
    }
  }
  return anyOf(answers);
}
