/**
 * Navigation on the real-world files of /work/shared/realworld/{ecs,k8s,eksctl} (skipped, visibly,
 * when absent): every request at every declaration and reference answers without throwing, every
 * definition lands on a declaration of the name it was asked about, and the outline covers every
 * named Kubernetes object.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { docRefs } from '../../../server/src/core/refs/collect';
import { flatten } from '../../../server/src/core/refs/navigate';
import { spanOf } from '../../../server/src/core/refs/types';
import { newService } from './helpers';

const DIRS = ['/work/shared/realworld/ecs', '/work/shared/realworld/k8s', '/work/shared/realworld/eksctl'];
const missing = DIRS.filter((d) => !existsSync(d));

test('navigation on real-world files', { skip: missing.length ? `missing ${missing.join(', ')}` : false }, () => {
  const ls = newService();
  for (const dir of DIRS)
    for (const f of readdirSync(dir))
      if (/\.(ya?ml|json)$/.test(f))
        ls.update(`file:///rw/${dir.split('/').pop()}/${f.replace(/__/g, '/')}`, readFileSync(`${dir}/${f}`, 'utf8'));
  let refs = 0;
  let resolved = 0;
  let decls = 0;
  for (const file of [...ls.workspace.allFiles()]) {
    assert.doesNotThrow(() => ls.documentSymbols(file.uri), file.uri);
    assert.doesNotThrow(() => ls.documentLinks(file.uri), file.uri);
    assert.doesNotThrow(() => ls.codeLenses(file.uri), file.uri);
    assert.doesNotThrow(() => ls.inlayHints(file.uri, 0, file.text.length), file.uri);
    for (const doc of file.docs) {
      const r = docRefs(file.text, doc);
      for (const d of flatten(r.declarations)) {
        decls++;
        const s = spanOf(d);
        if (d.name !== '(no name)' && !d.fixed)
          assert.equal(file.text.slice(s.offset, s.offset + s.length), d.name, `${file.uri} ${d.kind}`);
        assert.doesNotThrow(() => ls.references(file.uri, s.offset, true));
        assert.doesNotThrow(() => ls.prepareRename(file.uri, s.offset));
      }
      for (const ref of r.references) {
        refs++;
        const s = spanOf(ref);
        if (ref.name !== undefined && !ref.fixed)
          assert.equal(file.text.slice(s.offset, s.offset + s.length), ref.name, `${file.uri} ${ref.kind}`);
        const targets = ls.definition(file.uri, s.offset);
        if (targets.length) resolved++;
        // a named reference lands on a declaration of that name
        if (ref.name !== undefined && ref.kind !== 'port')
          for (const t of targets) {
            const text = ls.workspace.get(t.uri)!.text;
            assert.equal(text.slice(t.offset, t.offset + t.length), ref.name, `${file.uri} ${ref.kind} ${ref.name}`);
          }
      }
    }
  }
  assert.ok(decls > 100 && refs > 100, `${decls} declarations, ${refs} references`);
  assert.ok(resolved > 20, `${resolved} references resolved`);
});
