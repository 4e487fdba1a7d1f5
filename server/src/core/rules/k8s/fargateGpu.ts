/** Fargate offers no GPUs: a pod requesting `nvidia.com/gpu` there stays Pending. */
import type { Rule, RuleFinding } from '../rule';
import { describeProfile } from '../../k8s/fargate';
import { asObj, containersOf } from '../../k8s/objects';
import { onFargate } from './fargate';
import { at, keySpan } from '../place';
import { isK8s } from './guard';

const GPU = /^(nvidia\.com\/gpu|amd\.com\/gpu|aws\.amazon\.com\/neuron(core|device)?|vpc\.amazonaws\.com\/efa)$/;

export const fargateGpuRule: Rule = {
  id: 'eks/fargate-gpu',
  severity: 'error',
  description: 'GPU, Neuron or EFA resource requests in pods that run on Fargate.',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc) && doc.kind.kind !== 'DaemonSet',
  check(doc, ctx) {
    const f = onFargate(doc, ctx);
    if (!f) return [];
    const out: RuleFinding[] = [];
    for (const c of containersOf(f.template)) {
      const res = asObj(c.container.resources);
      for (const part of ['limits', 'requests']) {
        for (const name of Object.keys(asObj(res[part]))) {
          if (!GPU.test(name)) continue;
          const span = keySpan(doc, [...c.path, 'resources', part], name);
          if (span)
            out.push(
              at(
                span,
                `\`${name}\` is not available on Fargate (${describeProfile(f.profile)} selects this pod): the pod will stay Pending. Run it on a GPU node group instead.`,
              ),
            );
        }
      }
    }
    return out;
  },
};
