/**
 * The reference model: per document, the named things it declares and the places where it refers
 * to something else. Family-neutral: a family's collector fills it, navigation (definition,
 * references, rename, symbols, lenses) reads only this.
 *
 * Spans are kept as a node plus an offset inside it, never as numbers: a keystroke in another
 * document of the same YAML file shifts the kept documents' nodes in place (reanalyze.ts), and a
 * model cached per document stays true without being rebuilt.
 */
import type { AstNode } from '../parse/tree';
import type { WorkspaceIndex } from '../workspace';

/** Where something is written: `length` characters from `delta` into `at`. */
export interface Anchor {
  at: AstNode;
  delta: number;
  length: number;
}

/** LSP symbol kinds we use, by name (the adapter maps them). */
export type SymbolKindName =
  | 'class'
  | 'module'
  | 'namespace'
  | 'object'
  | 'field'
  | 'property'
  | 'interface'
  | 'key'
  | 'event'
  | 'function'
  | 'package'
  | 'struct'
  | 'enumMember'
  | 'constant';

export interface Declaration extends Anchor {
  /** what it is, as people say it: `Deployment`, `task definition`, `container` */
  kind: string;
  name: string;
  namespace?: string;
  symbol: SymbolKindName;
  /** the whole declaration (a document, an object node): the outline's range; live offsets */
  full: { offset: number; length: number };
  children: Declaration[];
  /** others refer to it by this name, and renaming it here and there is supported */
  renamable?: boolean;
  /** why the name cannot be rewritten here (a placeholder, escapes) */
  fixed?: string;
}

/** A declaration and the file it is in. */
export interface Located {
  uri: string;
  decl: Declaration;
}

export interface Reference extends Anchor {
  /** what it points at (`task definition`, `ConfigMap`, `IAM role`) */
  kind: string;
  /**
   * the name written here; references that resolve by name only are indexed under it. Selectors
   * name nothing and are left undefined.
   */
  name?: string;
  /** the declarations it points at, read from the workspace (by the rules' own lookups) */
  resolve(ws: WorkspaceIndex, uri: string): Located[];
  /** why renaming the target cannot rewrite this reference (a placeholder, an escape sequence) */
  fixed?: string;
  /**
   * no declaration can exist in the workspace (an IAM role ARN): references of the same kind and
   * name are each other's references
   */
  external?: boolean;
  /** what holds it when that is not what its document declares: an EventBridge `rule` or a `schedule` running a task */
  holder?: 'rule' | 'schedule';
}

export interface DocRefs {
  declarations: Declaration[];
  references: Reference[];
}

export const offsetOf = (a: Anchor): number => a.at.offset + a.delta;
export const spanOf = (a: Anchor): { offset: number; length: number } => ({ offset: a.at.offset + a.delta, length: a.length });
