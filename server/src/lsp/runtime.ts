/** What the language server needs from its host beyond the core's runtime: the workspace's files. */
import type { CoreRuntime } from '../core/runtime';

export interface WorkspaceFiles {
  /** whether files under this uri can be listed and read (Node: `file:` uris) */
  handles(uri: string): boolean;
  /** the JSON and YAML files under a folder, as uris (skipping node_modules, .gitignored paths…) */
  list(folderUri: string): Iterable<string>;
  /** a file's text; undefined when it is missing, binary or larger than `maxBytes` */
  read(uri: string, maxBytes: number): string | undefined;
}

export interface ServerRuntime extends CoreRuntime {
  files: WorkspaceFiles;
  /** log the diagnostics scheduler's validations per burst (scheduleStats.ts) */
  debugScheduling?: boolean;
}
