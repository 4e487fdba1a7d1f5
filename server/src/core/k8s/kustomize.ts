/**
 * What the kustomization files of the workspace change at build time: ConfigMaps and Secrets
 * they generate, image tags they set, and which manifests they read as resources. Rules use it
 * to stay quiet about things kustomize supplies (`kubectl apply -k`).
 */
import type { SourceFile } from '../types';
import type { AstNode } from '../parse/tree';
import { findNodeAtPath } from '../parse/tree';
import type { WorkspaceIndex } from '../workspace';
import { asArr, asObj, isObj, str, type Obj } from './objects';
import { asText } from '../text/asText';

export interface Kustomization {
  file: SourceFile;
  dir: string;
  value: Obj;
}

export const KUSTOMIZATION = /\/kustomization\.ya?ml$/i;

export function kustomizations(ws: WorkspaceIndex): Kustomization[] {
  return ws.memo('kustomize.files', () => readKustomizations(ws));
}

function readKustomizations(ws: WorkspaceIndex): Kustomization[] {
  const list: Kustomization[] = [];
  for (const file of ws.matching(KUSTOMIZATION)) {
    const dir = file.uri.slice(0, file.uri.lastIndexOf('/') + 1);
    for (const d of file.docs) if (isObj(d.value)) list.push({ file, dir, value: d.value });
  }
  return list;
}

/** Names of the ConfigMaps or Secrets that `configMapGenerator` / `secretGenerator` make. */
export function generatedNames(ws: WorkspaceIndex, kind: 'ConfigMap' | 'Secret'): ReadonlySet<string> {
  return ws.memo(`kustomize.generated:${kind}`, () => {
    const key = kind === 'ConfigMap' ? 'configMapGenerator' : 'secretGenerator';
    const out = new Set<string>();
    for (const k of kustomizations(ws)) {
      const prefix = str(k.value.namePrefix) ?? '';
      const suffix = str(k.value.nameSuffix) ?? '';
      for (const g of asArr(k.value[key])) {
        const name = str(asObj(g).name);
        // references are rewritten by the same kustomization, so the bare name is what manifests use
        if (name) {
          out.add(name);
          out.add(`${prefix}${name}${suffix}`);
        }
      }
    }
    return out;
  });
}

/** A `configMapGenerator` / `secretGenerator` entry: the kustomization file and the entry's node in it. */
export interface GeneratorEntry {
  file: SourceFile;
  /** the entry (a mapping with `name`) */
  node: AstNode;
  name: string;
}

/** The generator entries of the workspace that make a ConfigMap or Secret, by the name manifests use. */
export function generatorEntries(ws: WorkspaceIndex, kind: 'ConfigMap' | 'Secret'): ReadonlyMap<string, GeneratorEntry[]> {
  return ws.memo(`kustomize.generatorEntries:${kind}`, () => {
    const key = kind === 'ConfigMap' ? 'configMapGenerator' : 'secretGenerator';
    const out = new Map<string, GeneratorEntry[]>();
    for (const file of ws.matching(KUSTOMIZATION))
      for (const d of file.docs) {
        const list = findNodeAtPath(d.root, [key]);
        for (const node of list?.type === 'array' ? (list.children ?? []) : []) {
          const name = findNodeAtPath(node, ['name'])?.value;
          if (typeof name !== 'string' || !name) continue;
          const entries = out.get(name) ?? [];
          entries.push({ file, node, name });
          out.set(name, entries);
        }
      }
    return out;
  });
}

/** The image name without tag or digest (`registry:5000/team/app:1.2` → `registry:5000/team/app`). */
export function imageName(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at < 0 ? image : image.slice(0, at);
  const colon = noDigest.indexOf(':', noDigest.lastIndexOf('/') + 1);
  return colon < 0 ? noDigest : noDigest.slice(0, colon);
}

/** A kustomization's `images:` pins a tag (not `latest`) or digest for this image, so the manifest's own tag does not count. */
export function kustomizeSetsTag(ws: WorkspaceIndex, image: string): boolean {
  const name = imageName(image);
  return kustomizations(ws).some((k) =>
    asArr(k.value.images).some((i) => {
      const o = asObj(i);
      // `newTag: latest` (seen in real overlays) pins nothing
      return str(o.name) === name && (o.digest !== undefined || (o.newTag !== undefined && asText(o.newTag) !== 'latest'));
    }),
  );
}

/** The file is listed under `resources` (or the older `bases`) of a kustomization in the workspace. */
export function isKustomizeResource(ws: WorkspaceIndex, uri: string): boolean {
  const target = pathOf(uri);
  return kustomizations(ws).some((k) =>
    [...asArr(k.value.resources), ...asArr(k.value.bases)].some((r) => typeof r === 'string' && resolve(k.dir, r) === target),
  );
}

/** a uri's path (a kustomization's resources are paths relative to its folder) */
export const pathOf = (uri: string) => {
  try {
    return new URL(uri).pathname;
  } catch {
    return uri;
  }
};
/** `rel` resolved against a folder uri, as a path ('' when it does not resolve) */
export const resolve = (dir: string, rel: string) => {
  try {
    return new URL(rel, dir).pathname;
  } catch {
    return '';
  }
};
