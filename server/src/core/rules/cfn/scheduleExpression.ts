/** Schedule expressions of EventBridge rules (`rate(…)`, `cron(…)`) and Scheduler schedules (also `at(…)`) parse. */
import type { Rule, RuleFinding } from '../rule';
import { prop } from '../../cfn/iam/templateRoles';
import { resolveNode } from '../../cfn/ecs/resolve';
import { scheduleProblem } from '../../cfn/events/schedule';
import { isTemplate, template } from './guard';

export const scheduleExpression: Rule = {
  id: 'cfn/schedule-expression',
  severity: 'error',
  description:
    'ScheduleExpression of an EventBridge rule or Scheduler schedule is a valid rate(), cron() (six fields) or, for schedules, at().',
  appliesTo: isTemplate,
  check(doc) {
    const t = template(doc);
    if (!t) return [];
    const out: RuleFinding[] = [];
    for (const r of t.resources.values()) {
      const flavour = r.type === 'AWS::Events::Rule' ? 'events' : r.type === 'AWS::Scheduler::Schedule' ? 'scheduler' : undefined;
      const node = flavour && prop(r.properties, 'ScheduleExpression');
      if (!flavour || !node) continue;
      const expr = resolveNode(t, node, new Map());
      if (typeof expr !== 'string') continue;
      const problem = scheduleProblem(expr, flavour);
      if (problem) out.push({ offset: node.offset, length: node.length, message: `Schedule "${expr}" ${problem}.` });
    }
    return out;
  },
};
