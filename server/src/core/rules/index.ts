/** Every rule we ship. Each lives in its own file; add new ones to this list. */
import type { Rule } from './rule';

export const allRules: Rule[] = [];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
