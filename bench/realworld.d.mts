/** Types of realworld.mjs, for the unit test that edits the real big file. */
export function findRealworld(root: string): { dir: string; missing?: undefined } | { dir?: undefined; missing: string[] };
export function realK8sFiles(dir: string): [string, string][];
export function objectNames(files: [string, string][]): Set<string>;
export function renamer(names: Set<string>, suffix: string): (text: string) => string;
export function realBigManifest(files: [string, string][], target: number): string;
export function realWorkspaceFiles(files: [string, string][], count: number): [string, string][];
export function buildReal(
  root: string,
  workDir: string,
  opts?: { lines?: number; files?: number },
):
  | { missing: string[] }
  | { source: string; sourceFiles: number; bigFile: string; workspace: string; emptyFolder: string; missing?: undefined };
