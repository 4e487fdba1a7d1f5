/** The shape of extra hover facts that families contribute (role ARNs, images, sizes…); see family.ts. */
import type { AstNode, JsonPath } from '../parse/tree';
import type { DocUnit, RuleSettings, SourceFile } from '../types';
import type { SchemaStore } from '../schema/store';
import type { WorkspaceIndex } from '../workspace';

export interface HoverTarget {
  file: SourceFile;
  doc: DocUnit;
  node: AstNode;
  path: JsonPath;
  isKey: boolean;
}
export interface HoverServices {
  workspace: WorkspaceIndex;
  store: SchemaStore;
  /** the date EKS support is judged on (settings.today), among others */
  settings: RuleSettings;
}
export type HoverContributor = (t: HoverTarget, services: HoverServices) => string | undefined;
