/**
 * The language server process on Node: `node dist/server.js --stdio` or `--node-ipc` (the VS Code
 * client uses IPC). Everything else is in lsp/server.ts.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { capHeapGrowth } from './heap';
import { nodeRuntime, utcToday } from './runtime';
import { nodeWorkspaceFiles } from './files';

capHeapGrowth();
startServer(createConnection(ProposedFeatures.all), {
  ...nodeRuntime(undefined, { codeCache: true }),
  today: utcToday,
  files: nodeWorkspaceFiles,
});
