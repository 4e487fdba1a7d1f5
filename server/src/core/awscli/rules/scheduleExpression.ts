/** A rule's or schedule's `ScheduleExpression` must be one EventBridge (or Scheduler) parses; put-rule and create-schedule fail otherwise. */
import type { Rule } from '../../rules/rule';
import { findNodeAtPath } from '../../parse/tree';
import { scheduleProblem } from '../../cfn/events/schedule';
import { isPlaceholder } from '../../text/placeholder';
import { at } from '../../rules/place';
import { isAwsCli } from './guard';

export const scheduleExpression: Rule = {
  id: 'awscli/schedule-expression',
  severity: 'error',
  description: 'ScheduleExpression is rate(…) or cron(…) with six fields (Scheduler also takes at(…)).',
  appliesTo: (doc) => isAwsCli(doc, ['put-rule', 'create-schedule']),
  check(doc) {
    const node = findNodeAtPath(doc.root, ['ScheduleExpression']);
    if (node?.type !== 'string' || typeof node.value !== 'string' || isPlaceholder(node.value)) return [];
    const scheduler = doc.kind.family === 'awscli' && doc.kind.doc === 'create-schedule';
    const problem = scheduleProblem(node.value, scheduler ? 'scheduler' : 'events');
    if (!problem) return [];
    const example = 'e.g. "rate(5 minutes)" or "cron(0 12 * * ? *)"';
    return [at(node, `This schedule expression ${problem}; ${scheduler ? 'create-schedule' : 'put-rule'} rejects it (${example}).`)];
  },
};
