/** Each document kind's command, its name for people, and its shape in the generated schema (dist/schemas/aws-cli.json). */
import { AWS_CLI_ID } from '../schema/store';
import type { AwsCliDoc } from './kind';

interface Shape {
  /** the CLI command that reads the document */
  command: string;
  /** what the status item and the CLI call it */
  name: string;
  /** the model's input structure (`<service>.<Shape>`); none for a bare event pattern */
  shape?: string;
}

export const SHAPES: Record<AwsCliDoc, Shape> = {
  'put-rule': { command: 'aws events put-rule', name: 'EventBridge rule', shape: 'eventbridge.PutRuleRequest' },
  'put-targets': { command: 'aws events put-targets', name: 'EventBridge rule targets', shape: 'eventbridge.PutTargetsRequest' },
  'event-pattern': { command: 'aws events put-rule --event-pattern', name: 'EventBridge event pattern' },
  'create-schedule': {
    command: 'aws scheduler create-schedule',
    name: 'EventBridge Scheduler schedule',
    shape: 'scheduler.CreateScheduleInput',
  },
  'put-metric-alarm': { command: 'aws cloudwatch put-metric-alarm', name: 'CloudWatch alarm', shape: 'cloudwatch.PutMetricAlarmInput' },
  'ecr-create-repository': { command: 'aws ecr create-repository', name: 'ECR repository', shape: 'ecr.CreateRepositoryRequest' },
  'ecr-put-replication-configuration': {
    command: 'aws ecr put-replication-configuration',
    name: 'ECR replication configuration',
    shape: 'ecr.PutReplicationConfigurationRequest',
  },
  'ecr-put-registry-scanning-configuration': {
    command: 'aws ecr put-registry-scanning-configuration',
    name: 'ECR registry scanning configuration',
    shape: 'ecr.PutRegistryScanningConfigurationRequest',
  },
  'apprunner-create-service': {
    command: 'aws apprunner create-service',
    name: 'App Runner service',
    shape: 'apprunner.CreateServiceRequest',
  },
  'create-express-gateway-service': {
    command: 'aws ecs create-express-gateway-service',
    name: 'ECS Express Mode service',
    shape: 'ecs.CreateExpressGatewayServiceRequest',
  },
};

/** the `$id` with fragment of a document kind's schema */
export function awsCliSchemaId(doc: AwsCliDoc): string | undefined {
  const shape = SHAPES[doc].shape;
  return shape ? `${AWS_CLI_ID}#/definitions/${shape}` : undefined;
}
