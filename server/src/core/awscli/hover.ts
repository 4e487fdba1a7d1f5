/** Hover facts the models do not have: App Runner's closure, what an expression or ARN means here. */
import type { HoverContributor } from '../hover/contributors';
import { SHAPES } from './shapes';

const APP_RUNNER_CLOSED =
  '**App Runner is closed to new customers since 30 April 2026.** Existing services keep running; for a new service use ECS Express Mode (`aws ecs create-express-gateway-service`), which also gives a container an HTTPS endpoint, scaling and load balancing, in your own account.';

export const hoverAwsCli: HoverContributor = (t) => {
  if (t.doc.kind.family !== 'awscli') return undefined;
  const doc = t.doc.kind.doc;
  const head = t.path.length === 1 && t.isKey ? `Read by \`${SHAPES[doc].command} --cli-input-json\`.` : undefined;
  if (doc === 'apprunner-create-service' && t.path.length <= 1) return [APP_RUNNER_CLOSED, head].filter(Boolean).join('\n\n');
  return head;
};
