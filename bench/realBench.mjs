/**
 * The real-world part of the bench: the big file and the workspace built from real manifests
 * (realworld.mjs), run through our server and the peer, with its figure rows, side-by-side rows
 * and budget lines. `npm run bench` runs it with everything else; `node bench/real.mjs` alone.
 */
import { buildReal } from './realworld.mjs';
import { realBigScenario } from './realScenarios.mjs';
import { openAllScenario } from './scenarios.mjs';
import { navigationRows } from './navigation.mjs';
import { navigationInOwnProcess, OUR_SECTIONS } from './navProcess.mjs';
import { filesUnder } from './files.mjs';

/**
 * ours / peer: { node, args, settings, env? } (peer may be undefined). Returns { skipped } when
 * the real-world folder is missing (printed, never silent), else { paths, ours, peer }.
 */
export async function realRuns({ root, work, ours, peer, iterations, quick, log }) {
  const paths = buildReal(root, work);
  if (paths.missing) {
    const skipped = `real-world folder not found (looked in ${paths.missing.join(', ')}; set BENCH_REALWORLD)`;
    log(`\n[real files] SKIPPED: ${skipped}`);
    return { skipped };
  }
  const wsFiles = filesUnder(paths.workspace);
  const lines = (await import('node:fs')).readFileSync(paths.bigFile, 'utf8').split('\n').length;
  const r = { paths: { ...paths, lines, workspaceFiles: wsFiles.length } };
  log(
    `\n[real files] from ${paths.source}/k8s (${paths.sourceFiles} files): one ${lines.toLocaleString('en-US')}-line file, a ${wsFiles.length}-file workspace (names made unique per copy)`,
  );
  const big = { bigFile: paths.bigFile, folder: paths.emptyFolder, iterations, log };
  log('[ours] real big file');
  r.ours = { big: await realBigScenario({ ...ours, ...big, extraOpens: quick ? 0 : 2 }) };
  log('[ours] real big file: navigation');
  r.ours.nav = await navigationInOwnProcess({
    node: ours.node,
    args: ours.args,
    sections: OUR_SECTIONS,
    ...big,
    label: `real ${lines.toLocaleString('en-US')}-line file`,
  });
  log(`[ours] real workspace: open all ${wsFiles.length} files`);
  r.ours.ws = await openAllScenario({ ...ours, folder: paths.workspace, files: wsFiles, log });
  if (peer) {
    try {
      // the peer takes seconds per keystroke here: fewer edits (the ratio uses the median)
      log(`[${peer.name}] real big file`);
      // its open as ours, p50 of 3 fresh servers: one sample of the peer swung 2.5–3.9 s between runs
      r.peer = { big: await realBigScenario({ ...peer, ...big, editIterations: quick ? 2 : 4, extraOpens: quick ? 0 : 2 }) };
      log(`[${peer.name}] real workspace: open all ${wsFiles.length} files`);
      r.peer.ws = await openAllScenario({ ...peer, folder: paths.workspace, files: wsFiles, log });
    } catch (e) {
      r.peer = { skipped: String(e instanceof Error ? e.message : e) };
      log(`  peer failed on the real files: ${r.peer.skipped}`);
    }
  }
  return r;
}

const edits = (side) => Object.entries(side.big.edits);

/** rows for figuresTable */
export function realFigureRows(real) {
  if (real.skipped) return [{ name: `real files: not measured (${real.skipped.slice(0, 70)})`, s: undefined }];
  const o = real.ours;
  const n = real.paths.lines.toLocaleString('en-US');
  return [
    {
      name: `real ${n}-line file (${o.big.documents} documents): open → first diagnostics, ${o.big.opens.length} fresh servers`,
      s: o.big.open,
    },
    ...edits(o).map(([k, s]) => ({ name: `real ${n}-line file: edit → diagnostics, ${k}`, s })),
    { name: `real ${n}-line file: completion`, s: o.big.completion },
    { name: `real ${n}-line file: hover`, s: o.big.hover },
    { name: `real workspace: ${o.ws.files} files, spawn → all diagnosed`, s: o.ws.fromSpawnMs },
    { name: 'real workspace: spawn → diagnostics settled', s: o.ws.settledMs },
    ...(o.ws.cpuMs === undefined ? [] : [{ name: 'real workspace: server CPU time, opens → all diagnosed', s: o.ws.cpuMs }]),
    ...navigationRows(o.nav).figures,
    { name: 'peak memory (VmHWM): real big file', s: o.big.memory.peakMB, unit: 'MB' },
    { name: 'peak memory (VmHWM): real workspace', s: o.ws.memory.peakMB, unit: 'MB' },
  ];
}

/** rows for comparisonTable */
export function realComparisonRows(real) {
  if (real.skipped || !real.peer || real.peer.skipped) return [];
  const o = real.ours;
  const p = real.peer;
  return [
    { name: 'real big file: open → first diagnostics', ours: o.big.open.p50, theirs: p.big.open.p50 },
    ...edits(o).map(([k, s]) => ({ name: `real big file: edit p50, ${k}`, ours: s.p50, theirs: p.big.edits[k]?.p50 })),
    { name: 'real big file: completion p95', ours: o.big.completion.p95, theirs: p.big.completion.p95 },
    { name: 'real big file: hover p95', ours: o.big.hover.p95, theirs: p.big.hover.p95 },
    { name: `real workspace: ${o.ws.files} files open → all diagnosed`, ours: o.ws.fromOpenMs, theirs: p.ws.fromOpenMs },
    { name: 'real big file: peak memory', ours: o.big.memory.peakMB, theirs: p.big.memory.peakMB, unit: 'MB' },
    { name: 'real workspace: peak memory', ours: o.ws.memory.peakMB, theirs: p.ws.memory.peakMB, unit: 'MB' },
  ];
}

/** the budgets, as budget lines */
export function realBudgets(real) {
  if (real.skipped)
    return [{ name: 'real files', value: undefined, limit: 0, unit: 'ms', cmp: '<=', missingText: 'SKIPPED', note: real.skipped }];
  const o = real.ours;
  const p = real.peer && !real.peer.skipped ? real.peer : undefined;
  const times = (ours, theirs) => (p && theirs !== undefined ? theirs / ours : undefined);
  const peerNote = p ? undefined : 'no peer in this run';
  return [
    {
      name: 'real big file: open → first diagnostics',
      value: o.big.open.p50,
      limit: 1000,
      unit: 'ms',
      cmp: '<=',
      note: `p50 of ${o.big.opens.length} fresh servers; aim 500 ms`,
    },
    ...edits(o).map(([k, s]) => ({ name: `real big file: edit → diagnostics p50, ${k}`, value: s.p50, limit: 100, unit: 'ms', cmp: '<=' })),
    { name: 'real big file: completion p95', value: o.big.completion.p95, limit: 15, unit: 'ms', cmp: '<=' },
    { name: 'real big file: hover p95', value: o.big.hover.p95, limit: 15, unit: 'ms', cmp: '<=' },
    ...navigationRows(o.nav).budgets,
    { name: 'real big file: peak memory', value: o.big.memory.peakMB, limit: 200, unit: 'MB', cmp: '<=' },
    {
      name: `real workspace (${o.ws.files} files): all diagnosed`,
      value: o.ws.fromSpawnMs,
      limit: 3000,
      unit: 'ms',
      cmp: '<=',
      note: 'from spawn',
    },
    { name: 'real workspace: peak memory', value: o.ws.memory.peakMB, limit: 250, unit: 'MB', cmp: '<=' },
    {
      name: 'vs peer: real big file, first diagnostics (theirs/ours)',
      value: times(o.big.open.p50, p?.big.open.p50),
      limit: 5,
      unit: 'x',
      cmp: '>=',
      note: peerNote,
    },
    ...edits(o).map(([k, s]) => ({
      name: `vs peer: real big file, edit p50, ${k} (theirs/ours)`,
      value: times(s.p50, p?.big.edits[k]?.p50),
      limit: 5,
      unit: 'x',
      cmp: '>=',
      note: peerNote ?? 'theirs includes its fixed 200 ms delay',
    })),
    {
      name: 'vs peer: real workspace, all diagnosed (theirs/ours)',
      value: times(o.ws.fromOpenMs, p?.ws.fromOpenMs),
      limit: 5,
      unit: 'x',
      cmp: '>=',
      note: peerNote ?? 'from the opens',
    },
  ];
}
