/**
 * Code lenses: above a task definition (a file's or a template's), the services, rules and schedules that run it; above a Service, the pods it
 * selects; above a Fargate profile, the workloads it runs; above a ConfigMap, Secret, claim,
 * ServiceAccount or StorageClass, its users. Each lists the places, for the references view.
 */
import type { SourceFile } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { asObj, namespaceOf, stringMap, type Workload } from '../k8s/objects';
import { selectedWorkloads } from '../k8s/selection';
import { workloadsOnProfile } from '../k8s/fargate';
import { docRefs, declarationsOf } from '../refs/collect';
import { referencesTo, flatten, type Span } from '../refs/navigate';
import { spanOf, type Declaration } from '../refs/types';
import { isTemplateTask, taskFileLens, templateTaskLens } from './taskLens';

export interface Lens {
  /** where it stands (the declaration's name) */
  offset: number;
  title: string;
  /** what clicking it lists */
  locations: Span[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const USED_BY = new Set(['ConfigMap', 'Secret', 'PersistentVolumeClaim', 'ServiceAccount', 'StorageClass']);

/**
 * Where lenses stand, without their titles: an editor resolves only the lenses on screen
 * (`codeLens/resolve`), so a file with a thousand objects does not count every object's users
 * on each keystroke.
 */
export function codeLensAnchors(file: SourceFile): number[] {
  return file.docs.flatMap((doc) => docLensAnchors(file, doc));
}

/** where the lenses of one document of the file stand */
export function docLensAnchors(file: SourceFile, doc: SourceFile['docs'][number]): number[] {
  const out: number[] = [];
  for (const d of flatten(docRefs(file.text, doc).declarations)) if (hasLens(d, doc)) out.push(spanOf(d).offset);
  return out;
}

/** The lens of the declaration whose name starts at `offset`; undefined when none stands there any more. */
export function resolveCodeLens(ws: WorkspaceIndex, file: SourceFile, offset: number): Lens | undefined {
  const doc = file.docs.find((d) => d.offset <= offset && offset <= d.offset + d.length);
  if (!doc) return undefined;
  const d = flatten(docRefs(file.text, doc).declarations).find((x) => spanOf(x).offset === offset && hasLens(x, doc));
  return d && lensFor(ws, file, d, doc);
}

/** Every lens of the file, resolved (the CLI and tests; the editor resolves lazily). */
export function codeLenses(ws: WorkspaceIndex, file: SourceFile): Lens[] {
  const out: Lens[] = [];
  for (const doc of file.docs)
    for (const d of flatten(docRefs(file.text, doc).declarations)) if (hasLens(d, doc)) out.push(lensFor(ws, file, d, doc));
  return out;
}

function hasLens(d: Declaration, doc: SourceFile['docs'][number]): boolean {
  if (d.kind === 'task definition' || d.kind === 'Fargate profile') return true;
  if (doc.kind.family === 'cfn') return isTemplateTask(doc, d);
  if (doc.kind.family !== 'k8s') return false;
  if (d.kind === 'Service') return asObj(asObj(doc.value).spec).type !== 'ExternalName';
  return USED_BY.has(d.kind);
}

function lensFor(ws: WorkspaceIndex, file: SourceFile, d: Declaration, doc: SourceFile['docs'][number]): Lens {
  const offset = spanOf(d).offset;
  const self = [{ uri: file.uri, decl: d }];
  if (d.kind === 'task definition') return { offset, ...taskFileLens(ws, file, d) };
  if (doc.kind.family === 'cfn') return { offset, ...templateTaskLens(file, doc, d) };
  if (d.kind === 'Service') {
    const spec = asObj(asObj(doc.value).spec);
    const ws2 = selectedWorkloads(ws, namespaceOf(doc.value), stringMap(spec.selector));
    return { offset, title: selectsTitle(ws2), locations: ws2.map((w) => where(ws, w)) };
  }
  if (d.kind === 'Fargate profile') {
    const cluster = declarationsOf(ws, { file, doc })[0];
    const runs = workloadsOnProfile(ws, cluster?.kind === 'eksctl cluster' ? cluster.name : '', d.name);
    const title = runs.length ? `runs ${plural(runs.length, 'workload')}` : 'runs no workload of the workspace';
    return { offset, title, locations: runs.map((w) => where(ws, w)) };
  }
  // a ConfigMap, Secret, claim, ServiceAccount or StorageClass (hasLens said so)
  const users = referencesTo(ws, self).filter((r) => r.ref.kind === d.kind && r.ref.at !== d.at);
  const title = users.length ? `used by ${plural(users.length, 'reference')}` : 'not used in the workspace';
  return { offset, title, locations: users.map((r) => ({ uri: r.uri, ...spanOf(r.ref) })) };
}

function where(ws: WorkspaceIndex, w: Workload): Span {
  const d = declarationsOf(ws, w.entry)[0];
  return d ? { uri: w.entry.file.uri, ...spanOf(d) } : { uri: w.entry.file.uri, offset: w.entry.doc.offset, length: 0 };
}

/** "selects 3 pods in Deployment web"; a DaemonSet's or CronJob's pod count depends on the cluster */
function selectsTitle(list: Workload[]): string {
  if (!list.length) return 'selects no workload of the workspace';
  const counts = list.map(podCount);
  const known = counts.every((c) => c !== undefined);
  const pods = known
    ? plural(
        counts.reduce((a, b) => a! + b!, 0)!,
        'pod',
      )
    : 'the pods';
  if (list.length === 1) {
    const w = list[0];
    const kind = w.entry.doc.kind.family === 'k8s' ? w.entry.doc.kind.kind : 'workload';
    const name = String(asObj(asObj(w.entry.doc.value).metadata).name ?? '');
    return `selects ${pods} in ${kind} ${name}`;
  }
  return `selects ${pods} in ${plural(list.length, 'workload')}`;
}

function podCount(w: Workload): number | undefined {
  const kind = w.entry.doc.kind.family === 'k8s' ? w.entry.doc.kind.kind : '';
  const spec = asObj(asObj(w.entry.doc.value).spec);
  if (kind === 'Pod') return 1;
  if (kind === 'Deployment' || kind === 'StatefulSet' || kind === 'ReplicaSet' || kind === 'ReplicationController')
    return typeof spec.replicas === 'number' ? spec.replicas : spec.replicas === undefined ? 1 : undefined;
  if (kind === 'Job') return typeof spec.parallelism === 'number' ? spec.parallelism : 1;
  return undefined;
}
