/** The CloudFormation rules, in the order of the docs. One rule per file; schema checks share checkProperties.ts. */
import type { Rule } from '../rule';
import { cfnSemanticRules } from './semantics';
import { resourceTypeRule } from './resourceType';
import { resourceAttributeRule } from './resourceAttribute';
import { unknownPropertyRule } from './unknownProperty';
import { requiredPropertyRule } from './requiredProperty';
import { valueTypeRule } from './valueType';
import { allowedValueRule } from './allowedValue';
import { refRule } from './ref';
import { getAttRule } from './getAtt';
import { dependsOnRule } from './dependsOn';
import { conditionRule } from './condition';
import { findInMapRule } from './findInMap';

export const cfnRules: readonly Rule[] = [
  resourceTypeRule,
  resourceAttributeRule,
  unknownPropertyRule,
  requiredPropertyRule,
  valueTypeRule,
  allowedValueRule,
  refRule,
  getAttRule,
  dependsOnRule,
  conditionRule,
  findInMapRule,
  ...cfnSemanticRules,
];
