/**
 * textDocument/definition: where a reference points (several places for a Service selector or a
 * Fargate profile). Clients that take LocationLinks get the whole reference underlined on Ctrl+hover
 * and the target's declaration with its name selected; others get plain Locations.
 */
import type { Location, LocationLink } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import { rangeIn, type NavContext } from './navContext';

export function registerDefinition(ctx: NavContext): void {
  ctx.connection.onDefinition((params, token) =>
    runSafe(ctx.log, 'definition', token, null, (): Location[] | LocationLink[] | null => {
      const { file } = ctx.sync(params.textDocument.uri);
      if (!file) return null;
      const locations: Location[] = [];
      const links: LocationLink[] = [];
      for (const t of ctx.service.definition(file.uri, file.lines.offsetAt(params.position))) {
        const range = rangeIn(ctx, t.uri, t.offset, t.length);
        if (!range) continue;
        locations.push({ uri: t.uri, range });
        // the declaration must hold its name (LSP requires it): take both when they differ
        const start = Math.min(t.full.offset, t.offset);
        const end = Math.max(t.full.offset + t.full.length, t.offset + t.length);
        links.push({
          originSelectionRange: t.origin && file.lines.range(t.origin.offset, t.origin.length),
          targetUri: t.uri,
          targetRange: rangeIn(ctx, t.uri, start, end - start) ?? range,
          targetSelectionRange: range,
        });
      }
      if (!locations.length) return null;
      return ctx.settings.definitionLinks ? links : locations;
    }),
  );
}
