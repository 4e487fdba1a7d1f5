/**
 * textDocument/codeLens: "used by 2 services", "selects 3 pods in Deployment web", "runs 5
 * workloads". Clicking runs the client's `ecsEksArchitect.showReferences` with the places, which
 * opens them in the references view.
 */
import type { CodeLens } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import type { NavContext } from './navContext';
import { toLocations } from './references';

export const SHOW_REFERENCES = 'ecsEksArchitect.showReferences';

export function registerCodeLens(ctx: NavContext): void {
  ctx.connection.onCodeLens((params, token) =>
    runSafe(ctx.log, 'codeLens', token, null, () => {
      if (!ctx.settings.codeLens) return null;
      const { file } = ctx.sync(params.textDocument.uri);
      if (!file) return null;
      return ctx.service.codeLenses(file.uri).map((l): CodeLens => {
        const range = file.lines.range(l.offset, 0);
        return {
          range,
          command: { title: l.title, command: SHOW_REFERENCES, arguments: [file.uri, range.start, toLocations(ctx, l.locations)] },
        };
      });
    }),
  );
}
