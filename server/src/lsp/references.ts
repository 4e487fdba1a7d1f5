/** textDocument/references: every place that refers to the declaration under the cursor (or to what the reference there names). */
import type { Location } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import { rangeIn, type NavContext } from './navContext';
import type { Span } from '../core/nav/index';

export function toLocations(ctx: NavContext, spans: readonly Span[]): Location[] {
  const out: Location[] = [];
  for (const s of spans) {
    const range = rangeIn(ctx, s.uri, s.offset, s.length);
    if (range) out.push({ uri: s.uri, range });
  }
  return out;
}

export function registerReferences(ctx: NavContext): void {
  ctx.connection.onReferences((params, token) =>
    runSafe(ctx.log, 'references', token, null, () => {
      const { file } = ctx.sync(params.textDocument.uri);
      if (!file) return null;
      const spans = ctx.service.references(file.uri, file.lines.offsetAt(params.position), params.context.includeDeclaration);
      return toLocations(ctx, spans);
    }),
  );
}
