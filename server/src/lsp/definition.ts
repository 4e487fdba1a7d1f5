/** textDocument/definition: where a reference points (several places for a Service selector or a Fargate profile). */
import type { Location } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import { rangeIn, type NavContext } from './navContext';

export function registerDefinition(ctx: NavContext): void {
  ctx.connection.onDefinition((params, token) =>
    runSafe(ctx.log, 'definition', token, null, () => {
      const { file } = ctx.sync(params.textDocument.uri);
      if (!file) return null;
      const out: Location[] = [];
      for (const t of ctx.service.definition(file.uri, file.lines.offsetAt(params.position))) {
        const range = rangeIn(ctx, t.uri, t.offset, t.length);
        if (range) out.push({ uri: t.uri, range });
      }
      return out.length ? out : null;
    }),
  );
}
