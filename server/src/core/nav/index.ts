/** Navigation features on the reference model, as the LanguageService offers them (one entry per LSP request). */
export { definition, references, type Span } from '../refs/navigate';
export { prepareRename, rename, type RenamePlan } from '../refs/rename';
export { documentSymbols, workspaceSymbols, type OutlineSymbol, type WorkspaceSymbol } from '../refs/symbols';
export { documentLinks, type DocLink, type K8sReference } from './links';
export { codeLenses, codeLensAnchors, resolveCodeLens, type Lens } from './lenses';
export { inlayHints, type Hint } from './inlayHints';
