/** The CLI as CI uses it: dist/cli.js run as a process — SARIF, --max-warnings, the config file, diagram --update. */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './client';

const CLI = join(ROOT, 'dist', 'cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
function cli(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDiag {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
}
const lintJson = (args: string[], cwd: string): JsonDiag[] => JSON.parse(cli(['lint', '--format', 'json', ...args], cwd).stdout);

// 0.25 vCPU with 4 GiB: an error (ecs/fargate-cpu-memory) on line 6
const BROKEN_TASK = `{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "4096",
  "containerDefinitions": [
    { "name": "web", "image": "public.ecr.aws/nginx/nginx:1.27", "essential": true }
  ]
}
`;
// warnings only: a :latest image and no resources
const WARN_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:latest
          ports:
            - containerPort: 80
`;

let dir: string;
let errDir: string;
let warnDir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ecs-eks-cli-'));
  errDir = join(dir, 'err');
  warnDir = join(dir, 'warn');
  mkdirSync(errDir);
  mkdirSync(warnDir);
  writeFileSync(join(errDir, 'web-task-definition.json'), BROKEN_TASK);
  writeFileSync(join(errDir, 'app.yaml'), WARN_DEPLOYMENT);
  writeFileSync(join(warnDir, 'app.yaml'), WARN_DEPLOYMENT);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('lint --format sarif', () => {
  test('is a SARIF 2.1.0 log whose results match the JSON diagnostics, 1-based', () => {
    const r = cli(['lint', '--format', 'sarif', '.'], errDir);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'ecs-eks-architect');
    assert.match(run.tool.driver.version, /^\d+\.\d+\.\d+/);
    const rules: { id: string; shortDescription: { text: string } }[] = run.tool.driver.rules;
    const json = lintJson(['.'], errDir);
    assert.ok(json.length >= 3, `expected an error and warnings, got ${JSON.stringify(json)}`);
    assert.equal(run.results.length, json.length);
    // every rule used is described once, and ruleIndex points at it
    assert.deepEqual(rules.map((x) => x.id).sort(), [...new Set(json.map((d) => d.code))].sort());
    for (const rule of rules)
      assert.ok(rule.shortDescription.text.length > 10 && rule.shortDescription.text !== rule.id, `rule ${rule.id} has no description`);
    const levels: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
    for (const [i, res] of run.results.entries()) {
      const d = json[i];
      assert.equal(res.ruleId, d.code);
      assert.equal(rules[res.ruleIndex].id, res.ruleId);
      assert.equal(res.level, levels[d.severity]);
      assert.equal(res.message.text, d.message);
      const loc = res.locations[0].physicalLocation;
      assert.equal(
        loc.artifactLocation.uri,
        d.file.endsWith('.json') ? 'web-task-definition.json' : 'app.yaml',
        'relative to the working folder',
      );
      assert.equal(loc.artifactLocation.uriBaseId, 'SRCROOT');
      assert.deepEqual(loc.region, {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      });
    }
    const fargate = run.results.find((x: { ruleId: string }) => x.ruleId === 'ecs/fargate-cpu-memory');
    assert.ok(fargate, 'the Fargate size error is reported');
    assert.equal(fargate.level, 'error');
    assert.equal(fargate.locations[0].physicalLocation.region.startLine, 6, 'on the "memory" line, counted from 1');
    assert.ok(run.originalUriBaseIds.SRCROOT.uri.startsWith('file:///'));
  });

  test('a clean folder gives an empty results list and exit 0', () => {
    const r = cli(['lint', '--format', 'sarif', join(ROOT, 'examples')], ROOT);
    assert.equal(r.code, 0, r.stdout.slice(0, 500));
    const log = JSON.parse(r.stdout);
    assert.deepEqual(
      log.runs[0].results.filter((x: { level: string }) => x.level === 'error'),
      [],
    );
  });
});

describe('lint --max-warnings', () => {
  test('exit 0 at the limit, 1 above it; errors still exit 1', () => {
    const warnings = lintJson(['.'], warnDir).filter((d) => d.severity === 'warning').length;
    assert.ok(warnings >= 2, `the deployment should give warnings, got ${warnings}`);
    assert.equal(cli(['lint', '.'], warnDir).code, 0, 'warnings alone do not fail without the option');
    assert.equal(cli(['lint', '--max-warnings', String(warnings), '.'], warnDir).code, 0);
    const over = cli(['lint', `--max-warnings=${warnings - 1}`, '.'], warnDir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, new RegExp(`${warnings} warnings exceed --max-warnings ${warnings - 1}`));
    assert.equal(cli(['lint', '--max-warnings', '100', '.'], errDir).code, 1, 'an error fails whatever the warning budget');
  });

  test('a bad value is a usage error (exit 2)', () => {
    for (const bad of ['-1', 'many', '1.5']) {
      const r = cli(['lint', '--max-warnings', bad, '.'], warnDir);
      assert.equal(r.code, 2, `--max-warnings ${bad}`);
      assert.match(r.stderr, /--max-warnings must be/);
    }
  });
});

describe('.ecs-eks-architect.json', () => {
  test('turns a rule off and re-levels another, found above the linted folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'ecs-eks-cfg-'));
    try {
      mkdirSync(join(root, 'k8s'));
      writeFileSync(join(root, 'k8s', 'app.yaml'), WARN_DEPLOYMENT);
      const plain = lintJson(['k8s'], root);
      assert.ok(plain.some((d) => d.code === 'k8s/image-latest' && d.severity === 'warning'));
      assert.ok(plain.some((d) => d.code === 'k8s/missing-resources'));

      writeFileSync(
        join(root, '.ecs-eks-architect.json'),
        JSON.stringify({ rules: { 'k8s/missing-resources': 'off', 'k8s/image-latest': 'error' } }),
      );
      const r = cli(['lint', '--format', 'json', 'k8s'], root);
      const configured: JsonDiag[] = JSON.parse(r.stdout);
      assert.ok(!configured.some((d) => d.code === 'k8s/missing-resources'), 'the rule that is off reports nothing');
      const latest = configured.find((d) => d.code === 'k8s/image-latest');
      assert.equal(latest?.severity, 'error', 're-levelled to error');
      assert.equal(r.code, 1, 'and an error fails the run');
      assert.equal(r.stderr, '');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('--config FILE is used instead; a misspelled id is reported; broken JSON is exit 2', () => {
    const cfg = join(dir, 'custom-config.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'k8s/image-latest': 'off', 'k8s/imag-latest': 'off' } }));
    const r = cli(['lint', '--format', 'json', '--config', cfg, '.'], warnDir);
    const diags: JsonDiag[] = JSON.parse(r.stdout);
    assert.ok(!diags.some((d) => d.code === 'k8s/image-latest'));
    assert.match(r.stderr, /unknown rule id "k8s\/imag-latest"/);
    writeFileSync(cfg, '{ "rules": ');
    const broken = cli(['lint', '--config', cfg, '.'], warnDir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /Cannot read .*custom-config\.json/);
  });
});

describe('diagram', () => {
  test('--format markdown prints one fenced Mermaid flowchart', () => {
    const r = cli(['diagram', '--format', 'markdown', 'examples'], ROOT);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^```mermaid\nflowchart LR\n[\s\S]+\n```\n$/);
    assert.equal(r.stdout.match(/```/g)?.length, 2);
  });

  test('--update replaces only the text between the markers, byte for byte', () => {
    const md = join(dir, 'ARCHITECTURE.md');
    const head = '# Our setup\r\n\nSome text — with ünïcode and a trailing space \n\n<!-- ecs-eks-architect:diagram:start -->';
    const tail = '<!-- ecs-eks-architect:diagram:end -->\n\n## After\n```mermaid\nflowchart TB\n  keep --> me\n```\n';
    writeFileSync(md, head + '\nold diagram\n' + tail);
    const r = cli(['diagram', '--direction', 'TB', '--update', md, 'examples'], ROOT);
    assert.equal(r.code, 0, r.stderr);
    const out = readFileSync(md, 'utf8');
    assert.ok(out.startsWith(head), 'everything before the start marker is unchanged');
    assert.ok(out.endsWith(tail), 'everything from the end marker on is unchanged');
    const inner = out.slice(head.length, out.length - tail.length);
    assert.doesNotMatch(inner, /old diagram/);
    const printed = cli(['diagram', '--format', 'markdown', '--direction', 'TB', 'examples'], ROOT).stdout;
    assert.equal(inner, '\n' + printed, 'the section holds what --format markdown prints');
    // a second run changes nothing
    assert.equal(cli(['diagram', '--direction', 'TB', '--update', md, 'examples'], ROOT).code, 0);
    assert.equal(readFileSync(md, 'utf8'), out);
  });

  test('--update on a file without markers: clear error, exit 2, file untouched', () => {
    const md = join(dir, 'NO-MARKERS.md');
    const text = '# Nothing to replace\n<!-- ecs-eks-architect:diagram:start -->\nonly a start marker\n';
    writeFileSync(md, text);
    const r = cli(['diagram', '--update', md, 'examples'], ROOT);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no section to update.*ecs-eks-architect:diagram:end/s);
    assert.equal(readFileSync(md, 'utf8'), text);
    const missing = cli(['diagram', '--update', join(dir, 'absent.md'), 'examples'], ROOT);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read .*absent\.md/);
  });
});

test('a path that does not exist is exit 2, not a silent pass', () => {
  const r = cli(['lint', 'no-such-folder'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /No such file or folder: no-such-folder/);
});

test('--help after a command prints the usage and exits 0', () => {
  for (const args of [['lint', '--help'], ['diagram', '-h'], ['--help']]) {
    const r = cli(args, dir);
    assert.equal(r.code, 0, args.join(' '));
    assert.match(r.stdout, /^Usage:\n {2}ecs-eks-architect lint/);
  }
});

test('--version prints the package version', () => {
  const r = cli(['--version'], dir);
  assert.equal(r.code, 0);
  assert.equal(r.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

test('text output ends with what was read, so a clean run is not an empty one', () => {
  const r = cli(['lint', 'examples'], ROOT);
  assert.equal(r.code, 0);
  const m = /^(\d+) files read, (\d+) it checks: 0 errors, 0 warnings, \d+ notes?\n$/m.exec(r.stdout);
  assert.ok(m, r.stdout);
  assert.ok(Number(m[2]) >= 8 && Number(m[2]) <= Number(m[1]));
  const none = cli(['lint', 'test/fixtures/ignored'], ROOT);
  assert.match(none.stdout, /files? read, 0 it checks: 0 errors, 0 warnings, 0 notes\n$/);
});
