/**
 * What a pod template refers to by name: its ServiceAccount, the ConfigMaps and Secrets of its
 * volumes and environment, image pull Secrets and claims. The missing-reference rule, navigation
 * (go to definition, find references, rename) and the diagram's edges read the same list.
 */
import type { JsonPath } from '../parse/tree';
import { asArr, asObj, isObj, str, type ContainerRef } from './objects';

export type PodRefKind = 'ServiceAccount' | 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim';

export interface PodRef {
  kind: PodRefKind;
  name: string;
  path: JsonPath;
  /** `optional: true`: the pod starts without it */
  optional: boolean;
}

export function podReferences(spec: Record<string, unknown>, specPath: JsonPath, containers: readonly ContainerRef[]): PodRef[] {
  const out: PodRef[] = [];
  const add = (kind: PodRefKind, name: string | undefined, path: JsonPath, optional: unknown = false) => {
    if (name) out.push({ kind, name, path, optional: optional === true });
  };
  add('ServiceAccount', str(spec.serviceAccountName), [...specPath, 'serviceAccountName']);
  asArr(spec.imagePullSecrets).forEach((s, i) => add('Secret', str(asObj(s).name), [...specPath, 'imagePullSecrets', i, 'name']));
  asArr(spec.volumes).forEach((v, i) => {
    if (!isObj(v)) return;
    const p = [...specPath, 'volumes', i];
    const cm = asObj(v.configMap);
    add('ConfigMap', str(cm.name), [...p, 'configMap', 'name'], cm.optional);
    const sec = asObj(v.secret);
    add('Secret', str(sec.secretName), [...p, 'secret', 'secretName'], sec.optional);
    add('PersistentVolumeClaim', str(asObj(v.persistentVolumeClaim).claimName), [...p, 'persistentVolumeClaim', 'claimName']);
    asArr(asObj(v.projected).sources).forEach((s, j) => {
      const o = asObj(s);
      for (const kind of ['configMap', 'secret'] as const) {
        const ref = asObj(o[kind]);
        add(kind === 'configMap' ? 'ConfigMap' : 'Secret', str(ref.name), [...p, 'projected', 'sources', j, kind, 'name'], ref.optional);
      }
    });
  });
  for (const c of containers) {
    asArr(c.container.env).forEach((e, i) => {
      const from = asObj(asObj(e).valueFrom);
      for (const [key, kind] of [
        ['configMapKeyRef', 'ConfigMap'],
        ['secretKeyRef', 'Secret'],
      ] as const) {
        const ref = asObj(from[key]);
        add(kind, str(ref.name), [...c.path, 'env', i, 'valueFrom', key, 'name'], ref.optional);
      }
    });
    asArr(c.container.envFrom).forEach((e, i) => {
      for (const [key, kind] of [
        ['configMapRef', 'ConfigMap'],
        ['secretRef', 'Secret'],
      ] as const) {
        const ref = asObj(asObj(e)[key]);
        add(kind, str(ref.name), [...c.path, 'envFrom', i, key, 'name'], ref.optional);
      }
    });
  }
  return out;
}
