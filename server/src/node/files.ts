/** The workspace's files on disk, for the language server's start-up index and re-reads. */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceFiles } from '../lsp/runtime';
import { readText, walkFiles } from '../files/walk';

export const nodeWorkspaceFiles: WorkspaceFiles = {
  handles: (uri) => uri.startsWith('file:'),
  *list(folderUri) {
    if (!folderUri.startsWith('file:')) return;
    for (const path of walkFiles(fileURLToPath(folderUri))) yield pathToFileURL(path).toString();
  },
  read: (uri, maxBytes) => (uri.startsWith('file:') ? readText(fileURLToPath(uri), maxBytes) : undefined),
};
