/**
 * The reference model of a document, built once per document: a keystroke re-parses only the
 * YAML document it falls in (reanalyze.ts), and every other document keeps its DocUnit, and so
 * its entry here. The workspace-wide index (references by name) is rebuilt from these entries
 * when any file changes, which costs a walk over the lists, not a rebuild of the model.
 */
import type { DocUnit, FamilyName } from '../types';
import type { DocEntry, WorkspaceIndex } from '../workspace';
import { eachString, nameAnchor } from './anchors';
import { collectEcs, type DeclarationsOf } from './ecs';
import { collectK8s } from './k8s';
import { collectEksctl } from './eksctl';
import { collectCfn } from './cfn';
import { collectAwsCli } from './awscli';
import { collectDeploy } from './deploy';
import type { Declaration, DocRefs, Reference } from './types';

const cache = new WeakMap<DocUnit, DocRefs>();

/** The declarations and references of one document; `text` is the text of the file it is in now. */
export function docRefs(text: string, doc: DocUnit): DocRefs {
  let r = cache.get(doc);
  if (!r) {
    r = build(text, doc);
    cache.set(doc, r);
  }
  return r;
}

/** The declarations of a document found through a lookup (the outermost first: the object itself). */
export function declarationsOf(ws: WorkspaceIndex, entry: DocEntry): Declaration[] {
  const hit = cache.get(entry.doc);
  if (hit) return hit.declarations;
  // an entry may carry an older analysis of its file: its kept documents' nodes match the new text
  const text = ws.get(entry.file.uri)?.text ?? entry.file.text;
  return docRefs(text, entry.doc).declarations;
}

/**
 * One collector per document family: a family added to the registry (families.ts) without one
 * here is a compile error. A CloudFormation family plugs its Ref/GetAtt references in the same way.
 */
type Collector = (text: string, doc: DocUnit, declarationsOf: DeclarationsOf) => DocRefs;
const COLLECTORS: { readonly [F in FamilyName]: Collector } = {
  ecs: collectEcs,
  k8s: collectK8s,
  eksctl: collectEksctl,
  cfn: collectCfn,
  // workflows and ecspresso configs name files: F12 on the path opens it
  deploy: collectDeploy,
  // ECS targets' task definitions; their other ARNs are the shared ARN references below
  awscli: collectAwsCli,
};

function build(text: string, doc: DocUnit): DocRefs {
  if (doc.templated || !doc.root || doc.kind.family === 'none') return { declarations: [], references: [] };
  const own = COLLECTORS[doc.kind.family](text, doc, declarationsOf);
  return { declarations: own.declarations, references: [...own.references, ...externalRefs(text, doc)] };
}

/** AWS resources named by ARN: nothing in the workspace declares them, so their users are each other's references. */
const ARN_KINDS: [RegExp, string][] = [
  [/^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/, 'IAM role'],
  [/^arn:aws[a-z-]*:iam::\d{12}:policy\/\S+$/, 'IAM policy'],
  [/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:\S+$/, 'secret'],
  [/^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/\S+$/, 'SSM parameter'],
  [/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/\S+$/, 'target group'],
  [/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/\S+$/, 'KMS key'],
  [/^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/\S+$/, 'certificate'],
];

function externalRefs(text: string, doc: DocUnit): Reference[] {
  const out: Reference[] = [];
  eachString(doc.root, (node) => {
    const v = node.value;
    if (typeof v !== 'string' || !v.startsWith('arn:')) return;
    const kind = ARN_KINDS.find(([re]) => re.test(v))?.[1];
    if (kind) out.push({ ...nameAnchor(text, node, v), kind, name: v, external: true, resolve: () => [] });
  });
  return out;
}
