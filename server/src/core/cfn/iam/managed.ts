/**
 * The AWS managed policies the container rules need to know, with the actions they allow (as of
 * 2026-12; AWS may add actions, never silently remove the ones an ECS feature relies on).
 * `complete`: the list is the whole policy, so an action not in it is not allowed. A policy not
 * in this table, or an action a partial entry does not list, is `unknown`: the rules say nothing.
 * Conditions in these policies (`iam:PassedToService: ecs-tasks.amazonaws.com`, tag conditions)
 * are ones the uses we check satisfy, so they are not modelled.
 */
import { globMatch, type Tri } from './tri';

interface ManagedPolicy {
  actions: readonly string[];
  complete: boolean;
}

const ECR_PULL = ['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'];
const LOGS_PUT = ['logs:CreateLogStream', 'logs:PutLogEvents'];

const MANAGED: Record<string, ManagedPolicy> = {
  AmazonECSTaskExecutionRolePolicy: { actions: [...ECR_PULL, ...LOGS_PUT], complete: true },
  AmazonEC2ContainerServiceforEC2Role: {
    actions: [
      'ec2:DescribeTags',
      'ecs:CreateCluster',
      'ecs:DeregisterContainerInstance',
      'ecs:DiscoverPollEndpoint',
      'ecs:Poll',
      'ecs:RegisterContainerInstance',
      'ecs:StartTelemetrySession',
      'ecs:UpdateContainerInstancesState',
      'ecs:Submit*',
      'ecs:TagResource',
      ...ECR_PULL,
      ...LOGS_PUT,
    ],
    complete: true,
  },
  AmazonEC2ContainerServiceEventsRole: { actions: ['ecs:RunTask', 'iam:PassRole', 'ecs:TagResource'], complete: true },
  AmazonEC2ContainerServiceAutoscaleRole: {
    actions: [
      'ecs:DescribeServices',
      'ecs:UpdateService',
      'cloudwatch:PutMetricAlarm',
      'cloudwatch:DescribeAlarms',
      'cloudwatch:DeleteAlarms',
    ],
    complete: true,
  },
  AmazonEC2ContainerRegistryReadOnly: {
    actions: [...ECR_PULL, 'ecr:GetRepositoryPolicy', 'ecr:DescribeRepositories', 'ecr:ListImages', 'ecr:DescribeImages'],
    complete: false,
  },
  AmazonEC2ContainerRegistryPowerUser: { actions: [...ECR_PULL, 'ecr:PutImage'], complete: false },
  AmazonECS_FullAccess: { actions: ['ecs:*'], complete: false },
  CloudWatchLogsFullAccess: { actions: ['logs:*'], complete: false },
  CloudWatchAgentServerPolicy: { actions: LOGS_PUT, complete: false },
  SecretsManagerReadWrite: { actions: ['secretsmanager:*'], complete: false },
  AmazonSSMReadOnlyAccess: { actions: ['ssm:Get*', 'ssm:Describe*', 'ssm:List*'], complete: false },
  AdministratorAccess: { actions: ['*'], complete: true },
};

/** `arn:aws:iam::aws:policy/service-role/NAME` (any partition) → NAME; customer policies → undefined */
export function awsManagedPolicyName(arn: string): string | undefined {
  const m = /^arn:(?:aws[a-z-]*|\$\{AWS::Partition\}):iam::aws:policy\/(?:[^/]+\/)*([^/]+)$/.exec(arn.trim());
  return m?.[1];
}

/** whether the AWS managed policy with this ARN allows `action` */
export function managedPolicyAllows(arn: string, action: string): Tri {
  const name = awsManagedPolicyName(arn);
  const p = name ? MANAGED[name] : undefined;
  if (!p) return 'unknown';
  if (p.actions.some((a) => globMatch(a, action, true))) return 'yes';
  return p.complete ? 'no' : 'unknown';
}

/** the names the table knows (docs, tests) */
export const knownManagedPolicies = (): string[] => Object.keys(MANAGED);
