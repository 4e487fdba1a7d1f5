/** Indexes the workspace folders' JSON/YAML files at start-up so cross-file rules and the diagram see everything. */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, WorkspaceFolder } from 'vscode-languageserver/node';
import type { LanguageService } from '../core/service';
import { walkFiles, readText } from '../files/walk';

/** the longest the indexer works before letting queued requests and validations run */
const SLICE_MS = 10;
/** the longest the indexer waits, per slice, for the editor's own files to be validated first */
const MAX_PAUSE_MS = 500;

export async function indexWorkspace(
  connection: Connection,
  service: LanguageService,
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
      if (!folder.uri.startsWith('file:')) continue;
      const root = fileURLToPath(folder.uri);
      for (const path of walkFiles(root)) {
        const uri = pathToFileURL(path).toString();
        if (isOpen(uri)) continue; // the editor's text wins over the disk
        const text = readText(path, service.settings.maxFileSize * 4);
        if (text === undefined) continue;
        try {
          service.update(uri, text, undefined, -1);
        } catch (e) {
          log(`[error] indexing ${path}: ${String(e)}`);
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

export function readFromDisk(service: LanguageService, uri: string): void {
  if (!uri.startsWith('file:')) return;
  const text = readText(fileURLToPath(uri), service.settings.maxFileSize * 4);
  if (text === undefined) service.remove(uri);
  else service.update(uri, text, undefined, -1);
}
