/** Finished Job pods stay in the API until deleted; on Fargate AWS advises a TTL to clean them up. */
import type { Rule } from '../rule';
import { describeProfile } from '../../k8s/fargate';
import { asObj } from '../../k8s/objects';
import { onFargate } from './fargate';
import { at, pathSpan } from '../place';
import { isK8s } from './guard';

export const fargateJobTtlRule: Rule = {
  id: 'eks/fargate-job-ttl',
  severity: 'information',
  description: 'Jobs on Fargate without ttlSecondsAfterFinished: finished pods linger.',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, ['Job']),
  check(doc, ctx) {
    const f = onFargate(doc, ctx);
    if (!f || asObj(asObj(doc.value).spec).ttlSecondsAfterFinished !== undefined) return [];
    return [
      at(
        pathSpan(doc, ['spec'], true),
        `This Job runs on Fargate (${describeProfile(f.profile)}): set \`spec.ttlSecondsAfterFinished\` so finished pods are deleted instead of lingering.`,
      ),
    ];
  },
};
