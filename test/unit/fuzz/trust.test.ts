/**
 * Workspace trust: the manifest's capabilities say what is true, no setting can name a URL or a
 * file, settings a workspace writes are checked and cannot lift the size guard in Restricted Mode,
 * and analysing documents that point elsewhere ($ref to a URL or a file, in a workspace CRD)
 * makes no network request and reads no file outside the extension's own folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parseSettings } from '../../../server/src/core/settings';
import { defaultSettings } from '../../../server/src/core/types';
import { LanguageService } from '../../../server/src/core/service';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { ROOT } from './corpus';
import { nodeRuntime } from '../../../server/src/node/runtime';

// the modules themselves (not the bundler's read-only views of them), so that patches reach every caller
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('node:fs') as typeof import('node:fs');
const http = require('node:http') as typeof import('node:http');
const https = require('node:https') as typeof import('node:https');
const net = require('node:net') as typeof import('node:net');
/* eslint-enable @typescript-eslint/no-require-imports */

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
type Prop = { type?: string; enum?: unknown[]; properties?: Record<string, Prop>; additionalProperties?: Prop | boolean };
const properties = manifest.contributes.configuration.properties as Record<string, Prop>;

test('capabilities: limited in untrusted workspaces, the size guard restricted; no virtual workspaces', () => {
  const trust = manifest.capabilities.untrustedWorkspaces;
  assert.equal(trust.supported, 'limited');
  assert.ok(trust.restrictedConfigurations.includes('ecsEksArchitect.maxFileSizeKB'));
  for (const key of trust.restrictedConfigurations) assert.ok(properties[key], `restricted setting ${key} does not exist`);
  assert.match(trust.description, /\S/);
  // the server reads the workspace from disk; a virtual file system would leave it blind
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
});

test('no setting can hold a URL or a path: every one is a boolean, a number, or one of fixed words', () => {
  const free: string[] = [];
  const closed = (p: Prop | boolean | undefined, at: string): boolean => {
    if (p === false) return true;
    if (!p || p === true) return (free.push(at), false);
    if (p.type === 'boolean' || p.type === 'number' || p.type === 'integer' || (p.type === 'string' && Array.isArray(p.enum))) return true;
    if (p.type === 'object')
      return Object.entries(p.properties ?? {}).every(([k, q]) => closed(q, `${at}.${k}`)) && closed(p.additionalProperties, `${at}.*`);
    return (free.push(at), false);
  };
  for (const [key, p] of Object.entries(properties)) closed(p, key);
  assert.deepEqual(free, [], 'settings that accept free text');
});

test('settings from a workspace are checked: unknown keys dropped, wrong types replaced by defaults', () => {
  const hostile = {
    rules: { 'k8s/image-latest': 'off', 'ecs/x': 'https://example.com/x', constructor: 'error', __proto__: { polluted: 'error' } },
    kubernetes: { strict: 'yes', schema: 'file:///etc/passwd' },
    maxFileSizeKB: -5,
    schemas: ['https://example.com/evil.json'],
    serverPath: '/tmp/evil.js',
  };
  const s = parseSettings(hostile);
  assert.deepEqual(Object.keys(s).sort(), ['kubernetesStrict', 'maxFileSize', 'rules']);
  assert.deepEqual({ ...s.rules }, { 'k8s/image-latest': 'off', constructor: 'error' });
  assert.equal(Object.getPrototypeOf(s.rules), Object.prototype);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(s.kubernetesStrict, defaultSettings.kubernetesStrict);
  assert.equal(s.maxFileSize, defaultSettings.maxFileSize);
  for (const bad of [0, NaN, '9999999', null, [], {}])
    assert.equal(parseSettings({ maxFileSizeKB: bad }).maxFileSize, defaultSettings.maxFileSize, String(bad));
});

test("documents that point elsewhere make no request and read no file but the extension's own", (t) => {
  const calls: string[] = [];
  const deny =
    (what: string) =>
    (...args: unknown[]) => {
      calls.push(`${what} ${String(args[0])}`);
      throw new Error(`${what} is not allowed here`);
    };
  const service = new LanguageService({ runtime: nodeRuntime() });
  // the bundled schemas load before the watch starts: only the documents' own doing is watched
  service.update('file:///ws/warm-task-definition.json', '{"family":"x","containerDefinitions":[]}');
  service.diagnostics('file:///ws/warm-task-definition.json');
  service.update('file:///ws/warm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n');
  service.diagnostics('file:///ws/warm.yaml');
  const patched: [object, string, unknown][] = [];
  const patch = (obj: object, key: string, fn: unknown) => {
    patched.push([obj, key, (obj as Record<string, unknown>)[key]]);
    (obj as Record<string, unknown>)[key] = fn;
  };
  // the extension's own files (schemas, compiled validators) may load on demand; nothing else may
  const own = (p: unknown) => typeof p === 'string' && resolve(p).startsWith(ROOT + sep);
  for (const key of ['readFileSync', 'readFile', 'openSync', 'createReadStream', 'existsSync', 'statSync', 'readdirSync']) {
    const orig = (fs as unknown as Record<string, (...a: unknown[]) => unknown>)[key];
    const refuse = deny(`fs.${key}`);
    patch(fs, key, (...args: unknown[]) => (own(args[0]) ? orig.apply(fs, args) : refuse(...args)));
  }
  patch(http, 'request', deny('http.request'));
  patch(http, 'get', deny('http.get'));
  patch(https, 'request', deny('https.request'));
  patch(https, 'get', deny('https.get'));
  patch(net, 'connect', deny('net.connect'));
  patch(net, 'createConnection', deny('net.createConnection'));
  if (typeof globalThis.fetch === 'function') patch(globalThis, 'fetch', deny('fetch'));
  try {
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              $ref: "https://example.com/remote.json"
            status:
              $ref: "file:///etc/passwd"
            other:
              $ref: "../../../../etc/hosts#/x"
`;
    service.update('file:///ws/crd.yaml', crd);
    const widget = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  size: 1\n';
    service.update('file:///ws/widget.yaml', widget);
    const task =
      '{"$schema": "https://example.com/evil.json", "family": "x", "containerDefinitions": [{"name": "a", "image": "file:///etc/passwd"}]}';
    service.update('file:///ws/evil-task-definition.json', task);
    for (const uri of ['file:///ws/crd.yaml', 'file:///ws/widget.yaml', 'file:///ws/evil-task-definition.json']) {
      service.diagnostics(uri);
      service.hover(uri, 70);
      service.complete(uri, 70);
    }
    renderDiagram(service.workspace);
  } finally {
    for (const [obj, key, orig] of patched.reverse()) (obj as Record<string, unknown>)[key] = orig;
  }
  t.diagnostic(`watched ${patched.length} entry points`);
  assert.deepEqual(calls, []);
});
