/**
 * CronJob `schedule` and `timeZone` as the API server checks them: the schedule parses (five
 * fields or a descriptor such as `@hourly`), carries no `TZ=`/`CRON_TZ=` prefix (new CronJobs
 * must use `timeZone`), and `timeZone` names a zone of the time zone database.
 */
import type { Rule, RuleFinding } from '../rule';
import { asObj, isPlaceholder } from '../../k8s/objects';
import { cronProblem, timeZoneProblem } from '../../k8s/validation/cron';
import { isK8s } from './guard';
import { at, pathSpan } from '../place';

export const cronJobScheduleRule: Rule = {
  id: 'k8s/cronjob-schedule',
  severity: 'error',
  description: 'CronJob schedules that parse (five fields or @hourly-style), without TZ= prefixes, and timeZone names that exist.',
  appliesTo: (doc) => isK8s(doc, ['CronJob']),
  check(doc) {
    const spec = asObj(asObj(doc.value).spec);
    const out: RuleFinding[] = [];
    const schedule = spec.schedule;
    if (typeof schedule === 'string' && !isPlaceholder(schedule)) {
      const here = pathSpan(doc, ['spec', 'schedule']);
      const tz = /^(?:CRON_)?TZ=(\S+)\s+(.*)$/.exec(schedule.trim());
      if (tz)
        out.push(
          at(
            here,
            `A schedule may not start with \`TZ=\` or \`CRON_TZ=\`: set \`timeZone: ${tz[1]}\` and keep \`${tz[2]}\` as the schedule.`,
          ),
        );
      const problem = cronProblem(schedule);
      if (problem) out.push(at(here, `Schedule \`${schedule}\` ${problem}.`));
    }
    const zone = spec.timeZone;
    if (typeof zone === 'string' && !isPlaceholder(zone)) {
      const problem = timeZoneProblem(zone);
      if (problem) out.push(at(pathSpan(doc, ['spec', 'timeZone']), `Time zone \`${zone}\` ${problem}.`));
    }
    return out;
  },
};
