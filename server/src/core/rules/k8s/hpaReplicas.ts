/** HorizontalPodAutoscaler bounds as the API server checks them: minReplicas ≥ 1 and maxReplicas ≥ minReplicas. */
import type { Rule, RuleFinding } from '../rule';
import { asObj } from '../../k8s/objects';
import { isK8s } from './guard';
import { at, pathSpan } from '../place';

export const hpaReplicasRule: Rule = {
  id: 'k8s/hpa-replicas',
  severity: 'error',
  description: 'HorizontalPodAutoscaler minReplicas at least 1 and maxReplicas not below minReplicas.',
  appliesTo: (doc) => isK8s(doc, ['HorizontalPodAutoscaler']),
  check(doc) {
    const spec = asObj(asObj(doc.value).spec);
    const min = spec.minReplicas;
    const max = spec.maxReplicas;
    const out: RuleFinding[] = [];
    // 0 needs the HPAScaleToZero feature gate, which EKS does not enable
    if (typeof min === 'number' && min < 1) out.push(at(pathSpan(doc, ['spec', 'minReplicas']), '`minReplicas` must be at least 1.'));
    const lower = typeof min === 'number' ? min : 1;
    if (typeof max === 'number' && max < lower)
      out.push(
        at(
          pathSpan(doc, ['spec', 'maxReplicas']),
          `\`maxReplicas\` (${max}) must be at least \`minReplicas\` (${lower}${typeof min === 'number' ? '' : ', the default'}).`,
        ),
      );
    return out;
  },
};
