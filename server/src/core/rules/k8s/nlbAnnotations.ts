/** `service.beta.kubernetes.io/aws-load-balancer-*` annotations on Services: known keys and valid values. */
import type { Rule } from '../rule';
import { NLB_ANNOTATIONS, NLB_NAMED_PREFIXES } from '../../k8s/nlbAnnotations';
import { NLB_PREFIX } from '../../k8s/loadBalancers';
import { checkAnnotations } from './annotations';
import { isK8s } from './guard';

export const nlbAnnotationsRule: Rule = {
  id: 'eks/nlb-annotations',
  severity: 'error',
  description:
    'AWS load balancer annotations on Services: unknown keys (warning) and invalid values (aws-load-balancer-type, nlb-target-type, scheme…).',
  appliesTo: (doc) => isK8s(doc, ['Service']),
  check: (doc) => checkAnnotations(doc, NLB_PREFIX, NLB_ANNOTATIONS, 'service', NLB_NAMED_PREFIXES),
};
