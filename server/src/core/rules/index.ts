/** Every rule we ship: each family's rules, in registry order (see families.ts). */
import type { Rule } from './rule';
import { FAMILY_LIST } from '../families';

export const allRules: readonly Rule[] = FAMILY_LIST.flatMap((f) => f.rules);
