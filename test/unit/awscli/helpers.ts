/** AWS CLI inputs and the ECS documents they name, on the shared test-helper shape (../helpers.ts). */
import type { LanguageService } from '../../../server/src/core/service';
import type { Finding } from '../../../server/src/core/types';
import { serviceWith, spanOf, uri } from '../helpers';

export { uri };

/** a service over files by name; an object is written as JSON */
export function workspace(files: Record<string, string | object>): LanguageService {
  return serviceWith(
    Object.fromEntries(Object.entries(files).map(([n, t]) => [n, typeof t === 'string' ? t : JSON.stringify(t, null, 2)])),
  );
}

/** the findings of one rule on one file */
export function findings(ls: LanguageService, name: string, code: string): Finding[] {
  return ls.diagnostics(uri(name)).filter((f) => f.code === code);
}

/** the text a finding underlines */
export function underlined(ls: LanguageService, name: string, f: Finding): string {
  return spanOf(ls.workspace.get(uri(name))!.text, f);
}

export const FARGATE_TASK = {
  family: 'resizer',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'resizer', image: 'public.ecr.aws/docker/library/busybox:1.36', essential: true }],
};

export const EC2_TASK = {
  family: 'report',
  containerDefinitions: [{ name: 'report', image: 'public.ecr.aws/docker/library/busybox:1.36', memory: 256, essential: true }],
};

export const ARN = {
  cluster: 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod',
  role: 'arn:aws:iam::123456789012:role/events-run-task',
  task: (family: string) => `arn:aws:ecs:eu-west-1:123456789012:task-definition/${family}`,
};

/** a put-targets input with one ECS target */
export function targets(ecs: Record<string, unknown>, extra: Record<string, unknown> = {}): object {
  return { Rule: 'uploads', Targets: [{ Id: 't', Arn: ARN.cluster, RoleArn: ARN.role, EcsParameters: ecs, ...extra }] };
}

/** a create-schedule input with an ECS target */
export function schedule(ecs: Record<string, unknown>, expression = 'rate(1 hour)'): object {
  return {
    Name: 'hourly',
    ScheduleExpression: expression,
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: { Arn: ARN.cluster, RoleArn: 'arn:aws:iam::123456789012:role/scheduler', EcsParameters: ecs },
  };
}
