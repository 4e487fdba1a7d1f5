/**
 * The AWS CLI family's document kinds: the `--cli-input-json` (or `--cli-input-yaml`) inputs of
 * the commands that wire event-driven ECS (rules, schedules, alarms), ECR settings, App Runner and
 * ECS Express Mode services, plus a bare event pattern file (`--event-pattern file://…`).
 */
export type AwsCliDoc =
  | 'put-rule'
  | 'put-targets'
  | 'event-pattern'
  | 'create-schedule'
  | 'put-metric-alarm'
  | 'ecr-create-repository'
  | 'ecr-put-replication-configuration'
  | 'ecr-put-registry-scanning-configuration'
  | 'apprunner-create-service'
  | 'create-express-gateway-service';

export interface AwsCliKind {
  family: 'awscli';
  doc: AwsCliDoc;
}

/** the index key of one command's documents (`WorkspaceIndex.docs`) */
export const awsCliKey = (doc: AwsCliDoc): string => `awscli:${doc}`;

declare module '../types' {
  interface FamilyKinds {
    awscli: AwsCliKind;
  }
}
