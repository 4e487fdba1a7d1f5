import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { walkFiles } from '../../../server/src/files/walk';

test('the walker reads linked files only inside the folder and never enters linked folders', () => {
  const base = mkdtempSync(join(tmpdir(), 'eea-walk-'));
  try {
    const ws = join(base, 'ws');
    const outside = join(base, 'outside');
    mkdirSync(join(ws, 'app'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(join(ws, 'app', 'task.json'), '{}');
    writeFileSync(join(outside, 'secret.json'), '{}');
    symlinkSync(outside, join(ws, 'to-outside'));
    symlinkSync(join(ws, 'app'), join(ws, 'app-link'));
    symlinkSync(ws, join(ws, 'app', 'loop'));
    symlinkSync(join(outside, 'secret.json'), join(ws, 'secret-link.json'));
    const found = [...walkFiles(ws)].map((p) => relative(ws, p)).sort();
    assert.deepEqual(found, ['app/task.json']);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

test('node_modules and .gitignored paths are skipped', () => {
  const ws = mkdtempSync(join(tmpdir(), 'eea-walk-'));
  try {
    mkdirSync(join(ws, 'node_modules', 'x'), { recursive: true });
    mkdirSync(join(ws, 'build'));
    writeFileSync(join(ws, 'node_modules', 'x', 'a.json'), '{}');
    writeFileSync(join(ws, 'build', 'b.yaml'), 'a: 1');
    writeFileSync(join(ws, '.gitignore'), 'build/\n');
    writeFileSync(join(ws, 'c.yml'), 'a: 1');
    assert.deepEqual(
      [...walkFiles(ws)].map((p) => relative(ws, p)),
      ['c.yml'],
    );
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});
