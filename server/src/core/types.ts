/** Core data types shared by parse, detect, validate, rules, complete, hover and graph. */
import type { AstNode } from './parse/tree';
import type { LineIndex } from './parse/lineIndex';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type EcsDocType =
  | 'task-definition'
  | 'container-definitions'
  | 'service'
  | 'cluster'
  | 'ecr-lifecycle-policy'
  | 'scalable-target'
  | 'scaling-policy'
  | 'scheduled-action';

export type DocKind =
  | {
      family: 'ecs';
      type: EcsDocType;
      /** `{ "taskDefinition": {...} }` describe output */ wrapped?: boolean;
      /** has read-only describe fields */ describeOutput?: boolean;
    }
  | { family: 'k8s'; apiVersion: string; kind: string; group: string; version: string }
  | { family: 'eksctl'; kind: string }
  | { family: 'none' };

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

/** One document of a file: the whole JSON file, or one `---` document of a YAML stream. */
export interface DocUnit {
  index: number;
  /** span of this document in the file text */
  offset: number;
  length: number;
  root: AstNode | undefined;
  /** plain JS value of root (built once) */
  value: unknown;
  kind: DocKind;
  /** root of the ECS object itself (inside `taskDefinition` when wrapped) */
  body: AstNode | undefined;
  /** syntax errors of this document (YAML documents fail independently) */
  syntaxErrors: Finding[];
  /** the YAML document holds Helm/Go template syntax: we leave it alone */
  templated?: boolean;
  /** YAML: read the way kubectl (go-yaml) reads it, after the strict parse failed */
  lenient?: boolean;
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
}

export const defaultSettings: RuleSettings = {
  rules: {},
  kubernetesStrict: true,
  maxFileSize: 5 * 1024 * 1024,
};
