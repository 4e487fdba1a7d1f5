/** Settings come from the client through workspace/configuration, section `ecsEksArchitect`. */
import type { Connection } from 'vscode-languageserver/node';
import { defaultSettings, type RuleSettings } from '../core/types';
import { parseSettings } from '../core/settings';

export { parseSettings };

export const SECTION = 'ecsEksArchitect';

export async function fetchSettings(connection: Connection, supported: boolean): Promise<RuleSettings> {
  if (!supported) return { ...defaultSettings };
  try {
    const [raw] = await connection.workspace.getConfiguration([{ section: SECTION }]);
    return parseSettings(raw);
  } catch {
    return { ...defaultSettings };
  }
}
