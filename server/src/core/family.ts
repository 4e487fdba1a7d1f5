/**
 * A document family: everything the core needs to know about one kind of file (ECS API shapes,
 * Kubernetes objects, eksctl configs, …). The core never asks "which family is this?": it asks
 * the document's family (see families.ts). Every part is required, so a family that forgets one
 * does not compile; an empty list is a deliberate "none".
 */
import type { AstNode, JsonPath } from './parse/tree';
import type { DocKind, DocUnit, RuleSettings, SourceFile } from './types';
import type { WorkspaceIndex } from './workspace';
import type { SchemaStore } from './schema/store';
import type { Rule } from './rules/rule';
import type { CompletionContributor } from './complete/types';
import type { HoverContributor } from './hover/contributors';
import type { GraphBuilder, GraphShared } from './graph/model';
import type { Finding, Fix } from './types';

/** What detection looks at: the parsed document and the file's base name in lower case. */
export interface DetectInput {
  root: AstNode | undefined;
  value: unknown;
  /** lower-case base name, e.g. `task-definition.json` (breaks ties only) */
  fileName: string;
}

export interface Detected<K extends DocKind = DocKind> {
  kind: K;
  /** the node the family's schema and rules look at (the inner object of a wrapped document) */
  body: AstNode | undefined;
}

/** What the schema check of one document validates, and how. */
export interface SchemaCheck {
  value: unknown;
  /** unknown fields are errors */
  strict: boolean;
  /** a partial object (a patch): missing required fields are not reported */
  partial: boolean;
  /** placeholders the deploy tool fills in itself (ecspresso's `{{ must_env … }}`): not reported */
  filled?: (value: string) => boolean;
  /** values inside `value` checked against schemas of their own (a List's items), with the same options */
  parts?: readonly SchemaPart[];
}

/** A value inside the checked value with a schema of its own; `pointer` is where it sits (`/items/0`). */
export interface SchemaPart {
  id: string;
  value: unknown;
  pointer: string;
}

export interface SchemaCheckContext {
  file: SourceFile;
  workspace: WorkspaceIndex;
  settings: RuleSettings;
  store: SchemaStore;
}

/** Actions offered for a range that do not come from a finding (refactorings, conversions). */
export type CodeActionContributor = (file: SourceFile, doc: DocUnit, range: { offset: number; length: number }) => Fix[];

/**
 * A document of one family seen as a document of another, for that family's rules: a template's
 * `AWS::ECS::TaskDefinition` as a `register-task-definition` document. The view's nodes carry the
 * document's offsets, so its findings land on the document's own text.
 */
export interface DocView {
  unit: DocUnit;
  /** the workspace the view's rules read (a template's other views are found there first) */
  workspace(ws: WorkspaceIndex, file: SourceFile): WorkspaceIndex;
  /** a finding on the view as the document reports it (its words, no fixes for the other syntax) */
  report(f: Finding): Finding;
}

export interface DocumentFamily<K extends DocKind = DocKind> {
  readonly name: K['family'];
  /** this family's kind of the document, from its content; undefined when it is not one of ours */
  detect(input: DetectInput): Detected<K> | undefined;
  /** how the status item and the CLI name a document of this kind */
  displayName(kind: K): string;
  /** `$id` (with fragment) of the schema for this kind; undefined when there is none */
  schemaId(kind: K, store: SchemaStore, workspace?: WorkspaceIndex): string | undefined;
  /** the value the schema checks (nulls dropped, the body of a wrapped document, …) and how */
  schemaCheck(doc: DocUnit, ctx: SchemaCheckContext): SchemaCheck;
  /** a path from the document root → the path inside the schema's body; undefined outside it */
  bodyPath(kind: K, path: JsonPath): JsonPath | undefined;
  /**
   * The workspace-index keys a document of this kind is listed under (`WorkspaceIndex.docs`).
   * When such a document comes or goes, these keys are stamped, so cross-file findings that read
   * them are made again.
   */
  indexKeys(kind: K): readonly string[];
  /** a cheap look at the start of a file too large to parse: does it look like one of ours? */
  looksLike(head: string): boolean;
  readonly rules: readonly Rule[];
  readonly completion: readonly CompletionContributor[];
  readonly hover: readonly HoverContributor[];
  readonly codeActions: readonly CodeActionContributor[];
  /** other families' views of a document, checked by their rules (none for most families) */
  views(doc: DocUnit): readonly DocView[];
  /** adds this family's nodes and edges to the architecture graph (families run in registry order) */
  graph(b: GraphBuilder, workspace: WorkspaceIndex, shared: GraphShared): void;
}
