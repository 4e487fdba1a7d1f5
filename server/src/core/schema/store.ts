/**
 * Loads the bundled schemas once (through the runtime's schema source: the package folder, never
 * the network) and resolves `$ref`s between them for completion and hover.
 */
import type { SchemaSource } from '../runtime';
import { bundledFingerprint, ID_BASE, sha1 } from './sources';
import { mergeDescriptions } from './docs';

export type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export { ID_BASE };
export const K8S_ID = `${ID_BASE}kubernetes.json`;
export const EKSCTL_ID = `${ID_BASE}eksctl-clusterconfig.schema.json`;
/** the AWS CLI inputs generated from the SDK models (scripts/gen-aws-cli-schema.mjs) */
export const AWS_CLI_ID = `${ID_BASE}aws-cli.json`;

export class SchemaStore {
  private readonly byId = new Map<string, Schema>();
  private k8sLoaded = false;
  private awsCliLoaded = false;
  private ecsLoaded = false;
  private readonly fingerprints: { k8s?: string; bundled?: string } = {};
  private k8sDocs: 'no' | 'wanted' | 'merged' = 'no';

  constructor(readonly source: SchemaSource) {}

  /** every schema of ours with an $id (ECS, eksctl; Kubernetes once loaded) */
  all(): Schema[] {
    this.loadEcs();
    return [...this.byId.values()];
  }

  get(id: string): Schema | undefined {
    // a Kubernetes document never needs the ECS/eksctl files read (cold start)
    if (id.startsWith(K8S_ID)) this.loadK8s();
    else if (id.startsWith(AWS_CLI_ID)) this.loadAwsCli();
    else this.loadEcs();
    return this.byId.get(id);
  }

  private loadEcs(): void {
    if (this.ecsLoaded) return;
    this.ecsLoaded = true;
    const files = this.source.bundledSchemas();
    for (const f of files) this.byId.set(f.id, f.schema);
    this.fingerprints.bundled = bundledFingerprint(files);
  }

  private loadK8s(): void {
    if (this.k8sLoaded) return;
    this.k8sLoaded = true;
    const bytes = this.source.kubernetesSchema();
    if (!bytes) return;
    this.fingerprints.k8s = sha1(bytes); // hashing the bytes is 3× quicker than hashing the decoded text
    this.byId.set(K8S_ID, JSON.parse(new TextDecoder().decode(bytes)) as Schema);
    if (this.k8sDocs === 'wanted') this.mergeK8sDocs();
  }

  /**
   * Hover and completion show the Kubernetes field descriptions, which the build keeps in a file of
   * their own (the first diagnosis never reads it): from now on the schema has them, loaded now if
   * the schema is, else with it.
   */
  wantDocs(): void {
    if (this.k8sDocs !== 'no') return;
    this.k8sDocs = 'wanted';
    if (this.k8sLoaded) this.mergeK8sDocs();
  }

  private mergeK8sDocs(): void {
    this.k8sDocs = 'merged';
    const schema = this.byId.get(K8S_ID);
    const bytes = this.source.kubernetesDocs?.();
    if (!schema || !bytes) return;
    try {
      mergeDescriptions(schema, JSON.parse(new TextDecoder().decode(bytes)));
    } catch {
      /* a damaged docs file: hover and completion without descriptions rather than a crash */
    }
  }

  private loadAwsCli(): void {
    if (this.awsCliLoaded) return;
    this.awsCliLoaded = true;
    const bytes = this.source.awsCliSchema?.();
    if (!bytes) return;
    try {
      this.byId.set(AWS_CLI_ID, JSON.parse(new TextDecoder().decode(bytes)) as Schema);
    } catch {
      /* a damaged build output: these documents get no schema checks rather than a crash */
    }
  }

  /** Hash of the loaded schema files: precompiled validators are used only when made from the same. */
  fingerprint(source: 'k8s' | 'bundled'): string | undefined {
    if (source === 'k8s') this.loadK8s();
    else this.loadEcs();
    return this.fingerprints[source];
  }

  /** Kubernetes definitions by `apiVersion/kind` */
  k8sKinds(): Record<string, string> {
    const s = this.get(K8S_ID);
    return (s?.['x-kinds'] ?? s?.kinds ?? {}) as Record<string, string>;
  }

  /** Adds a schema made at run time (a workspace CRD's); an id is never replaced. */
  add(id: string, schema: Schema): void {
    if (!this.byId.has(id)) this.byId.set(id, schema);
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
