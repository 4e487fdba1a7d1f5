/**
 * The language server process on Node: `node dist/server.js --stdio` (the VS Code client, the bench,
 * other editors) or `--node-ipc`. Everything else is in lsp/server.ts.
 */
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, type MessageReader } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { BatchingStreamWriter } from './messageWriter';
import { capHeapGrowth } from './heap';
import { nodeRuntime, utcToday } from './runtime';
import { nodeWorkspaceFiles } from './files';

capHeapGrowth();
// over stdio the messages go through our writer (batched writes, kept buffers, spliced list answers).
// stdin stays a stream, which the library accepts beside a writer (its types do not say so): it
// still reads it and exits when it closes, as with `--stdio`. Other transports keep the library's writer.
const stdio = process.argv.slice(2).includes('--stdio');
const writer = stdio ? new BatchingStreamWriter(process.stdout) : undefined;
const connection = writer
  ? createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, writer)
  : createConnection(ProposedFeatures.all);
if (stdio) routeConsole(connection);
startServer(
  connection,
  {
    ...nodeRuntime(undefined, { codeCache: true }),
    today: utcToday,
    files: nodeWorkspaceFiles,
    debugScheduling: process.env.ECS_EKS_ARCHITECT_DEBUG_SCHEDULING === '1',
  },
  { spliceLists: stdio },
);

/** stdout carries the protocol: stray console output goes to the client's log, as the library does for `--stdio` */
function routeConsole(c: ReturnType<typeof createConnection>): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  const log = (...a: unknown[]) => c.console.log(text(a));
  // every method that writes to stdout (the YAML library's LOG_STREAM uses console.dir)
  console.log = console.info = console.debug = console.dirxml = console.table = console.timeLog = log;
  console.dir = (o: unknown, options?: object) => c.console.log(inspect(o, options));
  console.warn = (...a: unknown[]) => c.console.warn(text(a));
  console.error = (...a: unknown[]) => c.console.error(text(a));
}
