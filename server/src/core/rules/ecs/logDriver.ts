/** Log drivers per launch type, and FireLens needing its router container. */
import type { Rule, RuleFinding } from '../rule';
import { taskView, containerNode, containerLabel, isObj, str } from '../../ecs/model';
import { FARGATE_LOG_DRIVERS } from '../../ecs/logDrivers';
import { isEcs } from './guard';
import { at } from '../place';

export const logDriver: Rule = {
  id: 'ecs/log-driver',
  severity: 'error',
  description: 'Fargate supports only awslogs, splunk and awsfirelens; awsfirelens needs a FireLens container in the task.',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc) {
    const v = taskView(doc);
    if (!v) return [];
    const out: RuleFinding[] = [];
    const hasRouter = v.containers.some((c) => isObj(c.value.firelensConfiguration));
    for (const c of v.containers) {
      const lc = c.value.logConfiguration;
      const driver = isObj(lc) ? str(lc.logDriver) : undefined;
      const node = containerNode(c, ['logConfiguration', 'logDriver']);
      if (!driver || !node) continue;
      if (v.fargate && !FARGATE_LOG_DRIVERS.includes(driver)) {
        out.push(at(node, `Fargate does not support the "${driver}" log driver. Use "awslogs", "awsfirelens" or "splunk".`));
      }
      if (driver === 'awsfirelens' && !hasRouter) {
        out.push(
          at(
            node,
            `${containerLabel(c)} sends logs to FireLens, but no container has a "firelensConfiguration". Add a log router container (e.g. aws-for-fluent-bit).`,
          ),
        );
      }
    }
    return out;
  },
};
