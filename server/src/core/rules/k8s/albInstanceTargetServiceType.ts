/**
 * With `instance` targets (the default) the ALB sends traffic to a node port of the backend
 * Service: a ClusterIP Service has none, and the AWS Load Balancer Controller refuses to build
 * the load balancer for that Ingress.
 */
import type { Rule, RuleFinding } from '../rule';
import { fargateBehind } from '../../k8s/fargate';
import { asObj, findNamed, isPlaceholder, namespaceOf, str } from '../../k8s/objects';
import { ALB_PREFIX, annotationsOf, ingressBackends, isAlbIngress } from '../../k8s/loadBalancers';
import { isK8s, isPatch } from './guard';
import { at, pathSpan } from '../place';

const TARGET_TYPE = `${ALB_PREFIX}target-type`;

export const albInstanceTargetServiceTypeRule: Rule = {
  id: 'eks/alb-instance-target-service-type',
  severity: 'warning',
  description:
    'ALB Ingress with instance targets (the default) in front of a ClusterIP Service, which has no node port to send traffic to.',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, ['Ingress']),
  check(doc, ctx) {
    if (isPatch(doc, ctx) || !isAlbIngress(doc.value)) return [];
    const own = annotationsOf(doc.value)[TARGET_TYPE];
    if (own !== undefined && (own === 'ip' || isPlaceholder(own))) return [];
    const ns = namespaceOf(doc.value);
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const b of ingressBackends(doc.value)) {
      if (seen.has(b.name)) continue;
      seen.add(b.name);
      const svc = findNamed(ctx.workspace, 'Service', b.name, ns)[0];
      if (!svc) continue;
      // a Service may choose its own target type
      const type = annotationsOf(svc.doc.value)[TARGET_TYPE] ?? own ?? 'instance';
      if (type !== 'instance') continue;
      const written = str(asObj(asObj(svc.doc.value).spec).type);
      if ((written ?? 'ClusterIP') !== 'ClusterIP') continue;
      // pods on Fargate: eks/fargate-lb-target-type already asks for ip targets
      if (fargateBehind(ctx.workspace, svc.doc.value)) continue;
      out.push(
        at(
          pathSpan(doc, [...b.path, ...(b.v1 ? ['service', 'name'] : ['serviceName'])]),
          `Service \`${b.name}\` is ${written ? 'ClusterIP' : 'ClusterIP (the default type)'}, but this ALB uses instance targets${own === undefined ? ' (the default)' : ''}, which need a node port: the controller will not create the load balancer. Set \`${TARGET_TYPE}: ip\`, or make the Service type NodePort.`,
        ),
      );
    }
    return out;
  },
};
