/**
 * Which rules the rule loop asks about a document of one family: its family's own rules, and any
 * rule no family lists (a test's). Another family's rule never applies (test/unit/core/
 * rulesByFamily.test.ts checks it on every example and real-world document), so skipping them
 * before `appliesTo` changes no finding and saves most of the loop: a Kubernetes document met
 * every ECS, CloudFormation and workflow rule too.
 */
import type { Rule } from './rule';
import { FAMILY_LIST } from '../families';

let owners: Map<Rule, Set<string>> | undefined;

/** the families listing each rule (made on first use: the registry imports the rules) */
function ownersOf(rule: Rule): Set<string> | undefined {
  if (!owners) {
    owners = new Map();
    for (const f of FAMILY_LIST)
      for (const r of f.rules) {
        const set = owners.get(r) ?? new Set();
        set.add(f.name);
        owners.set(r, set);
      }
  }
  return owners.get(rule);
}

const slotsByRules = new WeakMap<readonly Rule[], Map<string, Int32Array>>();

/**
 * The checks of validate.ts's loop for a document of `family`, in order: 0 is the schema, i + 1
 * is `rules[i]`. One array per rule list and family, made once.
 */
export function checkSlots(rules: readonly Rule[], family: string): Int32Array {
  let byFamily = slotsByRules.get(rules);
  if (!byFamily) slotsByRules.set(rules, (byFamily = new Map()));
  let slots = byFamily.get(family);
  if (!slots) {
    const list = [0];
    for (let i = 0; i < rules.length; i++) {
      const of = ownersOf(rules[i]);
      if (!of || of.has(family)) list.push(i + 1);
    }
    byFamily.set(family, (slots = Int32Array.from(list)));
  }
  return slots;
}
