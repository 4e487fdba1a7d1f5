/**
 * PodDisruptionBudget budgets as the API server checks them: `minAvailable` and `maxUnavailable`
 * are not both set, and each is a whole number ≥ 0 or a percentage from 0% to 100%.
 */
import type { Rule, RuleFinding } from '../rule';
import { asObj, isPlaceholder } from '../../k8s/objects';
import { isK8s } from './guard';
import { at, pathSpan } from '../place';

export const pdbBudgetRule: Rule = {
  id: 'k8s/pdb-budget',
  severity: 'error',
  description: 'PodDisruptionBudget with one of minAvailable/maxUnavailable (not both), each a count ≥ 0 or a percentage ≤ 100%.',
  appliesTo: (doc) => isK8s(doc, ['PodDisruptionBudget']),
  check(doc) {
    const spec = asObj(asObj(doc.value).spec);
    const out: RuleFinding[] = [];
    const set = ['minAvailable', 'maxUnavailable'].filter((k) => spec[k] !== undefined && spec[k] !== null);
    if (set.length === 2)
      out.push(
        at(
          pathSpan(doc, ['spec', 'maxUnavailable'], true),
          'A PodDisruptionBudget takes `minAvailable` or `maxUnavailable`, not both: keep one.',
        ),
      );
    for (const key of set) {
      const v = spec[key];
      const here = pathSpan(doc, ['spec', key]);
      if (typeof v === 'number' && (v < 0 || !Number.isInteger(v)))
        out.push(at(here, `\`${key}\` must be a whole number ≥ 0 or a percentage.`));
      if (typeof v === 'string' && !isPlaceholder(v)) {
        const pct = /^(\d+)%$/.exec(v);
        if (!pct)
          out.push(
            at(
              here,
              /^\d+$/.test(v)
                ? `\`${key}\` is quoted: a count is written without quotes (\`${key}: ${v}\`), a percentage with "%".`
                : `\`${key}\` must be a whole number or a percentage such as "50%".`,
            ),
          );
        else if (Number(pct[1]) > 100) out.push(at(here, `\`${key}\` may not be above 100%.`));
      }
    }
    return out;
  },
};
