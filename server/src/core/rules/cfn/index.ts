/** The CloudFormation rules, in the order of the docs. Rules on one aspect live in their own file. */
import type { Rule } from '../rule';

export const cfnRules: readonly Rule[] = [];
