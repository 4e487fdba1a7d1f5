/** Storage in the Kubernetes graph: StorageClasses → their CSI (or in-tree) driver, and claims → their class. */
import type { DocEntry } from '../workspace';
import { asArr, asObj, nameOf, str, stringMap } from '../k8s/objects';
import { EBS_PROVISIONERS, EFS_PROVISIONERS, FSX_PROVISIONERS } from '../k8s/storage';
import { asText } from '../text/asText';
import { nodeId } from './model';
import { docSpan } from './sources';
import { clusterScope, ns, pvcId, storageClassId, type Ctx } from './k8sContext';

export function addStorageClass(ctx: Ctx, e: DocEntry): void {
  const name = nameOf(e.doc.value);
  if (!name) return;
  const v = asObj(e.doc.value);
  const provisioner = str(v.provisioner);
  const params = stringMap(v.parameters);
  const facts = [];
  if (provisioner) facts.push(`provisioner ${provisioner}`);
  if (params.type) facts.push(`volume type ${params.type}`);
  if (typeof v.volumeBindingMode === 'string') facts.push(`binding ${v.volumeBindingMode}`);
  if (typeof v.reclaimPolicy === 'string') facts.push(`reclaim ${v.reclaimPolicy}`);
  const isDefault = asText(asObj(asObj(v.metadata).annotations)['storageclass.kubernetes.io/is-default-class']) === 'true';
  if (isDefault) {
    facts.push('default class');
    ctx.defaultClass ??= name;
  }
  const id = ctx.b.node('storage-class', storageClassId(name), {
    label: `StorageClass ${name}`,
    group: clusterScope(ctx),
    facts,
    source: docSpan(e),
  }).id;
  if (provisioner) ctx.b.edge(id, csiNode(ctx, provisioner), 'provisions', 'provisioner');
}

function csiNode(ctx: Ctx, provisioner: string): string {
  const what = EBS_PROVISIONERS.includes(provisioner)
    ? 'EBS'
    : EFS_PROVISIONERS.includes(provisioner)
      ? 'EFS'
      : FSX_PROVISIONERS.includes(provisioner)
        ? 'FSx'
        : undefined;
  const legacy = provisioner.startsWith('kubernetes.io/');
  const label = what ? `${what} ${legacy ? 'in-tree driver' : 'CSI driver'}` : `Driver ${provisioner}`;
  return ctx.b.node('csi-driver', nodeId('csi-driver', provisioner), {
    label,
    group: clusterScope(ctx),
    facts: [`provisioner ${provisioner}`],
  }).id;
}

export function addClaim(
  ctx: Ctx,
  e: DocEntry,
  n: string,
  name: string | undefined,
  specValue: unknown,
  source: { uri: string; offset: number; length: number },
  template?: string,
): string | undefined {
  if (!name) return undefined;
  const spec = asObj(specValue);
  const facts: string[] = [];
  const modes = asArr(spec.accessModes).map(asText);
  if (modes.length) facts.push(`access ${modes.join(', ')}`);
  const size = str(asObj(asObj(spec.resources).requests).storage);
  if (size) facts.push(`size ${size}`);
  if (template) facts.push(`claim template of ${template}; one claim per pod`);
  const id = ctx.b.node('pvc', pvcId(n, name), {
    label: `${template ? 'Claim template' : 'PVC'} ${name}`,
    group: ns(ctx, n),
    facts,
    source,
  }).id;
  const className = str(spec.storageClassName);
  if (className) {
    const sc = ctx.b.ref('storage-class', storageClassId(className), {
      label: `StorageClass ${className}`,
      group: clusterScope(ctx),
      facts: ['named by a claim; not in the workspace'],
    }).id;
    ctx.b.edge(id, sc, 'provisions', 'storage class');
  } else if (className === undefined && ctx.defaultClass) {
    ctx.b.edge(id, storageClassId(ctx.defaultClass), 'provisions', 'default class');
  }
  return id;
}
