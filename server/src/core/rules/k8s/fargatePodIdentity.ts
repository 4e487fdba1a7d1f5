/** EKS Pod Identity needs the node agent, which Fargate does not run: use IRSA there. */
import type { Rule } from '../rule';
import { describeProfile, podIdentityAssociation } from '../../k8s/fargate';
import { str } from '../../k8s/objects';
import { onFargate } from './fargate';
import { at, pathSpan } from '../place';
import { isK8s } from './guard';

export const fargatePodIdentityRule: Rule = {
  id: 'eks/fargate-pod-identity',
  severity: 'warning',
  description: 'Pods on Fargate whose service account relies on an EKS Pod Identity association (not supported on Fargate).',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc) && doc.kind.kind !== 'DaemonSet',
  check(doc, ctx) {
    const f = onFargate(doc, ctx);
    if (!f) return [];
    const sa = str(f.template.spec.serviceAccountName) ?? str(f.template.spec.serviceAccount) ?? 'default';
    const assoc = podIdentityAssociation(ctx.workspace, f.namespace, sa);
    if (!assoc) return [];
    const path = f.template.spec.serviceAccountName !== undefined ? [...f.template.specPath, 'serviceAccountName'] : ['kind'];
    return [
      at(
        pathSpan(doc, path),
        `Service account \`${sa}\` gets its AWS role from an EKS Pod Identity association${assoc.cluster ? ` (cluster \`${assoc.cluster}\`)` : ''}, which does not work on Fargate (${describeProfile(f.profile)} selects this pod): the pod gets no AWS credentials. Use IRSA (the \`eks.amazonaws.com/role-arn\` annotation) instead.`,
      ),
    ];
  },
};
