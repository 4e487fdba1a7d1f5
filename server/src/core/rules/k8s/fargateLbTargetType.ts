/**
 * Load balancers can reach Fargate pods only through IP targets: ALB/NLB `instance` targets
 * go through node ports on EC2 nodes, which Fargate pods do not have.
 */
import type { Rule, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import type { WorkspaceIndex } from '../../workspace';
import { describeProfile, fargateBehind, fargateProfiles } from '../../k8s/fargate';
import { asObj, findNamed, namespaceOf } from '../../k8s/objects';
import { ALB_PREFIX, NLB_PREFIX, annotationsOf, ingressBackends, isAlbIngress, nlbTargetType } from '../../k8s/loadBalancers';
import { isK8s } from './guard';
import { at, pathSpan, keySpan } from '../place';

export const fargateLbTargetTypeRule: Rule = {
  id: 'eks/fargate-lb-target-type',
  severity: 'warning',
  description: 'ALB Ingresses and NLB Services with instance targets in front of pods that run on Fargate (use ip).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc, ['Ingress', 'Service']),
  check(doc, ctx) {
    if (!fargateProfiles(ctx.workspace).length) return [];
    return doc.kind.family === 'k8s' && doc.kind.kind === 'Ingress' ? ingress(doc, ctx.workspace) : service(doc, ctx.workspace);
  },
};

function ingress(doc: DocUnit, ws: WorkspaceIndex): RuleFinding[] {
  if (!isAlbIngress(doc.value)) return [];
  const own = annotationsOf(doc.value)[`${ALB_PREFIX}target-type`];
  const ns = namespaceOf(doc.value);
  const out: RuleFinding[] = [];
  const seen = new Set<string>();
  for (const b of ingressBackends(doc.value)) {
    if (seen.has(b.name)) continue;
    seen.add(b.name);
    for (const svc of findNamed(ws, 'Service', b.name, ns)) {
      // a Service may override the Ingress's target type with its own annotation
      const type = annotationsOf(svc.doc.value)[`${ALB_PREFIX}target-type`] ?? own ?? 'instance';
      if (type === 'ip') continue;
      const p = fargateBehind(ws, svc.doc.value);
      if (!p) continue;
      const span =
        own !== undefined
          ? pathSpan(doc, ['metadata', 'annotations', `${ALB_PREFIX}target-type`])
          : pathSpan(doc, [...b.path, 'service', 'name']);
      out.push(
        at(
          span,
          `Service \`${b.name}\` sends traffic to pods on Fargate (${describeProfile(p)}), which the ALB can reach only as IP targets: set \`${ALB_PREFIX}target-type: ip\`${own === undefined ? ' (the default is instance)' : ''}.`,
          own === 'instance'
            ? [
                {
                  title: 'Use IP targets',
                  edits: [{ ...pathSpan(doc, ['metadata', 'annotations', `${ALB_PREFIX}target-type`]), newText: 'ip' }],
                  preferred: true,
                },
              ]
            : undefined,
        ),
      );
      break;
    }
  }
  return out;
}

function service(doc: DocUnit, ws: WorkspaceIndex): RuleFinding[] {
  const spec = asObj(asObj(doc.value).spec);
  if (spec.type !== 'LoadBalancer' || nlbTargetType(doc.value) === 'ip') return [];
  const p = fargateBehind(ws, doc.value);
  if (!p) return [];
  const key = `${NLB_PREFIX}nlb-target-type`;
  const span = keySpan(doc, ['metadata', 'annotations'], key)
    ? pathSpan(doc, ['metadata', 'annotations', key])
    : pathSpan(doc, ['spec', 'type']);
  return [
    at(
      span,
      `This load balancer fronts pods on Fargate (${describeProfile(p)}), which only IP targets reach: use the AWS Load Balancer Controller with \`${NLB_PREFIX}type: external\` and \`${key}: ip\`.`,
    ),
  ];
}
