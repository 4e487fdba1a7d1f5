/**
 * textDocument/prepareRename and textDocument/rename: a name others refer to, renamed in every
 * file at once (a WorkspaceEdit the editor previews). A refusal is an error with the reason, which
 * the editor shows.
 */
import { ErrorCodes, ResponseError, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import { rangeIn, type NavContext } from './navContext';

export function registerRename(ctx: NavContext): void {
  ctx.connection.onPrepareRename((params, token) =>
    runSafe(ctx.log, 'prepareRename', token, null, () => {
      const { file } = ctx.sync(params.textDocument.uri);
      if (!file) return null;
      const r = ctx.service.prepareRename(file.uri, file.lines.offsetAt(params.position));
      if ('error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
      return { range: file.lines.range(r.offset, r.length), placeholder: r.name };
    }),
  );
  ctx.connection.onRenameRequest((params, token) =>
    runSafe(ctx.log, 'rename', token, null, () => {
      const { file } = ctx.sync(params.textDocument.uri);
      if (!file) return null;
      const r = ctx.service.rename(file.uri, file.lines.offsetAt(params.position), params.newName);
      if ('error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
      const changes: Record<string, TextEdit[]> = {};
      for (const [uri, edits] of r.changes) {
        changes[uri] = [];
        for (const e of edits) {
          const range = rangeIn(ctx, uri, e.offset, e.length);
          if (range) changes[uri].push({ range, newText: e.newText });
        }
      }
      const edit: WorkspaceEdit = { changes };
      return edit;
    }),
  );
}
