/**
 * Label and annotation keys and values as the API server checks them: keys are an optional
 * DNS-subdomain prefix and a name of at most 63 characters; label values at most 63 characters
 * of letters, digits, "-", "_" and "."; all annotations of an object together at most 256 KiB.
 */
import type { Rule, RuleFinding } from '../rule';
import type { DocUnit } from '../../types';
import type { JsonPath } from '../../parse/tree';
import { findNodeAtPath, findProperty } from '../../parse/tree';
import { asArr, asObj, isObj, isPlaceholder, podTemplate } from '../../k8s/objects';
import { labelValueProblem, qualifiedNameProblem } from '../../k8s/validation/names';
import { isK8s } from './guard';
import { at, keySpan } from '../place';

/** total size of an object's annotation keys and values, in bytes */
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;

export const labelsAnnotationsRule: Rule = {
  id: 'k8s/labels-annotations',
  severity: 'error',
  description:
    'Label and annotation keys (prefix, name, length), label values (63 characters, allowed characters) and the 256 KiB annotation limit.',
  appliesTo: (doc) => isK8s(doc),
  check(doc) {
    const out: RuleFinding[] = [];
    for (const meta of metadataPaths(doc)) {
      const m = asObj(findValue(doc.value, meta));
      if (isObj(m.labels)) out.push(...labels(doc, [...meta, 'labels'], m.labels));
      if (isObj(m.annotations)) out.push(...annotations(doc, [...meta, 'annotations'], m.annotations));
    }
    const sel = asObj(asObj(asObj(doc.value).spec).selector);
    if (isObj(sel.matchLabels)) out.push(...labels(doc, ['spec', 'selector', 'matchLabels'], sel.matchLabels));
    else if (doc.kind.family === 'k8s' && doc.kind.kind === 'Service') out.push(...labels(doc, ['spec', 'selector'], sel));
    return out;
  },
};

/** the object's own metadata, its pod template's, and its claim templates' */
function metadataPaths(doc: DocUnit): JsonPath[] {
  const paths: JsonPath[] = [['metadata']];
  const t = podTemplate(doc);
  if (t && t.path.length) paths.push([...t.path, 'metadata']);
  asArr(asObj(asObj(doc.value).spec).volumeClaimTemplates).forEach((_, i) => paths.push(['spec', 'volumeClaimTemplates', i, 'metadata']));
  return paths;
}

function findValue(v: unknown, path: JsonPath): unknown {
  for (const seg of path) v = typeof seg === 'number' ? asArr(v)[seg] : asObj(v)[seg];
  return v;
}

function keyFinding(doc: DocUnit, path: JsonPath, key: string, message: string): RuleFinding | undefined {
  const k = keySpan(doc, path, key);
  return k ? at(k, message) : undefined;
}

function labels(doc: DocUnit, path: JsonPath, map: Record<string, unknown>): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const [k, v] of Object.entries(map)) {
    if (isPlaceholder(k)) continue;
    const kp = qualifiedNameProblem(k);
    const f = kp && keyFinding(doc, path, k, `Label key \`${k}\` ${kp}.`);
    if (f) out.push(f);
    // numbers and booleans are type errors (see k8s/yaml-number-string); only text is judged here
    if (typeof v !== 'string' || isPlaceholder(v)) continue;
    const vp = labelValueProblem(v);
    // the node only for a finding: most values are fine, and the path copy and lookup are per label
    const node = vp && findNodeAtPath(doc.root, [...path, k]);
    if (vp && node) out.push(at(node, `Label value \`${v}\` (of \`${k}\`) ${vp}.`));
  }
  return out;
}

function annotations(doc: DocUnit, path: JsonPath, map: Record<string, unknown>): RuleFinding[] {
  const out: RuleFinding[] = [];
  let bytes = 0;
  for (const [k, v] of Object.entries(map)) {
    bytes += utf8Length(k) + (typeof v === 'string' ? utf8Length(v) : 0);
    if (isPlaceholder(k)) continue;
    // the API server checks annotation keys lowercased
    const kp = qualifiedNameProblem(k.toLowerCase());
    const f = kp && keyFinding(doc, path, k, `Annotation key \`${k}\` ${kp}.`);
    if (f) out.push(f);
  }
  if (bytes > ANNOTATIONS_MAX_BYTES) {
    const k = findProperty(findNodeAtPath(doc.root, path.slice(0, -1)), 'annotations')?.children?.[0];
    if (k)
      out.push(
        at(
          k,
          `These annotations take ${bytes} bytes; the API server allows at most ${ANNOTATIONS_MAX_BYTES} (256 KiB) per object. Move the large value to a ConfigMap (often the \`kubectl.kubernetes.io/last-applied-configuration\` of a big object: use \`kubectl apply --server-side\`).`,
        ),
      );
  }
  return out;
}

/** bytes of a string in UTF-8 (what the API server counts) */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}
