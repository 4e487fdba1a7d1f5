/** textDocument/inlayHint: Fargate sizes in vCPU and GiB, and the target of a short task definition reference. */
import type { InlayHint } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import type { NavContext } from './navContext';

export function registerInlayHints(ctx: NavContext): void {
  ctx.connection.languages.inlayHint.on((params, token) =>
    runSafe(ctx.log, 'inlayHint', token, null, () => {
      if (!ctx.settings.inlayHints) return null;
      const { file } = ctx.sync(params.textDocument.uri);
      if (!file) return null;
      const from = file.lines.offsetAt(params.range.start);
      const to = file.lines.offsetAt(params.range.end);
      return ctx.service
        .inlayHints(file.uri, from, to)
        .map((h): InlayHint => ({ position: file.lines.positionAt(h.offset), label: h.label, paddingLeft: true, tooltip: h.tooltip }));
    }),
  );
}
