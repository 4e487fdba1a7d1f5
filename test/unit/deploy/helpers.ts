/** A workspace with a task definition file and the deploy files that name it. */
import type { LanguageService } from '../../../server/src/core/service';
import { serviceWith } from '../helpers';

export const TASK_URI = 'file:///repo/.aws/task-definition.json';
export const WORKFLOW_URI = 'file:///repo/.github/workflows/deploy.yml';

export const TASK = JSON.stringify(
  {
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:7',
    family: 'web',
    revision: 7,
    status: 'ACTIVE',
    compatibilities: ['EC2', 'FARGATE'],
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', essential: true, command: [], environment: [], healthCheck: null }],
  },
  null,
  2,
);

export function workflow(steps: string): string {
  return `name: Deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}`;
}

export const RENDER_AND_DEPLOY = `      - id: render
        uses: aws-actions/amazon-ecs-render-task-definition@v1
        with:
          task-definition: .aws/task-definition.json
          container-name: web
          image: \${{ steps.build.outputs.image }}
      - uses: aws-actions/amazon-ecs-deploy-task-definition@v2
        with:
          task-definition: \${{ steps.render.outputs.task-definition }}
          service: web
          cluster: prod
`;

/** a service over these files (keys are uris) */
export const workspace = (files: Record<string, string>): LanguageService => serviceWith(files);
