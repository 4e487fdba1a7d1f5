/** The CloudFormation rules on what a template's container architecture means (IAM, EventBridge, container instances, SQS scaling), in the order of the docs. */
import type { Rule } from '../rule';
import { taskRoleTrust } from './taskRoleTrust';
import { executionRolePermissions } from './executionRolePermissions';
import { eventsTargetRole } from './eventsTargetRole';
import { eventsEcsTarget } from './eventsEcsTarget';
import { eventPattern } from './eventPattern';
import { scheduleExpression } from './scheduleExpression';
import { s3EventBridge } from './s3EventBridge';
import { containerInstanceRole } from './containerInstanceRole';
import { containerInstanceCluster } from './containerInstanceCluster';
import { sqsScalingAlarm } from './sqsScalingAlarm';

export const cfnSemanticRules: readonly Rule[] = [
  taskRoleTrust,
  executionRolePermissions,
  eventsTargetRole,
  eventsEcsTarget,
  eventPattern,
  scheduleExpression,
  s3EventBridge,
  containerInstanceRole,
  containerInstanceCluster,
  sqsScalingAlarm,
];
