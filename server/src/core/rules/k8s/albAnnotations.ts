/** `alb.ingress.kubernetes.io/*` annotations: known keys, and values the controller can parse. */
import type { Rule } from '../rule';
import { ALB_ANNOTATIONS, ALB_NAMED_PREFIXES } from '../../k8s/albAnnotations';
import { ALB_PREFIX } from '../../k8s/loadBalancers';
import { checkAnnotations } from './annotations';
import { isK8s } from './guard';

export const albAnnotationsRule: Rule = {
  id: 'eks/alb-annotations',
  severity: 'error',
  description:
    'AWS Load Balancer Controller Ingress annotations: unknown keys (warning) and values it rejects (target-type, scheme, listen-ports JSON, health-check port…).',
  appliesTo: (doc) => isK8s(doc, ['Ingress', 'Service']),
  check(doc) {
    const target = doc.kind.family === 'k8s' && doc.kind.kind === 'Ingress' ? 'ingress' : 'service';
    return checkAnnotations(doc, ALB_PREFIX, ALB_ANNOTATIONS, target, ALB_NAMED_PREFIXES);
  },
};
