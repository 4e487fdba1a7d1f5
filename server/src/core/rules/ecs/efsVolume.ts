/** EFS volume settings ECS refuses: IAM or access points without TLS, access point with a root directory. */
import type { Rule, RuleFinding } from '../rule';
import { findNodeAtPath, findProperty } from '../../parse/tree';
import { taskView, taskNode, isObj, str } from '../../ecs/model';
import { setProperty } from '../../ecs/fixes';
import { removeProperty } from '../../edit/removeProperty';
import { isEcs } from './guard';
import { at } from '../place';

export const efsVolume: Rule = {
  id: 'ecs/efs-volume',
  severity: 'error',
  description:
    'EFS volumes: IAM authorization and access points need transitEncryption ENABLED; with an access point, rootDirectory must be omitted or "/".',
  appliesTo: (doc) => isEcs(doc, ['task-definition']),
  check(doc, ctx) {
    const v = taskView(doc);
    const vols = v && taskNode(v, ['volumes']);
    if (!v || vols?.type !== 'array') return [];
    const out: RuleFinding[] = [];
    for (const vol of vols.children ?? []) {
      const efs = findNodeAtPath(vol, ['efsVolumeConfiguration']);
      if (efs?.type !== 'object') continue;
      const ev = toObj(efs);
      const auth = isObj(ev.authorizationConfig) ? ev.authorizationConfig : {};
      const tls = str(ev.transitEncryption) === 'ENABLED';
      const tlsFix = {
        title: 'Set "transitEncryption" to "ENABLED"',
        edits: setProperty(ctx.file, efs, 'transitEncryption', 'ENABLED', { after: ['rootDirectory', 'fileSystemId'] }),
        preferred: true,
      };
      const iamNode = findNodeAtPath(efs, ['authorizationConfig', 'iam']);
      if (str(auth.iam) === 'ENABLED' && !tls && iamNode) {
        out.push(at(iamNode, 'EFS IAM authorization works only over TLS. Set "transitEncryption": "ENABLED" on this volume.', [tlsFix]));
      }
      const apNode = findNodeAtPath(efs, ['authorizationConfig', 'accessPointId']);
      if (typeof auth.accessPointId === 'string' && apNode) {
        if (!tls && str(auth.iam) !== 'ENABLED')
          out.push(at(apNode, 'EFS access points need TLS. Set "transitEncryption": "ENABLED" on this volume.', [tlsFix]));
        const rootProp = findProperty(efs, 'rootDirectory');
        const root = str(ev.rootDirectory);
        if (rootProp && root !== undefined && root !== '/' && root !== '') {
          out.push(
            at(
              rootProp.children![1] ?? rootProp.children![0],
              'With an access point the root directory comes from the access point; "rootDirectory" must be omitted or "/".',
              [{ title: 'Remove "rootDirectory"', edits: removeProperty(ctx.file, rootProp), preferred: true }],
            ),
          );
        }
      }
    }
    return out;
  },
};

function toObj(node: import('../../parse/tree').AstNode): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const p of node.children ?? []) {
    const k = p.children?.[0]?.value;
    const val = p.children?.[1];
    if (typeof k !== 'string' || !val) continue;
    o[k] = val.type === 'object' ? toObj(val) : val.value;
  }
  return o;
}
