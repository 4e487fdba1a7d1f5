/** eksctl metadata.version against the EKS calendar on a fixed day: the rule, completion and hover. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageService } from '../../../../server/src/core/service';
import { eksctlRules } from '../../../../server/src/core/rules/eksctl/index';
import { nodeRuntime } from '../../../../server/src/node/runtime';
import { store } from '../helpers';

const config = (version: string) =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: shop\n  region: eu-west-1\n  version: ${version}\n`;
const URI = 'file:///ws/cluster.yaml';

function at(today: string, text: string) {
  const ls = new LanguageService({ runtime: nodeRuntime(), store, rules: eksctlRules, settings: { today } });
  ls.update(URI, text);
  return ls;
}
const findings = (today: string, version: string) =>
  at(today, config(version))
    .diagnostics(URI)
    .filter((f) => f.code === 'eks/cluster-version-support');

test('past extended support: a warning on the version, naming the end date and a supported version', () => {
  const [f, ...rest] = findings('2026-12-02', '"1.31"');
  assert.equal(rest.length, 0);
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /EKS support for Kubernetes 1\.31 ended on 2026-11-26/);
  assert.match(f.message, /1\.35 is in standard support/);
  assert.equal(config('"1.31"').slice(f.offset, f.offset + f.length), '"1.31"');
  // a version older than the calendar has long left support too
  assert.equal(findings('2026-12-02', '"1.24"')[0]?.severity, 'warning');
});

test('in extended support: information about the extra cost; in standard support or unknown: nothing', () => {
  const [f] = findings('2026-12-02', '"1.32"');
  assert.equal(f.severity, 'information');
  assert.match(f.message, /extended support until 2027-03-23/);
  assert.deepEqual(findings('2026-12-02', '"1.35"'), []);
  assert.deepEqual(findings('2026-12-02', '"1.36"'), [], 'not in the calendar yet: no claim either way');
  // the same version, another day: the day decides, never the clock
  assert.deepEqual(findings('2026-03-01', '"1.32"'), []);
  assert.equal(findings('2027-03-23', '"1.32"')[0]?.severity, 'warning');
});

test('completion: the versions EKS offers that day, newest first, quoted for YAML', () => {
  const text = config('');
  const ls = at('2026-12-02', text);
  const items = ls.complete(URI, text.length - 1).filter((i) => i.kind === 'enum');
  assert.deepEqual(
    items.map((i) => i.label),
    ['1.35', '1.34', '1.33', '1.32'],
  );
  assert.equal(items[0].insertText, '"1.35"');
  assert.equal(items[0].detail, 'EKS standard support');
  assert.match(items[3].documentation ?? '', /extended support \(extra hourly cost\) until 2027-03-23/);
  // a year on, 1.32 has left and 1.33 is the oldest offered
  assert.deepEqual(
    at('2027-04-01', text)
      .complete(URI, text.length - 1)
      .filter((i) => i.kind === 'enum')
      .map((i) => i.label)
      .at(-1),
    '1.33',
  );
});

test('hover on the version: its support dates and the calendar', () => {
  const text = config('"1.33"');
  const h = at('2026-12-02', text).hover(URI, text.indexOf('1.33'));
  assert.ok(h);
  assert.match(
    h.markdown,
    /\*\*Kubernetes 1\.33 on EKS:\*\* extended support \(extra hourly cost\) until 2027-07-29; standard support ended 2026-07-29/,
  );
  assert.match(h.markdown, /\| 1\.35 \| 2027-03-27 \| 2028-03-27 \| standard \|/);
  const old = config('"1.20"');
  assert.match(at('2026-12-02', old).hover(URI, old.indexOf('1.20'))?.markdown ?? '', /no longer supported by EKS/);
});
