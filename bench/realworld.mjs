/**
 * Bench inputs made from real public manifests (`shared/realworld/k8s`, never copied into the
 * repository): one big multi-document file and a workspace of many files, both built at bench
 * time by repeating the real files with every object name made unique per copy. Real files hold
 * what generated ones lack: comments, anchors, long ConfigMaps, CRDs, many kinds.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** Bump when what is built changes: a stale folder is then rebuilt. */
const BUILDER_VERSION = 1;

/**
 * The real-world folder: $BENCH_REALWORLD, else `<repo>/../shared/realworld`, else
 * `/work/shared/realworld`. Returns { dir } or { missing: the places looked at }.
 */
export function findRealworld(root) {
  const tried = [process.env.BENCH_REALWORLD, resolve(root, '..', 'shared', 'realworld'), '/work/shared/realworld'].filter(Boolean);
  for (const dir of tried) if (existsSync(join(dir, 'k8s')) && statSync(join(dir, 'k8s')).isDirectory()) return { dir };
  return { missing: tried };
}

/** The Kubernetes files, sorted by name: [name, text][] (every text ends with a newline). */
export function realK8sFiles(dir) {
  const k8s = join(dir, 'k8s');
  return readdirSync(k8s)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => {
      const t = readFileSync(join(k8s, n), 'utf8');
      return [n, t.endsWith('\n') ? t : t + '\n'];
    });
}

/** names that copies must keep: the namespaces every cluster has */
const KEEP = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);
/** keys whose values are not object names even when they read like one */
const NOT_NAMES = new Set(['apiVersion', 'kind', 'image', 'type', 'protocol', 'imagePullPolicy', 'restartPolicy']);

/** Every `metadata.name` of every document (parsed with the `yaml` package, errors ignored). */
export function objectNames(files) {
  const names = new Set();
  for (const [, text] of files)
    for (const d of parseAllDocuments(text)) {
      const name = d.errors?.length ? undefined : d.toJS({ maxAliasCount: -1 })?.metadata?.name;
      if (typeof name === 'string' && /^[a-z0-9][a-z0-9.-]*$/.test(name) && !KEEP.has(name)) names.add(name);
    }
  return names;
}

/**
 * `rename(text)` appends `suffix` to every object name wherever it stands as a whole scalar
 * value (`key: name`, `- name`, quoted or not), so a copy's references, selectors and labels
 * point into the same copy. Keys such as `kind` and `image` are left alone.
 */
export function renamer(names, suffix) {
  if (!suffix) return (text) => text;
  const alt = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.]/g, '\\.'))
    .join('|');
  const re = new RegExp(`^(\\s*(?:- )?(?:([\\w./-]+):[ \\t]+)?)(["']?)(${alt})\\3([ \\t]*(?:#.*)?)$`, 'gm');
  return (text) =>
    text.replace(re, (all, lead, key, q, name, tail) => (key && NOT_NAMES.has(key) ? all : `${lead}${q}${name}${suffix}${q}${tail}`));
}

const lines = (t) => t.split('\n').length - 1;

/** One stream from many files: joined with `---` (a file that starts with its own marker keeps it). */
function join2(texts) {
  let out = '';
  for (const t of texts) out += out && !t.startsWith('---') ? '---\n' + t : t;
  return out;
}

/**
 * The real files, repeated (names made unique per copy: `-r2`, `-r3`, …) until about `target`
 * lines; the last copy stops at the file that reaches the target.
 */
export function realBigManifest(files, target) {
  const names = objectNames(files);
  const texts = [];
  let n = 0;
  for (let copy = 1; n < target; copy++) {
    const rename = renamer(names, copy === 1 ? '' : `-r${copy}`);
    for (const [, text] of files) {
      if (n >= target) break;
      const t = rename(text);
      texts.push(t);
      n += lines(t) + 1;
    }
  }
  return join2(texts);
}

/** `count` files: copy k of the real files in folder `copy-k/`, names made unique per copy. */
export function realWorkspaceFiles(files, count) {
  const names = objectNames(files);
  const out = [];
  for (let copy = 1; out.length < count; copy++) {
    const rename = renamer(names, copy === 1 ? '' : `-r${copy}`);
    for (const [name, text] of files) {
      if (out.length >= count) break;
      out.push([`copy-${copy}/${name}`, rename(text)]);
    }
  }
  return out;
}

/**
 * Writes the big file and the workspace under `workDir/real` (skipped when current).
 * Returns { bigFile, workspace, files } or { missing } when the real-world folder is absent.
 */
export function buildReal(root, workDir, { lines: target = 50_000, files: count = 2000 } = {}) {
  const found = findRealworld(root);
  if (!found.dir) return { missing: found.missing };
  const src = realK8sFiles(found.dir);
  const base = join(workDir, 'real');
  const paths = {
    source: found.dir,
    sourceFiles: src.length,
    bigFile: join(base, 'big', 'real-all-in-one.yaml'),
    workspace: join(base, 'ws'),
    // the big file's scenario opens it from a workspace that does not hold it: no start-up indexing helps
    emptyFolder: join(base, 'empty'),
  };
  const fingerprint = `${BUILDER_VERSION}:${target}:${count}:${src.length}:${src.reduce((s, [, t]) => s + t.length, 0)}`;
  const stamp = join(base, '.built');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return paths;
  rmSync(base, { recursive: true, force: true });
  mkdirSync(dirname(paths.bigFile), { recursive: true });
  mkdirSync(paths.emptyFolder, { recursive: true });
  writeFileSync(paths.bigFile, realBigManifest(src, target));
  for (const [rel, text] of realWorkspaceFiles(src, count)) {
    const p = join(paths.workspace, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  writeFileSync(stamp, fingerprint);
  return paths;
}
