/** Core data types shared by parse, detect, validate, rules, complete, hover and graph. */
import type { AstNode } from './parse/tree';
import type { LineIndex } from './parse/lineIndex';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * The document kinds of every family, by family name. Each family adds its own entry from its
 * folder (`declare module '../types' { interface FamilyKinds { … } }` in its `kind.ts`), and the
 * registry (`families.ts`) must then list that family: the compiler checks both.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation
export interface FamilyKinds {}

export type FamilyName = keyof FamilyKinds;

/** What a document is: a kind of one family, or `none` (not ours: we say nothing about it). */
export type DocKind = FamilyKinds[FamilyName] | { family: 'none' };

export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}
export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

/** A problem found in a document, in offsets. Turned into LSP/CLI diagnostics at the edges. */
export interface Finding {
  offset: number;
  length: number;
  severity: Severity;
  /** rule id, e.g. `ecs/fargate-cpu-memory`, `schema`, `syntax` */
  code: string;
  message: string;
  fixes?: Fix[];
  /** marks fading/deprecation in the editor */
  tags?: ('unnecessary' | 'deprecated')[];
}

/**
 * One document of a file: the whole JSON file, or one `---` document of a YAML stream.
 *
 * The contract caches rely on (WeakMaps keyed by a DocUnit: findings, ECS views, Fargate answers):
 * what a document *is* never changes after it is made — its text, value, kind, tree shape — so
 * those fields are readonly. What may change is *where* it is: an incremental re-parse keeps the
 * DocUnit of every document it did not re-parse and moves it (reanalyze.ts `shiftDoc`: `offset`,
 * every node's `offset`, the syntax errors). A cache that keeps offsets must store them relative to
 * `offset` or check it (see docFindingsCache.ts); one that keeps values need not.
 */
export interface DocUnit {
  readonly index: number;
  /** start of this document in the file text (moves when text before it changes) */
  offset: number;
  readonly length: number;
  /** the tree; its nodes' offsets move with `offset` */
  readonly root: AstNode | undefined;
  /** plain JS value of root (built once; never mutated) */
  readonly value: unknown;
  readonly kind: DocKind;
  /** the node the family's schema and rules look at (inside `taskDefinition` when wrapped) */
  readonly body: AstNode | undefined;
  /** syntax errors of this document (YAML documents fail independently); moved with `offset` */
  syntaxErrors: Finding[];
  /** the YAML document holds Helm/Go template syntax: we leave it alone */
  readonly templated?: boolean;
  /** YAML: read the way kubectl (go-yaml) reads it, after the strict parse failed */
  readonly lenient?: boolean;
}

export type FileLanguage = 'json' | 'yaml';

export interface SourceFile {
  uri: string;
  version: number;
  text: string;
  language: FileLanguage;
  lines: LineIndex;
  docs: DocUnit[];
  /** the file is larger than the configured analysis limit: it is not analysed */
  tooLarge?: boolean;
  /** a too-large file whose beginning looks like an ECS, Kubernetes or eksctl document (worth telling the user about) */
  looksOurs?: boolean;
}

export interface RuleSettings {
  /** rule id -> 'off' | severity */
  rules: Record<string, Severity | 'off'>;
  /** Kubernetes strict mode: unknown fields in built-in kinds are errors */
  kubernetesStrict: boolean;
  /** files larger than this (bytes) are not analysed */
  maxFileSize: number;
  /** Kubernetes version manifests are checked against when no eksctl config names one (`1.34`) */
  kubernetesVersion?: string;
  /** the version wins over eksctl configs too (the CLI's --kubernetes-version) */
  kubernetesVersionFixed?: boolean;
  /** the date EKS support is judged on (YYYY-MM-DD): from the runtime's clock, fixed in tests */
  today?: string;
}

export const defaultSettings: RuleSettings = {
  rules: {},
  kubernetesStrict: true,
  maxFileSize: 5 * 1024 * 1024,
};
