/** The shape of extra hover facts that families contribute (role ARNs, images, sizes…); see family.ts. */
import type { AstNode, JsonPath } from '../parse/tree';
import type { DocUnit, SourceFile } from '../types';
import type { SchemaStore } from '../schema/store';
import type { WorkspaceIndex } from '../workspace';

export interface HoverTarget {
  file: SourceFile;
  doc: DocUnit;
  node: AstNode;
  path: JsonPath;
  isKey: boolean;
}
export type HoverContributor = (t: HoverTarget, services: { workspace: WorkspaceIndex; store: SchemaStore }) => string | undefined;
