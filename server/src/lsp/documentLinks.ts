/** textDocument/documentLink: AWS console pages and Kubernetes API reference pages. */
import type { DocumentLink } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import type { NavContext } from './navContext';
import { PerDocumentAnswer } from '../core/nav/index';

export function registerDocumentLinks(ctx: NavContext): void {
  // kept per document: after a keystroke only the edited document's links are built again
  const links = new PerDocumentAnswer((file, doc) =>
    ctx.service
      .docLinks(file, doc)
      .map((l): DocumentLink => ({ range: file.lines.range(l.offset, l.length), target: l.target, tooltip: l.tooltip })),
  );
  ctx.connection.onDocumentLinks((params, token) =>
    runSafe(ctx.log, 'documentLink', token, null, () => {
      const { file } = ctx.sync(params.textDocument.uri);
      return file ? links.get(file) : null;
    }),
  );
}
