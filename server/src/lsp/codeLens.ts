/**
 * textDocument/codeLens: "used by 2 services", "selects 3 pods in Deployment web", "runs 5
 * workloads". The list says only where lenses stand; codeLens/resolve titles the ones the editor
 * shows, so a big file does not count every object's users on each keystroke. Clicking runs the
 * client's `ecsEksArchitect.showReferences` with the places, which opens them in the references view.
 */
import type { CodeLens } from 'vscode-languageserver';
import { runSafe } from './runSafe';
import type { NavContext } from './navContext';
import { toLocations } from './references';
import { PerDocumentAnswer } from '../core/nav/index';

export const SHOW_REFERENCES = 'ecsEksArchitect.showReferences';

/**
 * What a lens carries from the list to its resolve: its file. Where it stands is its range's start
 * (a position, not an offset: a kept document's lenses stay valid when an edit above it moves
 * its offsets but not its lines).
 */
interface LensData {
  uri: string;
}

const isLensData = (d: unknown): d is LensData => typeof d === 'object' && d !== null && typeof (d as LensData).uri === 'string';

export function registerCodeLens(ctx: NavContext): void {
  // kept per document: after a keystroke only the edited document's anchors are found again
  // (titles are not kept: codeLens/resolve counts the users when the lens comes on screen)
  const anchors = new PerDocumentAnswer((file, doc) =>
    ctx.service.docLensAnchors(file, doc).map((offset): CodeLens => ({ range: file.lines.range(offset, 0), data: { uri: file.uri } })),
  );
  ctx.connection.onCodeLens((params, token) =>
    runSafe(ctx.log, 'codeLens', token, null, () => {
      if (!ctx.settings.codeLens) return null;
      const { file } = ctx.sync(params.textDocument.uri);
      return file ? anchors.get(file) : null;
    }),
  );
  ctx.connection.onCodeLensResolve((lens, token) =>
    runSafe(ctx.log, 'codeLens/resolve', token, lens, () => {
      if (!isLensData(lens.data)) return lens;
      const { file } = ctx.sync(lens.data.uri);
      const l = file && ctx.service.resolveCodeLens(file.uri, file.lines.offsetAt(lens.range.start));
      // the file changed under the lens: an empty title until the editor asks for the new list
      if (!file || !l) return { ...lens, command: { title: '', command: '' } };
      const range = file.lines.range(l.offset, 0);
      return {
        range,
        command: { title: l.title, command: SHOW_REFERENCES, arguments: [file.uri, range.start, toLocations(ctx, l.locations)] },
      };
    }),
  );
}
