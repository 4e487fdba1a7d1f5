import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDiagram } from '../../../server/src/core/graph/index';
import { GOLDEN, goldenCases, serviceOf } from './helpers';

// UPDATE_GOLDEN=1 rewrites the expected files from what the core prints now
const update = process.env.UPDATE_GOLDEN === '1';

for (const { name, files } of goldenCases()) {
  test(`golden Mermaid: ${name}`, () => {
    const text = renderDiagram(serviceOf(files).workspace).mermaid;
    const file = join(GOLDEN, `${name}.mmd`);
    if (update || !existsSync(file)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, text);
      if (!update) assert.fail(`${file} did not exist; written now; check it and run again`);
      return;
    }
    assert.equal(text, readFileSync(file, 'utf8'), `${name}: the diagram changed; if that is intended run UPDATE_GOLDEN=1`);
  });
}
