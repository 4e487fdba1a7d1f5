/**
 * The registry of document families: add a family here (one line) after creating its folder.
 * The mapped type makes a family whose kind is declared (in `FamilyKinds`) but not listed here a
 * compile error. Order matters twice: rules report in this order, and graph builders run in it
 * (eksctl's clusters before the Kubernetes namespaces that nest in them).
 */
import type { DocKind, FamilyKinds, FamilyName } from './types';
import type { DocumentFamily } from './family';
import type { SchemaStore } from './schema/store';
import type { WorkspaceIndex } from './workspace';
import { ecsFamily } from './ecs/family';
import { eksctlFamily } from './eksctl/family';
import { k8sFamily } from './k8s/family';
import { cfnFamily } from './cfn/family';
import { deployFamily } from './deploy/family';
import { awsCliFamily } from './awscli/family';

export const FAMILIES: { readonly [F in FamilyName]: DocumentFamily<FamilyKinds[F]> } = {
  ecs: ecsFamily,
  // after ECS: its diagram edges point at the task definitions and services ECS drew
  deploy: deployFamily,
  eksctl: eksctlFamily,
  k8s: k8sFamily,
  cfn: cfnFamily,
  // after ECS: its rules, schedules and alarms point at the task definitions, services and scaling policies ECS drew
  awscli: awsCliFamily,
};

export const FAMILY_LIST: readonly DocumentFamily[] = Object.values(FAMILIES);

/** Every part a family must have (checked at start-up too, for families built without the compiler). */
export const FAMILY_PARTS = [
  'name',
  'detect',
  'displayName',
  'schemaId',
  'schemaCheck',
  'bodyPath',
  'indexKeys',
  'looksLike',
  'rules',
  'completion',
  'hover',
  'codeActions',
  'views',
  'graph',
] as const satisfies readonly (keyof DocumentFamily)[];
// a part added to DocumentFamily but not to FAMILY_PARTS fails here
const _everyPartListed: Exclude<keyof DocumentFamily, (typeof FAMILY_PARTS)[number]> extends never ? true : never = true;
void _everyPartListed;

/** Throws, naming the family and the part, when a family lacks one. */
export function checkFamilies(families: readonly DocumentFamily[]): void {
  for (const f of families) {
    const record = f as unknown as Record<string, unknown>;
    const missing = FAMILY_PARTS.filter((p) => record[p] === undefined || record[p] === null);
    if (missing.length) throw new Error(`document family "${String(f.name)}" lacks: ${missing.join(', ')}`);
  }
}
checkFamilies(FAMILY_LIST);

/** The family of a document kind; undefined for `none`. */
export function familyOf(kind: DocKind): DocumentFamily | undefined {
  return kind.family === 'none' ? undefined : (FAMILIES[kind.family] as DocumentFamily);
}

/** The workspace-index keys of a document kind (none for `none`). */
export function indexKeysOf(kind: DocKind): readonly string[] {
  return familyOf(kind)?.indexKeys(kind) ?? [];
}

/** The `$id` (with fragment) of the schema a document kind is checked against, if any. */
export function schemaIdFor(kind: DocKind, store: SchemaStore, workspace?: WorkspaceIndex): string | undefined {
  return familyOf(kind)?.schemaId(kind, store, workspace);
}

/** How the status item and the CLI name a document kind. */
export function describeKind(kind: DocKind): string {
  return familyOf(kind)?.displayName(kind) ?? 'not an ECS or Kubernetes document';
}
