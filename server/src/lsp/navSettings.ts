/**
 * `ecsEksArchitect.codeLens.enabled` and `ecsEksArchitect.inlayHints.enabled`, read with the other
 * settings; a change asks the client to fetch lenses and hints again.
 */
import type { Connection } from 'vscode-languageserver';
import { SECTION } from './settings';
import { parseNavSettings } from '../core/nav/settings';

export class NavSettings {
  codeLens = true;
  inlayHints = true;
  /** the client can be told to ask again (workspace/codeLens/refresh, workspace/inlayHint/refresh) */
  refreshLens = false;
  refreshHints = false;
  /** the client takes LocationLinks for definitions: the whole reference underlined, the target's name selected */
  definitionLinks = false;

  async refresh(connection: Connection, supported: boolean): Promise<void> {
    if (!supported) return;
    try {
      const [raw] = (await connection.workspace.getConfiguration([{ section: SECTION }])) as unknown[];
      const { codeLens: lens, inlayHints: hints } = parseNavSettings(raw);
      const changed = { lens: lens !== this.codeLens, hints: hints !== this.inlayHints };
      this.codeLens = lens;
      this.inlayHints = hints;
      if (changed.lens && this.refreshLens) void connection.sendRequest('workspace/codeLens/refresh');
      if (changed.hints && this.refreshHints) void connection.languages.inlayHint.refresh();
    } catch {
      // keep what we had: a client that cannot answer leaves the defaults
    }
  }
}
