#!/usr/bin/env node
/**
 * Only the navigation lines on the real big file (navigation.mjs through realworld.mjs), for
 * before/after comparisons: `node bench/navReal.mjs [--iterations=N] [--server=path/to/server.js] [--prof=DIR]`
 * (`--prof` writes the server's CPU profile to DIR).
 * Prints the figures, the budget lines and the server's peak memory over the run.
 */
import { navigationScenario, navigationRows } from './navigation.mjs';
import { budgetTable, figuresTable } from './report.mjs';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BENCH, ROOT, opt, log, realCli } from './realCli.mjs';

const { server, paths, flags } = realCli();
const prof = opt('prof');
if (prof) flags.push('--cpu-prof', `--cpu-prof-dir=${resolve(prof)}`, '--cpu-prof-interval=250');
const lines = readFileSync(paths.bigFile, 'utf8').split('\n').length;
const r = await navigationScenario({
  node: process.execPath,
  args: [...flags, '--require', join(BENCH, 'noNetwork.cjs'), server, '--stdio'],
  settings: (s) => (s === 'ecsEksArchitect' ? {} : null),
  folder: paths.emptyFolder,
  bigFile: paths.bigFile,
  label: `real ${lines.toLocaleString('en-US')}-line file`,
  iterations: Number(opt('iterations', 30)),
  log,
});
const rows = navigationRows(r);
log(`\nserver: ${relative(ROOT, server) || server}`);
log(figuresTable([...rows.figures, { name: 'peak memory (VmHWM)', s: r.memory.peakMB, unit: 'MB' }]));
log('\n' + budgetTable(rows.budgets));
const cpu = Object.entries(r).filter(([, v]) => typeof v?.cpuMs === 'number');
log(`\nserver CPU per request (ms): ${cpu.map(([k, v]) => `${k} ${v.cpuMs.toFixed(1)}`).join(', ')}`);
log(`load average at the end: ${r.loadAverage.map((x) => x.toFixed(1)).join(' ')}`);
