/**
 * The AWS CLI family: the inputs of the commands people script around ECS instead of writing
 * CloudFormation (EventBridge rules and targets, Scheduler schedules, CloudWatch alarms, ECR
 * repositories and registry settings, App Runner and ECS Express Mode services). Their schema is
 * generated from the AWS SDK's models (scripts/gen-aws-cli-schema.mjs); the rules check what the
 * models cannot say (expressions, patterns, ECS targets against the workspace's task definitions).
 */
import type { DocumentFamily } from '../family';
import { awsCliKey, type AwsCliKind } from './kind';
import { detectAwsCli } from './detect';
import { awsCliSchemaId, SHAPES } from './shapes';
import { awsCliRules } from './rules/index';
import { hoverAwsCli } from './hover';
import { completeTaskDefinitionArn } from './complete';
import { addAwsCli } from './graph';

export const awsCliFamily: DocumentFamily<AwsCliKind> = {
  name: 'awscli',
  detect: detectAwsCli,
  displayName: (kind) => `${SHAPES[kind.doc].name} (${SHAPES[kind.doc].command})`,
  schemaId: (kind) => awsCliSchemaId(kind.doc),
  // the CLI refuses unknown parameters before calling AWS
  schemaCheck: (doc) => ({ value: doc.value, strict: true, partial: false }),
  bodyPath: (_kind, path) => path,
  indexKeys: (kind) => [awsCliKey(kind.doc)],
  looksLike: (head) =>
    /"(ScheduleExpression|EventPattern|FlexibleTimeWindow|AlarmName|SourceConfiguration|infrastructureRoleArn)"\s*:/.test(head),
  rules: awsCliRules,
  completion: [completeTaskDefinitionArn],
  hover: [hoverAwsCli],
  codeActions: [],
  views: () => [],
  graph: (b, ws) => addAwsCli(b, ws),
};
