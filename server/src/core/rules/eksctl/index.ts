/** The eksctl rules, in the order they report (ClusterConfig checks beyond its schema). */
import type { Rule } from '../rule';

export const eksctlRules: Rule[] = [];
