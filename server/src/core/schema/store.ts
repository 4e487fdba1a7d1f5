/**
 * Loads the bundled schemas once (from the package folder, never from the network) and
 * resolves `$ref`s between them for completion and hover.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './packageRoot';
import type { DocKind } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { crdSchema } from '../k8s/crd';
import { bundledFingerprint, bundledSchemaFiles, ID_BASE, sha1 } from './sources';

export type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export { ID_BASE };
export const K8S_ID = `${ID_BASE}kubernetes.json`;
export const EKSCTL_ID = `${ID_BASE}eksctl-clusterconfig.schema.json`;

export class SchemaStore {
  private readonly byId = new Map<string, Schema>();
  private k8sLoaded = false;
  private ecsLoaded = false;
  private readonly fingerprints: { k8s?: string; bundled?: string } = {};

  constructor(private readonly root = packageRoot()) {}

  /** every schema of ours with an $id (ECS, eksctl; Kubernetes once loaded) */
  all(): Schema[] {
    this.loadEcs();
    return [...this.byId.values()];
  }

  get(id: string): Schema | undefined {
    // a Kubernetes document never needs the ECS/eksctl files read (cold start)
    if (id.startsWith(K8S_ID)) this.loadK8s();
    else this.loadEcs();
    return this.byId.get(id);
  }

  private loadEcs(): void {
    if (this.ecsLoaded) return;
    this.ecsLoaded = true;
    const files = bundledSchemaFiles(this.root);
    for (const f of files) this.byId.set(f.id, f.schema);
    this.fingerprints.bundled = bundledFingerprint(files);
  }

  private loadK8s(): void {
    if (this.k8sLoaded) return;
    this.k8sLoaded = true;
    const file = join(this.root, 'dist', 'schemas', 'kubernetes.json');
    if (!existsSync(file)) return;
    const bytes = readFileSync(file); // hashing the bytes is 3× quicker than hashing the decoded text
    this.fingerprints.k8s = sha1(bytes);
    this.byId.set(K8S_ID, JSON.parse(bytes.toString('utf8')) as Schema);
  }

  /** Hash of the loaded schema files: precompiled validators are used only when made from the same. */
  fingerprint(source: 'k8s' | 'bundled'): string | undefined {
    if (source === 'k8s') this.loadK8s();
    else this.loadEcs();
    return this.fingerprints[source];
  }

  /** Where scripts/gen-validators.mjs put the precompiled validators. */
  validatorsDir(): string {
    return join(this.root, 'dist', 'schemas', 'validators');
  }

  /** Kubernetes definitions by `apiVersion/kind` */
  k8sKinds(): Record<string, string> {
    const s = this.get(K8S_ID);
    return (s?.['x-kinds'] ?? s?.kinds ?? {}) as Record<string, string>;
  }

  /**
   * The $id (with fragment) of the schema for a document kind, or undefined when we have none.
   * With a workspace, custom resources get the schema of their CRD found there (its id hashes
   * the CRD's schema, so validators compiled for it are reused until the CRD changes).
   */
  schemaIdFor(kind: DocKind, workspace?: WorkspaceIndex): string | undefined {
    switch (kind.family) {
      case 'ecs':
        return `${ID_BASE}ecs/${kind.type}.schema.json`;
      case 'eksctl':
        return kind.kind === 'ClusterConfig' ? EKSCTL_ID : undefined;
      case 'k8s': {
        const def = this.k8sKinds()[`${kind.apiVersion}/${kind.kind}`];
        if (def) return `${K8S_ID}#/definitions/${def}`;
        const crd = workspace ? crdSchema(workspace, kind) : undefined;
        if (!crd) return undefined;
        if (!this.byId.has(crd.id)) this.byId.set(crd.id, crd.schema);
        return crd.id;
      }
      default:
        return undefined;
    }
  }

  /** Resolve an id with optional JSON-pointer fragment. */
  resolve(ref: string, base?: string): Schema | undefined {
    // schemas are only ever added, never replaced, so a reference found once stays found; the
    // YAML-trap check and completion resolve the same few hundred refs for every document
    const key = base === undefined ? ref : `${base} ${ref}`;
    const known = this.resolved.get(key);
    if (known) return known;
    const found = this.lookup(ref, base);
    if (found) {
      if (this.resolved.size >= 100_000) this.resolved.clear();
      this.resolved.set(key, found);
    }
    return found;
  }
  private readonly resolved = new Map<string, Schema>();

  private lookup(ref: string, base?: string): Schema | undefined {
    let target = ref;
    if (ref.startsWith('#')) target = (base ?? '').split('#')[0] + ref;
    else if (!/^[a-z]+:/.test(ref) && base) target = new URL(ref, base.split('#')[0]).toString();
    const [id, frag] = target.split('#');
    let s = this.get(id);
    if (!s || !frag) return s;
    for (const seg of frag.split('/').filter(Boolean)) {
      s = s?.[decodeURIComponent(seg.replace(/~1/g, '/').replace(/~0/g, '~'))];
      if (!s) return undefined;
    }
    return s;
  }
}
