/**
 * The settings in package.json, the settings the code reads, and the README's settings table
 * must not drift apart: every documented setting is read (by the server through parseSettings,
 * or by the client), every setting the server reads is documented, and the defaults agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSettings } from '../../../server/src/core/settings';
import { defaultSettings } from '../../../server/src/core/types';
import { defaultNavSettings, parseNavSettings } from '../../../server/src/core/nav/settings';
import { allRules } from '../../../server/src/core/rules/index';
import { BUILT_IN_CHECKS } from '../../../server/src/cli/builtinChecks';
import { SECTION } from '../../../server/src/lsp/settings';
import { ROOT, manifest } from './root';

interface Prop {
  type?: string;
  default?: unknown;
  description?: string;
  markdownDescription?: string;
  enum?: unknown[];
  properties?: Record<string, Prop>;
  additionalProperties?: unknown;
}
const props: Record<string, Prop> = manifest.contributes.configuration.properties;
const keys = Object.keys(props);

/** `ecsEksArchitect.kubernetes.strict: true` → `{ kubernetes: { strict: true } }`, as workspace/configuration sends it */
function asSection(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const parts = key.split('.').slice(1);
    let at = out;
    for (const p of parts.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]] = value;
  }
  return out;
}

/** the dotted paths parseSettings reads from a settings object */
function pathsRead(raw: Record<string, unknown>): Set<string> {
  const read = new Set<string>();
  const wrap = (obj: Record<string, unknown>, prefix: string): Record<string, unknown> =>
    new Proxy(obj, {
      get(target, prop) {
        const v = Reflect.get(target, prop);
        if (typeof prop !== 'string') return v;
        const path = prefix + prop;
        read.add(path);
        // follow into nested sections, but not into values (the rules map is read as a whole)
        return v && typeof v === 'object' && !Array.isArray(v) && !(path in props || `${SECTION}.${path}` in props)
          ? wrap(v as Record<string, unknown>, path + '.')
          : v;
      },
    });
  parseSettings(wrap(raw, ''));
  parseNavSettings(wrap(raw, ''));
  return read;
}

const documented = new Map(keys.map((k) => [k.slice(SECTION.length + 1), k]));
const serverRead = [...pathsRead(asSection(Object.fromEntries(keys.map((k) => [k, props[k].default]))))].filter((p) => documented.has(p));

/** settings the client reads itself (not sent through parseSettings) */
const clientSettings = keys.filter((k) => !serverRead.includes(k.slice(SECTION.length + 1)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.ts$/.test(n) ? [p] : [];
  });
}
const clientSource = sourceFiles(join(ROOT, 'client/src'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('every setting is namespaced, typed, has a default and a description', () => {
  assert.ok(keys.length >= 6, `only ${keys.length} settings`);
  for (const k of keys) {
    assert.ok(k.startsWith(`${SECTION}.`), `${k} is outside ${SECTION}`);
    const p = props[k];
    assert.ok(p.type, `${k} has no type`);
    assert.ok('default' in p, `${k} has no default`);
    assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `${k} has no real description`);
  }
});

test('the server reads exactly the documented server settings (rules, strict mode, Kubernetes version, size limit, lenses, hints)', () => {
  // every path parseSettings looks at is a documented setting or a section on the way to one
  const read = pathsRead(asSection(Object.fromEntries(keys.map((k) => [k, props[k].default]))));
  for (const path of read) {
    assert.ok(
      documented.has(path) || keys.some((k) => k.startsWith(`${SECTION}.${path}.`)),
      `parseSettings reads "${path}", which package.json does not document`,
    );
  }
  assert.deepEqual(serverRead.sort(), [
    'codeLens.enabled',
    'inlayHints.enabled',
    'kubernetes.strict',
    'kubernetes.version',
    'maxFileSizeKB',
    'rules',
  ]);
});

test('package.json defaults are the server defaults', () => {
  const raw = asSection(Object.fromEntries(keys.map((k) => [k, props[k].default])));
  assert.deepEqual(parseSettings(raw), defaultSettings);
  assert.deepEqual(parseNavSettings(raw), defaultNavSettings);
});

test('each server setting changes what parseSettings returns', () => {
  const base = parseSettings({});
  const other: Record<string, unknown> = {
    [`${SECTION}.rules`]: { 'k8s/image-latest': 'off' },
    [`${SECTION}.kubernetes.strict`]: !props[`${SECTION}.kubernetes.strict`].default,
    [`${SECTION}.maxFileSizeKB`]: (props[`${SECTION}.maxFileSizeKB`].default as number) * 2,
    [`${SECTION}.kubernetes.version`]: '1.33',
    [`${SECTION}.codeLens.enabled`]: !props[`${SECTION}.codeLens.enabled`].default,
    [`${SECTION}.inlayHints.enabled`]: !props[`${SECTION}.inlayHints.enabled`].default,
  };
  const baseNav = parseNavSettings({});
  for (const path of serverRead) {
    const key = `${SECTION}.${path}`;
    assert.ok(key in other, `no non-default value for ${key} in this test: add one`);
    const raw = asSection({ [key]: other[key] });
    const changed = [parseSettings(raw), parseNavSettings(raw)];
    assert.notDeepEqual(changed, [base, baseNav], `${key} has no effect`);
  }
});

test('the rule levels the manifest offers are the ones parseSettings keeps', () => {
  const rules = props[`${SECTION}.rules`];
  const levels = Object.values(rules.properties ?? {})[0]?.enum as string[];
  assert.deepEqual([...levels].sort(), ['error', 'hint', 'information', 'off', 'warning']);
  for (const level of levels) assert.equal(parseSettings({ rules: { 'k8s/image-latest': level } }).rules['k8s/image-latest'], level);
  assert.equal(parseSettings({ rules: { 'k8s/image-latest': 'fatal' } }).rules['k8s/image-latest'], undefined);
});

test('ecsEksArchitect.rules lists every rule and built-in check, and nothing else', () => {
  const listed = Object.keys(props[`${SECTION}.rules`].properties ?? {}).sort();
  const expected = [...allRules.map((r) => r.id), ...Object.keys(BUILT_IN_CHECKS)].sort();
  assert.deepEqual(listed, expected, 'run `node scripts/gen-rules-doc.mjs`');
  assert.equal(props[`${SECTION}.rules`].additionalProperties, false, 'misspelled ids are flagged in settings.json');
});

test('the client reads the settings the server does not', () => {
  assert.deepEqual(clientSettings.sort(), [
    `${SECTION}.diagram.direction`,
    `${SECTION}.diagram.layout`,
    `${SECTION}.diagram.theme`,
    `${SECTION}.trace.server`,
  ]);
  for (const key of clientSettings) {
    if (key.endsWith('.trace.server')) {
      // vscode-languageclient reads `<client id>.trace.server` itself
      assert.match(
        clientSource,
        new RegExp(`new LanguageClient\\(\\s*'${escape(SECTION)}'`),
        `${key}: the LanguageClient id is not "${SECTION}"`,
      );
      continue;
    }
    // getConfiguration('<section>') … get('<rest>') for some split of the key, or the full key
    const parts = key.split('.');
    const found =
      parts.slice(1).some((_, i) => {
        const section = parts.slice(0, i + 1).join('.');
        const rest = parts.slice(i + 1).join('.');
        return (
          new RegExp(`getConfiguration\\(\\s*'${escape(section)}'\\s*\\)`).test(clientSource) &&
          new RegExp(`\\.get(<[^>]*>)?\\(\\s*'${escape(rest)}'`).test(clientSource)
        );
      }) || clientSource.includes(`'${key}'`);
    assert.ok(found, `${key} is documented but the client never reads it`);
  }
});

test("the README's settings table matches package.json (names and defaults)", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Settings'), readme.indexOf('\n## ', readme.indexOf('## Settings') + 3));
  const rows = [...section.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|/gm)].map((m) => [m[1], m[2]]);
  assert.deepEqual(rows.map((r) => r[0]).sort(), [...keys].sort());
  for (const [key, shown] of rows) assert.equal(shown, JSON.stringify(props[key].default), `README default of ${key}`);
});
