/** Indexes the workspace folders' JSON/YAML files at start-up so cross-file rules and the diagram see everything. */
import type { Connection, WorkspaceFolder } from 'vscode-languageserver';
import type { LanguageService } from '../core/service';
import type { WorkspaceFiles } from './runtime';

/** the longest the indexer works before letting queued requests and validations run */
const SLICE_MS = 10;
/** the longest the indexer waits, per slice, for the editor's own files to be validated first */
const MAX_PAUSE_MS = 500;

export async function indexWorkspace(
  connection: Connection,
  service: LanguageService,
  files: WorkspaceFiles,
  folders: WorkspaceFolder[],
  isOpen: (uri: string) => boolean,
  log: (m: string) => void,
  busy: () => boolean = () => false,
): Promise<number> {
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin('ECS & EKS: indexing workspace', 0, undefined, false);
  let count = 0;
  const started = Date.now();
  let sliceStart = performance.now();
  try {
    for (const folder of folders) {
      for (const uri of files.list(folder.uri)) {
        if (isOpen(uri)) continue; // the editor's text wins over the disk
        const text = files.read(uri, service.settings.maxFileSize * 4);
        if (text === undefined) continue;
        try {
          service.update(uri, text, undefined, -1);
        } catch (e) {
          log(`[error] indexing ${uri}: ${String(e)}`);
        }
        count++;
        // keep answering requests (and validating what the editor opened) while indexing: yield
        // every few milliseconds of work, not every N files, since one file can be large
        if (performance.now() - sliceStart > SLICE_MS) {
          progress?.report(`${count} files`);
          await new Promise((r) => setImmediate(r));
          // files the user opened come first: while their validation waits or runs, the index waits
          for (const until = performance.now() + MAX_PAUSE_MS; busy() && performance.now() < until;)
            await new Promise((r) => setTimeout(r, 2));
          sliceStart = performance.now();
        }
      }
    }
  } finally {
    progress?.done();
  }
  log(`[info] indexed ${count} files in ${Date.now() - started} ms`);
  return count;
}

/** The file's saved text becomes the truth again (closed without saving, changed on disk). */
export function readFromDisk(service: LanguageService, files: WorkspaceFiles, uri: string): void {
  if (!files.handles(uri)) return;
  const text = files.read(uri, service.settings.maxFileSize * 4);
  if (text === undefined) service.remove(uri);
  else service.update(uri, text, undefined, -1);
}
