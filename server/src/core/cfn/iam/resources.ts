/**
 * Does a policy's `Resource` entry cover one resource of the template (a task definition, a
 * role)? Entries are `*`, ARNs (globs), `!Sub` ARNs, or `!Ref`/`!GetAtt` of a logical id.
 */
import { isObj } from '../../value';
import { globMatch, type Tri } from './tri';
import type { ResourceMatch } from './policy';

export interface ResourceTarget {
  /** the template's logical id of the resource */
  logicalId: string;
  /** the ARN's service (`ecs`, `iam`) */
  service: string;
  /** the ARN's resource part up to the name: `task-definition/`, `role/` */
  prefix: string;
  /** the ARN's resource part when known literally (`task-definition/web:3`, `role/app`) */
  resource?: string;
  /** GetAtt attributes that give the ARN (`Arn`, `TaskDefinitionArn`) */
  arnAttributes: readonly string[];
  /** `Ref` gives the ARN (task definitions) rather than the name (roles) */
  refIsArn: boolean;
  /** other logical ids of the template's resources: a Ref/GetAtt to one of them is another resource */
  resourceIds?: { has(id: string): boolean };
}

const PSEUDO_SLOTS = /^\$\{AWS::(Partition|Region|AccountId)\}$/;

/** an ARN glob's answer for the target; `approximate`: parts were widened to `*` */
function arnAnswer(arn: string, t: ResourceTarget, approximate: boolean): Tri {
  if (arn === '*') return approximate ? 'unknown' : 'yes';
  const m = /^arn:[^:]*:([^:]*):[^:]*:[^:]*:(.*)$/s.exec(arn);
  if (!m) return 'unknown';
  if (!globMatch(m[1], t.service, true)) return 'no';
  const res = m[2];
  let answer: Tri;
  if (t.resource !== undefined) answer = globMatch(res, t.resource, false) ? 'yes' : 'no';
  else if (res === '*' || res === `${t.prefix}*`) answer = 'yes';
  else {
    // the literal start of the pattern must agree with the resource type
    const head = res.split(/[*?]/)[0];
    answer = head.startsWith(t.prefix) || t.prefix.startsWith(head) ? 'unknown' : 'no';
  }
  return approximate && answer === 'yes' ? 'unknown' : answer;
}

function subText(v: unknown): { text: string; approximate: boolean } | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string') return undefined;
  let approximate = false;
  const text = s.replace(/\$\{[^}]*\}/g, (m) => {
    if (m.startsWith('${!')) return m.slice(2, -1);
    // the partition, region and account slots of an ARN are this stack's own: a wildcard there is exact
    if (!PSEUDO_SLOTS.test(m)) approximate = true;
    return '*';
  });
  return { text, approximate };
}

function getAttOf(v: unknown): [string, string] | undefined {
  if (typeof v === 'string') {
    const i = v.indexOf('.');
    return i > 0 ? [v.slice(0, i), v.slice(i + 1)] : undefined;
  }
  return Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string' ? [v[0], v[1]] : undefined;
}

export function resourceMatcher(t: ResourceTarget): ResourceMatch {
  const other = (id: string): Tri => (t.resourceIds?.has(id) && id !== t.logicalId ? 'no' : 'unknown');
  return (entry) => {
    if (typeof entry === 'string') return arnAnswer(entry, t, false);
    if (!isObj(entry)) return 'unknown';
    const keys = Object.keys(entry);
    if (keys.length !== 1) return 'unknown';
    const v = entry[keys[0]];
    switch (keys[0]) {
      case 'Ref':
        if (typeof v !== 'string') return 'unknown';
        return v === t.logicalId ? (t.refIsArn ? 'yes' : 'unknown') : other(v);
      case 'Fn::GetAtt': {
        const ga = getAttOf(v);
        if (!ga) return 'unknown';
        return ga[0] === t.logicalId ? (t.arnAttributes.includes(ga[1]) ? 'yes' : 'unknown') : other(ga[0]);
      }
      case 'Fn::Sub': {
        const s = subText(v);
        return s ? arnAnswer(s.text, t, s.approximate) : 'unknown';
      }
      default:
        return 'unknown';
    }
  };
}
