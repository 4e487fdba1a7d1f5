/** Navigation features on the reference model, as the LanguageService offers them (one entry per LSP request). */
export { definition, references, type Span } from '../refs/navigate';

/** one place a definition request lands: the target's name, its whole declaration, and the reference it came from */
export interface DefinitionTarget {
  uri: string;
  offset: number;
  length: number;
  full: { offset: number; length: number };
  origin?: { offset: number; length: number };
}
export { prepareRename, rename, type RenamePlan } from '../refs/rename';
export { workspaceSymbols, type OutlineSymbol, type WorkspaceSymbol } from '../refs/symbols';
export { documentSymbols, docSymbols } from './outline';
export { documentLinks, docLinksOf, type DocLink, type K8sReference } from './links';
export { codeLenses, codeLensAnchors, docLensAnchors, resolveCodeLens, type Lens } from './lenses';
export { inlayHints, type Hint } from './inlayHints';
export { PerDocumentAnswer } from './perDocument';
