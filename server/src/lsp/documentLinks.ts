/** textDocument/documentLink: AWS console pages and Kubernetes API reference pages. */
import { runSafe } from './runSafe';
import type { NavContext } from './navContext';

export function registerDocumentLinks(ctx: NavContext): void {
  ctx.connection.onDocumentLinks((params, token) =>
    runSafe(ctx.log, 'documentLink', token, null, () => {
      const { file } = ctx.sync(params.textDocument.uri);
      if (!file) return null;
      return ctx.service
        .documentLinks(file.uri)
        .map((l) => ({ range: file.lines.range(l.offset, l.length), target: l.target, tooltip: l.tooltip }));
    }),
  );
}
