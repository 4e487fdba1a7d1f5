/** The AWS CLI family's rules, in the order of the docs. */
import type { Rule } from '../../rules/rule';
import { scheduleExpression } from './scheduleExpression';
import { eventPattern } from './eventPattern';
import { ecsTargetTaskDefinition } from './ecsTargetTaskDefinition';
import { ecsTargetNetwork } from './ecsTargetNetwork';
import { ecsTargetFargate } from './ecsTargetFargate';
import { ecsTargetRole } from './ecsTargetRole';
import { alarmScalingPolicy } from './alarmScalingPolicy';

export const awsCliRules: readonly Rule[] = [
  scheduleExpression,
  eventPattern,
  ecsTargetTaskDefinition,
  ecsTargetNetwork,
  ecsTargetFargate,
  ecsTargetRole,
  alarmScalingPolicy,
];
