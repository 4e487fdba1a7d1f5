/**
 * Rename a name others refer to, in its declaration and every reference, across files. Refused,
 * with the reason, when some use of the name cannot be rewritten safely: a placeholder, a Helm
 * template that mentions it, a kustomize generator that makes it, escapes in the text.
 */
import type { SourceFile, TextEdit } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { findTaskDefinitionEntries } from '../ecs/refs';
import { generatedNames } from '../k8s/kustomize';
import { declarationsOf } from './collect';
import { referencesTo, targetsAt, dedupe, type Span } from './navigate';
import { spanOf, type Located } from './types';

export type RenamePlan = { error: string } | { offset: number; length: number; name: string; targets: Located[] };

export function prepareRename(ws: WorkspaceIndex, file: SourceFile, offset: number): RenamePlan {
  const t = targetsAt(ws, file, offset);
  if (!t) return { error: 'Nothing to rename here: put the cursor on a name that other documents refer to.' };
  // a deploy tool's path names a file, not the object inside it
  if (t.ref?.kind === 'file') return { error: 'This is a file path: rename the file in the Explorer, then change the path.' };
  const at = t.ref ?? t.targets[0]?.decl;
  if (!t.targets.length)
    return { error: `${t.ref?.kind ?? 'This'} \`${t.ref?.name ?? ''}\` is not defined in the workspace, so there is nothing to rename.` };
  let targets = t.targets;
  const first = targets[0].decl;
  if (!targets.every((x) => x.decl.renamable))
    return {
      error: `A ${first.kind} cannot be renamed here: only names that other documents refer to are (a task definition family, a container, a Service, ConfigMap, Secret, claim, ServiceAccount or StorageClass, or a CloudFormation logical ID).`,
    };
  if (first.kind === 'task definition') targets = familyDeclarations(ws, first.name);
  else if (targets.length > 1)
    return {
      error: `${first.kind} \`${first.name}\` is defined ${targets.length} times (${where(ws, targets)}); rename it where it is defined.`,
    };
  const fixed = targets.find((x) => x.decl.fixed);
  if (fixed) return { error: `${first.kind} \`${first.name}\` cannot be renamed: ${fixed.decl.fixed}.` };
  return { ...spanOf(at!), name: first.name, targets };
}

/** Text edits per file, or why the rename is refused. */
export function rename(
  ws: WorkspaceIndex,
  file: SourceFile,
  offset: number,
  newName: string,
): { error: string } | { changes: Map<string, TextEdit[]> } {
  const plan = prepareRename(ws, file, offset);
  if ('error' in plan) return plan;
  const kind = plan.targets[0].decl.kind;
  const invalid = checkName(kind, newName);
  if (invalid) return { error: invalid };
  const refs = referencesTo(ws, plan.targets);
  const stuck = refs.find((r) => r.ref.fixed);
  if (stuck)
    return {
      error: `\`${plan.name}\` is used in ${where(ws, [stuck])} where it cannot be rewritten safely (${stuck.ref.fixed}); change it by hand.`,
    };
  const helm = templateMention(ws, plan.name);
  if (helm)
    return { error: `\`${plan.name}\` also appears in the template ${helm}, which a rename cannot update safely; rename it by hand.` };
  if ((kind === 'ConfigMap' || kind === 'Secret') && generatedNames(ws, kind).has(plan.name))
    return {
      error: `${kind} \`${plan.name}\` is made by a kustomize generator: rename it in the kustomization.yaml and its users by hand.`,
    };
  const spans: Span[] = dedupe([
    ...plan.targets.map((x) => ({ uri: x.uri, ...spanOf(x.decl) })),
    ...refs.map((r) => ({ uri: r.uri, ...spanOf(r.ref) })),
  ]);
  const changes = new Map<string, TextEdit[]>();
  for (const s of spans) {
    const list = changes.get(s.uri) ?? [];
    list.push({ offset: s.offset, length: s.length, newText: newName });
    changes.set(s.uri, list);
  }
  return { changes };
}

function familyDeclarations(ws: WorkspaceIndex, family: string): Located[] {
  return findTaskDefinitionEntries(ws, { family }).flatMap((x) =>
    declarationsOf(ws, x.entry)
      .slice(0, 1)
      .map((decl) => ({ uri: x.entry.file.uri, decl })),
  );
}

function where(ws: WorkspaceIndex, list: readonly { uri: string; decl?: { at: { offset: number } }; ref?: { at: { offset: number } } }[]) {
  return list
    .slice(0, 3)
    .map((x) => {
      const f = ws.get(x.uri);
      const off = (x.decl ?? x.ref)?.at.offset ?? 0;
      return `${x.uri.slice(x.uri.lastIndexOf('/') + 1)}${f ? ` line ${f.lines.positionAt(off).line + 1}` : ''}`;
    })
    .join(', ');
}

/** A Helm/Go-templated document of the workspace that mentions the name as a word: its reference cannot be resolved. */
function templateMention(ws: WorkspaceIndex, name: string): string | undefined {
  const word = new RegExp(`(^|[^A-Za-z0-9_.-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_-])`);
  for (const f of ws.allFiles()) {
    for (const d of f.docs) {
      if (!d.templated) continue;
      const text = f.text.slice(d.offset, d.offset + d.length);
      const m = word.exec(text);
      if (m) return `${f.uri.slice(f.uri.lastIndexOf('/') + 1)} line ${f.lines.positionAt(d.offset + m.index + m[1].length).line + 1}`;
    }
  }
  return undefined;
}

const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^(?=.{1,63}$)[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** CloudFormation logical IDs (refs/cfn.ts names these declaration kinds) */
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;
const LOGICAL_ID_KINDS = new Set(['parameter', 'resource', 'condition', 'mapping']);
const ECS_NAME = /^[A-Za-z0-9_-]{1,255}$/;

/** The new name is one the API would accept for this kind, or why not. */
export function checkName(kind: string, name: string): string | undefined {
  if (LOGICAL_ID_KINDS.has(kind))
    return LOGICAL_ID.test(name)
      ? undefined
      : `A CloudFormation ${kind} name is a logical ID: up to 255 letters and digits (A-Z, a-z, 0-9).`;
  if (kind === 'task definition' || kind === 'container')
    return ECS_NAME.test(name) ? undefined : `A ${kind} name is up to 255 letters, digits, hyphens and underscores.`;
  if (kind === 'Service')
    return DNS_LABEL.test(name)
      ? undefined
      : 'A Service name must be a DNS label: up to 63 lowercase letters, digits and "-", starting with a letter.';
  return DNS_SUBDOMAIN.test(name)
    ? undefined
    : `A ${kind} name must be a DNS subdomain: lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.`;
}
