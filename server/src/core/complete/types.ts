/** Completion items in offsets; the LSP adapter turns them into CompletionItems. */
import type { JsonPath } from '../parse/tree';
import type { DocUnit, RuleSettings, SourceFile } from '../types';
import type { WorkspaceIndex } from '../workspace';
import type { SchemaStore } from '../schema/store';

export type ItemKind = 'property' | 'value' | 'enum' | 'reference' | 'snippet' | 'module';

export interface CompletionEntry {
  label: string;
  kind: ItemKind;
  detail?: string;
  /** markdown */
  documentation?: string;
  insertText: string;
  snippet: boolean;
  replace: { offset: number; length: number };
  sortText?: string;
  filterText?: string;
}

export interface CursorContext {
  file: SourceFile;
  doc: DocUnit;
  offset: number;
  /** at a key: the path of the object; at a value: the path of the value */
  path: JsonPath;
  atKey: boolean;
  /** keys already present in the object around the cursor */
  existingKeys: Set<string>;
  /** what the typed word replaces */
  replace: { offset: number; length: number };
  /** the text typed so far (without quotes) */
  partial: string;
  /** JSON: the cursor is inside a string's quotes */
  quoted: boolean;
  /** YAML: column where a key on this line starts (for multi-line skeletons) */
  column: number;
}

export interface CompletionServices {
  workspace: WorkspaceIndex;
  store: SchemaStore;
  /** the date EKS support is judged on (settings.today), among others */
  settings: RuleSettings;
}

/** Values from context (workspace families, role ARNs, Fargate memory for a cpu…). */
export type CompletionContributor = (ctx: CursorContext, services: CompletionServices) => CompletionEntry[];
