/** Finds the JSON and YAML files under folders, skipping node_modules, VCS folders and .gitignored paths. */
import { readdirSync, readFileSync, statSync, realpathSync, existsSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out', '.terraform', 'cdk.out']);
const EXT = /\.(json|jsonc|ya?ml|template)$/i;

export interface WalkOptions {
  maxFiles?: number;
}

export function* walkFiles(root: string, opts: WalkOptions = {}): Generator<string> {
  const max = opts.maxFiles ?? 50_000;
  let count = 0;
  let st;
  try {
    st = statSync(root);
  } catch {
    return;
  }
  if (st.isFile()) {
    yield root;
    return;
  }
  let top: string;
  try {
    top = realpathSync(root);
  } catch {
    return;
  }
  // a symlink may point anywhere (`/`, $HOME) or back up the tree: a linked file is read only when it lies inside the
  // folder; a linked folder is never entered (inside, its real path is walked anyway; outside, it is not ours to read)
  const inside = (real: string) => real === top || real.startsWith(top.endsWith(sep) ? top : top + sep);
  const stack: { dir: string; ig: { base: string; ig: Ignore }[] }[] = [{ dir: root, ig: [] }];
  while (stack.length) {
    const { dir, ig } = stack.pop()!;
    let rules = ig;
    const gi = join(dir, '.gitignore');
    if (existsSync(gi)) {
      try {
        rules = [...ig, { base: dir, ig: ignore().add(readFileSync(gi, 'utf8')) }];
      } catch {
        /* unreadable .gitignore */
      }
    }
    let entries: Dirent[];
    try {
      // the entries' types come with the listing: no lstat per file (2,000 files: ~45 of ~50 ms)
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      const full = join(dir, name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          if (!inside(realpathSync(full))) continue;
          if (statSync(full).isDirectory()) continue;
          isDir = false;
        } catch {
          continue;
        }
      }
      if (isDir && SKIP_DIRS.has(name)) continue;
      if (rules.some((r) => r.ig.ignores(relative(r.base, full).split(sep).join('/') + (isDir ? '/' : '')))) continue;
      if (isDir) stack.push({ dir: full, ig: rules });
      else if (EXT.test(name)) {
        if (++count > max) return;
        yield full;
      }
    }
  }
}

/** Text of a file, or undefined for binary content (a NUL byte in the first 8 KB). */
export function readText(path: string, maxBytes = 64 * 1024 * 1024): string | undefined {
  let buf: Buffer;
  try {
    if (statSync(path).size > maxBytes) return undefined;
    buf = readFileSync(path);
  } catch {
    return undefined;
  }
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return undefined;
  return buf.toString('utf8');
}
