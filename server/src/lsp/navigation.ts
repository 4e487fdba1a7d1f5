/** The navigation features (issue 17), registered together; each lives in its own file. */
import type { ServerCapabilities } from 'vscode-languageserver';
import { registerDefinition } from './definition';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { registerSymbols } from './symbols';
import { registerDocumentLinks } from './documentLinks';
import { registerCodeLens } from './codeLens';
import { registerInlayHints } from './inlayHints';
import type { NavContext } from './navContext';

export const navigationCapabilities: ServerCapabilities = {
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  documentLinkProvider: { resolveProvider: true },
  codeLensProvider: { resolveProvider: true },
  inlayHintProvider: true,
};

export function registerNavigation(ctx: NavContext): void {
  registerDefinition(ctx);
  registerReferences(ctx);
  registerRename(ctx);
  registerSymbols(ctx);
  registerDocumentLinks(ctx);
  registerCodeLens(ctx);
  registerInlayHints(ctx);
}
