/**
 * The rule loop asks a document only its own family's rules (rules/byFamily.ts): that is safe
 * only while no rule applies to another family's documents. Checked on every example and every
 * real-world document, and on the views a family shows other families' rules.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILY_LIST, familyOf } from '../../../server/src/core/families';
import { allRules } from '../../../server/src/core/rules/index';
import { checkSlots } from '../../../server/src/core/rules/byFamily';
import type { Rule } from '../../../server/src/core/rules/rule';
import type { DocUnit } from '../../../server/src/core/types';
import { LanguageService } from '../../../server/src/core/service';
import { nodeRuntime } from '../../../server/src/node/runtime';
import { packageRoot } from '../../../server/src/node/packageRoot';
import { realworldDir, unlessRealworld } from '../realworld';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ya?ml|json|template)$/i.test(name)) out.push(p);
  }
  return out;
}

/** every document of the files, with the views other families' rules see */
function docsOf(paths: string[]): DocUnit[] {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  const docs: DocUnit[] = [];
  for (const p of paths) {
    const file = ls.update(`file://${p}`, readFileSync(p, 'utf8'));
    for (const doc of file?.docs ?? []) {
      docs.push(doc);
      for (const view of familyOf(doc.kind)?.views(doc) ?? []) docs.push(view.unit);
    }
  }
  return docs;
}

function foreignRulesThatApply(docs: DocUnit[]): string[] {
  const wrong: string[] = [];
  for (const doc of docs) {
    if (doc.kind.family === 'none') continue;
    for (const family of FAMILY_LIST) {
      if (family.name === doc.kind.family) continue;
      for (const rule of family.rules)
        if (!ownRule(doc, rule) && rule.appliesTo(doc)) wrong.push(`${rule.id} applies to a ${doc.kind.family} document`);
    }
  }
  return wrong;
}

const ownRule = (doc: DocUnit, rule: Rule) => familyOf(doc.kind)?.rules.includes(rule) ?? false;

test('no rule applies to another family’s documents: the examples', () => {
  const docs = docsOf(filesUnder(join(packageRoot(), 'examples')));
  const families = new Set(docs.map((d) => d.kind.family));
  for (const f of FAMILY_LIST) assert.ok(families.has(f.name), `the examples hold a ${f.name} document`);
  assert.deepEqual(foreignRulesThatApply(docs), []);
});

test(
  'no rule applies to another family’s documents: the real-world files',
  { skip: unlessRealworld('ecs', 'k8s', 'eksctl', 'cfn') },
  () => {
    const paths = (['ecs', 'k8s', 'eksctl', 'cfn'] as const).flatMap((s) => filesUnder(realworldDir(s)));
    const docs = docsOf(paths);
    assert.ok(docs.length > 500, `${docs.length} documents`);
    assert.deepEqual(foreignRulesThatApply(docs), []);
  },
);

test('the loop keeps the schema, its family’s rules in order, and rules no family lists', () => {
  const stray: Rule = { id: 'test/stray', severity: 'warning', description: 'a test rule', appliesTo: () => true, check: () => [] };
  const rules = [...allRules, stray];
  for (const family of FAMILY_LIST) {
    const slots = [...checkSlots(rules, family.name)];
    const expected = [0, ...family.rules.map((r) => rules.indexOf(r) + 1), rules.length];
    assert.deepEqual(slots, expected, family.name);
    assert.equal(checkSlots(rules, family.name), checkSlots(rules, family.name), 'made once');
  }
});
