/** Fargate pods cannot mount EBS volumes (EFS only): the pod stays Pending. */
import type { Rule, RuleFinding } from '../rule';
import { describeProfile } from '../../k8s/fargate';
import { asArr, asObj, isObj, str } from '../../k8s/objects';
import { claim, claimProvisioner, isEbs } from '../../k8s/storage';
import { onFargate } from './fargate';
import { at, pathSpan } from '../place';
import { isK8s } from './guard';

export const fargateEbsRule: Rule = {
  id: 'eks/fargate-ebs-volume',
  severity: 'error',
  description: 'EBS-backed volumes (PVCs of an EBS StorageClass, awsElasticBlockStore) in pods that run on Fargate.',
  crossFile: true,
  appliesTo: (doc) => isK8s(doc) && doc.kind.kind !== 'DaemonSet',
  check(doc, ctx) {
    const f = onFargate(doc, ctx);
    if (!f) return [];
    const where = describeProfile(f.profile);
    const msg = (what: string) =>
      `${what} is backed by EBS, which Fargate pods cannot mount (${where} selects this pod): the pod will stay Pending. Use EFS, or run the workload on EC2 nodes.`;
    const out: RuleFinding[] = [];
    asArr(f.template.spec.volumes).forEach((v, i) => {
      if (!isObj(v)) return;
      const path = [...f.template.specPath, 'volumes', i];
      if (v.awsElasticBlockStore)
        out.push(at(pathSpan(doc, [...path, 'awsElasticBlockStore'], true), msg(`Volume \`${str(v.name) ?? i}\``)));
      if (isEbs(str(asObj(v.csi).driver))) out.push(at(pathSpan(doc, [...path, 'csi', 'driver']), msg(`Volume \`${str(v.name) ?? i}\``)));
      const claimName = str(asObj(v.persistentVolumeClaim).claimName);
      if (claimName) {
        const pvc = claim(ctx.workspace, claimName, f.namespace);
        const backing = pvc ? claimProvisioner(ctx.workspace, asObj(pvc.doc.value).spec) : undefined;
        if (backing && isEbs(backing.provisioner))
          out.push(
            at(
              pathSpan(doc, [...path, 'persistentVolumeClaim', 'claimName']),
              msg(`Claim \`${claimName}\` (StorageClass \`${backing.className}\`)`),
            ),
          );
      }
      const eph = asObj(asObj(asObj(v.ephemeral).volumeClaimTemplate).spec);
      if (v.ephemeral) {
        const backing = claimProvisioner(ctx.workspace, eph);
        if (backing && isEbs(backing.provisioner))
          out.push(at(pathSpan(doc, [...path, 'ephemeral'], true), msg(`Ephemeral volume \`${str(v.name) ?? i}\``)));
      }
    });
    if (doc.kind.family === 'k8s' && doc.kind.kind === 'StatefulSet') {
      asArr(asObj(asObj(doc.value).spec).volumeClaimTemplates).forEach((t, i) => {
        const backing = claimProvisioner(ctx.workspace, asObj(t).spec);
        if (backing && isEbs(backing.provisioner))
          out.push(
            at(
              pathSpan(doc, ['spec', 'volumeClaimTemplates', i, 'metadata', 'name']),
              msg(`Volume claim template \`${str(asObj(asObj(t).metadata).name) ?? i}\``),
            ),
          );
      });
    }
    return out;
  },
};
