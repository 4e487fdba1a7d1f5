/** The CloudFormation rules, in the order of the docs. Rules on one aspect live in their own file. */
import type { Rule } from '../rule';
import { cfnSemanticRules } from './semantics';

export const cfnRules: readonly Rule[] = [...cfnSemanticRules];
