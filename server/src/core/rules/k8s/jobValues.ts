/**
 * Job and CronJob numbers as the API server checks them: `backoffLimit`, `completions`,
 * `parallelism`, `ttlSecondsAfterFinished` and the CronJob history limits not negative,
 * `activeDeadlineSeconds` positive; and a Job's pods restart `OnFailure` or `Never` (the
 * default, `Always`, is refused for Jobs).
 */
import type { Rule, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import type { JsonPath } from '../../parse/tree';
import { asObj, str } from '../../k8s/objects';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

const NOT_NEGATIVE = ['backoffLimit', 'completions', 'parallelism', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex', 'maxFailedIndexes'];

export const jobValuesRule: Rule = {
  id: 'k8s/job-values',
  severity: 'error',
  description:
    'Job backoffLimit/completions/parallelism ≥ 0, activeDeadlineSeconds > 0, CronJob history limits ≥ 0, restartPolicy OnFailure or Never.',
  appliesTo: (doc) => isK8s(doc, ['Job', 'CronJob']),
  check(doc, ctx) {
    const v = asObj(doc.value);
    const cron = doc.kind.family === 'k8s' && doc.kind.kind === 'CronJob';
    const out: RuleFinding[] = [];
    if (cron) {
      const spec = asObj(v.spec);
      for (const key of ['successfulJobsHistoryLimit', 'failedJobsHistoryLimit', 'startingDeadlineSeconds'])
        if (typeof spec[key] === 'number' && (spec[key] as number) < 0)
          out.push(at(pathSpan(doc, ['spec', key]), `\`${key}\` may not be negative.`));
    }
    const path: JsonPath = cron ? ['spec', 'jobTemplate', 'spec'] : ['spec'];
    const spec = cron ? asObj(asObj(asObj(v.spec).jobTemplate).spec) : asObj(v.spec);
    out.push(...jobSpec(doc, path, spec, isPatch(doc, ctx)));
    return out;
  },
};

function jobSpec(doc: DocUnit, path: JsonPath, spec: Record<string, unknown>, partial: boolean): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const key of NOT_NEGATIVE) {
    const n = spec[key];
    if (typeof n === 'number' && n < 0)
      out.push(
        at(
          pathSpan(doc, [...path, key]),
          `\`${key}\` may not be negative${key === 'backoffLimit' ? ' (0 means no retries; there is no "unlimited" value)' : ''}.`,
        ),
      );
  }
  const deadline = spec.activeDeadlineSeconds;
  if (typeof deadline === 'number' && deadline <= 0)
    out.push(
      at(
        pathSpan(doc, [...path, 'activeDeadlineSeconds']),
        '`activeDeadlineSeconds` must be greater than 0 (leave it out for no deadline).',
      ),
    );
  const template = asObj(spec.template);
  if (!Object.keys(template).length || partial) return out;
  const policy = asObj(template.spec).restartPolicy;
  const p = str(policy);
  if (policy === undefined || policy === null) {
    const span = pathSpan(doc, [...path, 'template', 'spec'], true);
    out.push(at(span, "A Job's pod template needs `restartPolicy: OnFailure` or `Never`: the default (Always) is refused for Jobs."));
  } else if (p === 'Always')
    out.push(
      at(
        pathSpan(doc, [...path, 'template', 'spec', 'restartPolicy']),
        "A Job's pods cannot use `restartPolicy: Always`: use `OnFailure` (retry in place) or `Never` (a new pod per retry).",
        [
          {
            title: 'Change to "OnFailure"',
            edits: [{ ...pathSpan(doc, [...path, 'template', 'spec', 'restartPolicy']), newText: 'OnFailure' }],
            preferred: true,
          },
          { title: 'Change to "Never"', edits: [{ ...pathSpan(doc, [...path, 'template', 'spec', 'restartPolicy']), newText: 'Never' }] },
        ],
      ),
    );
  return out;
}
