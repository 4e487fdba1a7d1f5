/** What the navigation handlers need from the server: the service, the editor-text sync and the log. */
import type { Connection } from 'vscode-languageserver';
import type { LanguageService } from '../core/service';
import type { SourceFile } from '../core/types';
import type { Logger } from './runSafe';
import type { NavSettings } from './navSettings';

export interface NavContext {
  connection: Connection;
  service: LanguageService;
  /** brings the index up to the editor's text of `uri` and returns the analysed file */
  sync: (uri: string) => { file: SourceFile | undefined };
  log: Logger;
  settings: NavSettings;
  /** whole-file lists may be answered as kept JSON (`JsonList`): the writer splices them */
  spliceLists: boolean;
}

/** LSP range of a span in any indexed file (targets may be in files that are not open). */
export function rangeIn(ctx: NavContext, uri: string, offset: number, length: number) {
  const file = ctx.service.workspace.get(uri);
  return file ? file.lines.range(offset, length) : undefined;
}
