/** The real-world ECS files of /work/shared/realworld/ecs: every error we report, listed (skipped when absent). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageService } from '../../../server/src/core/service';
import { nodeRuntime } from '../../../server/src/node/runtime';

const DIR = '/work/shared/realworld/ecs';

test('real-world ECS files: errors reported', { skip: !existsSync(DIR) }, () => {
  const ls = new LanguageService({ runtime: nodeRuntime() });
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
  for (const f of files) ls.update(`file://${join(DIR, f)}`, readFileSync(join(DIR, f), 'utf8'));
  const lines: string[] = [];
  for (const f of files) {
    const uri = `file://${join(DIR, f)}`;
    const text = readFileSync(join(DIR, f), 'utf8');
    for (const d of ls.diagnostics(uri)) {
      if (process.env.ECS_REALWORLD_ALL !== '1' && d.severity !== 'error') continue;
      const pos = ls.workspace.get(uri)!.lines.positionAt(d.offset);
      lines.push(
        `${f}:${pos.line + 1}  ${d.severity} ${d.code}  ${text.slice(d.offset, d.offset + Math.min(d.length, 40)).replace(/\s+/g, ' ')}  — ${d.message}`,
      );
    }
  }
  if (process.env.ECS_REALWORLD_PRINT === '1') console.log(lines.join('\n'));
  assert.ok(files.length > 0);
});
