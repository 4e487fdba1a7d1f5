/**
 * Document links: AWS resources a document names open their console page; a Kubernetes object's
 * apiVersion and kind open its page in the API reference of the Kubernetes version we check against.
 */
import type { AstNode } from '../parse/tree';
import { findNodeAtPath, findProperty } from '../parse/tree';
import type { DocUnit, SourceFile } from '../types';
import { spanOf, type Anchor } from '../refs/types';
import { eachString } from '../refs/anchors';
import { arnConsoleUrl, ecrImageUrl, efsUrl, logGroupUrl, regionHint } from './consoleLinks';

export interface DocLink {
  offset: number;
  length: number;
  target: string;
  tooltip: string;
}

export interface K8sReference {
  /** `apiVersion/kind` of the built-in kinds (the bundled schema's list) */
  kinds: Record<string, string>;
  /** the Kubernetes version of the bundled schema, e.g. `1.33.0` */
  version?: string;
}

/** string values with the quotes left out of the link */
function inner(text: string, node: AstNode): Anchor {
  const q = text[node.offset];
  return q === '"' || q === "'"
    ? { at: node, delta: 1, length: Math.max(0, node.length - 2) }
    : { at: node, delta: 0, length: node.length };
}

interface AnchoredLink extends Anchor {
  target: string;
  tooltip: string;
}

/** per document: its links depend on its own text only (the Kubernetes kinds are fixed for the process) */
const cache = new WeakMap<DocUnit, AnchoredLink[]>();

export function documentLinks(file: SourceFile, k8s: K8sReference): DocLink[] {
  return file.docs.flatMap((doc) => docLinksOf(file, doc, k8s));
}

/** the links of one document of the file */
export function docLinksOf(file: SourceFile, doc: DocUnit, k8s: K8sReference): DocLink[] {
  let links = cache.get(doc);
  if (!links) cache.set(doc, (links = docLinks(file.text, doc, k8s)));
  return links.map((l) => ({ ...spanOf(l), target: l.target, tooltip: l.tooltip }));
}

function docLinks(text: string, doc: DocUnit, k8s: K8sReference): AnchoredLink[] {
  const out: AnchoredLink[] = [];
  if (doc.templated || !doc.root || doc.kind.family === 'none') return out;
  const strings: { node: AstNode; key: string | undefined }[] = [];
  eachString(doc.root, (node, key) => strings.push({ node, key }));
  let region: string | null | undefined = null; // looked up once, when an EFS id needs it
  for (const { node, key } of strings) {
    const v = node.value as string;
    let target: string | undefined;
    let tooltip = 'Open in the AWS console';
    if (v.startsWith('arn:')) target = arnConsoleUrl(v);
    else if (key === 'image') {
      target = ecrImageUrl(v);
      tooltip = 'Open the ECR repository in the AWS console';
    } else if (key === 'awslogs-group') {
      const r =
        siblingString(node, 'awslogs-region') ??
        (region === null ? (region = regionHint(strings.map((s) => s.node.value as string))) : region);
      if (r) target = logGroupUrl(v, r);
    } else if (key === 'fileSystemId' && /^fs-[0-9a-f]{8,17}$/.test(v)) {
      if (region === null) region = regionHint(strings.map((s) => s.node.value as string));
      target = efsUrl(v, region);
    }
    if (target) out.push({ ...inner(text, node), target, tooltip });
  }
  if (doc.kind.family === 'k8s') {
    const url = apiReferenceUrl(doc.kind.apiVersion, doc.kind.kind, k8s);
    for (const key of url ? ['apiVersion', 'kind'] : []) {
      const n = findNodeAtPath(doc.root, [key]);
      if (n?.type === 'string') out.push({ ...inner(text, n), target: url!, tooltip: `${doc.kind.kind} in the Kubernetes API reference` });
    }
  }
  return out;
}

function siblingString(node: AstNode, key: string): string | undefined {
  const obj = node.parent?.parent;
  const v = findProperty(obj, key)?.children?.[1];
  return typeof v?.value === 'string' ? v.value : undefined;
}

/** The generated one-page API reference: anchors are `<kind>-<version>-<group with dashes>` (`core` for the core group). */
export function apiReferenceUrl(apiVersion: string, kind: string, k8s: K8sReference): string | undefined {
  const def = k8s.kinds[`${apiVersion}/${kind}`];
  // the add-ons' kinds (definitions `addon.…`) are not in the Kubernetes API reference
  if (!def || def.startsWith('addon.')) return undefined;
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? 'core' : apiVersion.slice(0, slash).replace(/\./g, '-');
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const minor = /^(\d+)\.(\d+)/.exec(k8s.version ?? '');
  const page = minor ? `v${minor[1]}.${minor[2]}` : 'v1.33';
  return `https://kubernetes.io/docs/reference/generated/kubernetes-api/${page}/#${kind.toLowerCase()}-${version}-${group}`;
}
