/**
 * The inputs of the two GitHub actions that take an ECS task definition file. Names, whether they
 * are required and what they do come from each action's `action.yml`:
 * - aws-actions/amazon-ecs-render-task-definition, action.yml (v1, 2024–2025)
 * - aws-actions/amazon-ecs-deploy-task-definition, action.yml (v2, releases 2.0–2.3, 2024–2025)
 * The descriptions are ours, shortened.
 */
export type ActionName = 'render' | 'deploy';

export interface ActionInput {
  name: string;
  required?: boolean;
  doc: string;
}

export const ACTION_REPOS: Record<ActionName, string> = {
  render: 'aws-actions/amazon-ecs-render-task-definition',
  deploy: 'aws-actions/amazon-ecs-deploy-task-definition',
};

export const ACTION_INPUTS: Record<ActionName, readonly ActionInput[]> = {
  render: [
    { name: 'task-definition', doc: 'Path of the task definition JSON file to start from (relative to the repository root).' },
    { name: 'task-definition-arn', doc: 'Start from a registered task definition, by ARN, instead of a file.' },
    { name: 'task-definition-family', doc: 'Start from the latest revision of this family instead of a file.' },
    { name: 'task-definition-revision', doc: 'With `task-definition-family`: the revision to start from.' },
    { name: 'container-name', required: true, doc: 'The container (or comma-separated containers) whose image is replaced.' },
    { name: 'image', required: true, doc: 'The image URI written into that container.' },
    { name: 'environment-variables', doc: 'Lines of `KEY=value` added to the container’s environment.' },
    { name: 'log-configuration-log-driver', doc: 'Sets `logConfiguration.logDriver` of the container.' },
    { name: 'log-configuration-options', doc: 'Lines of `key=value` set in `logConfiguration.options`.' },
    { name: 'docker-labels', doc: 'Lines of `key=value` set in `dockerLabels`.' },
    { name: 'command', doc: 'Replaces the container’s command.' },
    { name: 'task-role-arn', doc: 'Sets the task role ARN.' },
    { name: 'execution-role-arn', doc: 'Sets the task execution role ARN.' },
    { name: 'env-files', doc: 'S3 object ARNs of environment files for the container, one a line.' },
    { name: 'secrets', doc: 'Lines of `NAME=valueFrom` added to the container’s secrets.' },
  ],
  deploy: [
    {
      name: 'task-definition',
      required: true,
      doc: 'Path of the task definition file to register (JSON or YAML), relative to the repository root.',
    },
    { name: 'service', doc: 'The ECS service to update; without it the task definition is only registered.' },
    { name: 'cluster', doc: 'The service’s cluster (`default` when left out).' },
    { name: 'desired-count', doc: 'Sets the service’s desired count.' },
    { name: 'wait-for-service-stability', doc: '`true` waits until the service is stable.' },
    { name: 'wait-for-minutes', doc: 'How long to wait for stability (default 30, at most 360).' },
    { name: 'force-new-deployment', doc: '`true` starts a new deployment even when nothing changed.' },
    { name: 'codedeploy-appspec', doc: 'AppSpec file for services with the CODE_DEPLOY controller (default `appspec.yaml`).' },
    { name: 'codedeploy-application', doc: 'CodeDeploy application (default `AppECS-{cluster}-{service}`).' },
    { name: 'codedeploy-deployment-group', doc: 'CodeDeploy deployment group (default `DgpECS-{cluster}-{service}`).' },
    { name: 'codedeploy-deployment-description', doc: 'Description of the CodeDeploy deployment.' },
    { name: 'codedeploy-deployment-config', doc: 'CodeDeploy deployment configuration name.' },
    { name: 'service-managed-ebs-volume-name', doc: 'Name of the task definition volume configured at launch, for the service.' },
    { name: 'service-managed-ebs-volume', doc: 'JSON settings of that EBS volume.' },
    { name: 'run-task', doc: '`true` runs the task once, outside a service (before the service update).' },
    { name: 'run-task-container-overrides', doc: 'JSON array of container overrides for that task.' },
    { name: 'run-task-security-groups', doc: 'Comma-separated security group ids for that task.' },
    { name: 'run-task-subnets', doc: 'Comma-separated subnet ids for that task.' },
    { name: 'run-task-assign-public-IP', doc: '`ENABLED` or `DISABLED` (default).' },
    { name: 'run-task-capacity-provider-strategy', doc: 'JSON array of capacity provider strategy items for that task.' },
    { name: 'run-task-launch-type', doc: '`FARGATE` (default) or `EC2`, when no capacity provider strategy is given.' },
    { name: 'run-task-started-by', doc: 'The `startedBy` of that task (default `GitHub-Actions`).' },
    { name: 'run-task-tags', doc: 'JSON array of tags for that task.' },
    { name: 'run-task-managed-ebs-volume-name', doc: 'Name of the volume configured at launch, for that task.' },
    { name: 'run-task-managed-ebs-volume', doc: 'JSON settings of that EBS volume.' },
    { name: 'wait-for-task-stopped', doc: '`true` waits for that task to stop.' },
    { name: 'enable-ecs-managed-tags', doc: 'Turns on the `aws:ecs:serviceName`/`clusterName` tags.' },
    { name: 'propagate-tags', doc: '`SERVICE` copies the service’s tags to its tasks.' },
    { name: 'keep-null-value-keys', doc: 'Comma-separated keys whose empty values are kept (the action drops empty values otherwise).' },
  ],
};

/** Which of the two actions a `uses:` names (any version or fork ref after `@`). */
export function actionOf(uses: string): ActionName | undefined {
  const repo = uses.trim().split('@')[0].toLowerCase();
  return repo === ACTION_REPOS.render ? 'render' : repo === ACTION_REPOS.deploy ? 'deploy' : undefined;
}
