/** Fargate runs one pod per micro-VM and has no nodes to run a DaemonSet on. */
import type { Rule } from '../rule';
import { describeProfile } from '../../k8s/fargate';
import { onFargate } from './fargate';
import { at, pathSpan } from '../place';
import { isK8s } from './guard';

export const fargateDaemonSetRule: Rule = {
  id: 'eks/fargate-daemonset',
  severity: 'warning',
  description: 'DaemonSets whose pods a Fargate profile selects: Fargate runs no DaemonSets.',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, ['DaemonSet']),
  check(doc, ctx) {
    const f = onFargate(doc, ctx);
    if (!f) return [];
    return [
      at(
        pathSpan(doc, ['kind']),
        `${describeProfile(f.profile)} selects this DaemonSet's pods, but Fargate does not run DaemonSets: they only run on EC2 nodes. Run the agent as a sidecar for Fargate pods, or narrow the profile's selectors.`,
      ),
    ];
  },
};
