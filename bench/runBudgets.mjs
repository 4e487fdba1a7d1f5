/**
 * The budget lines of the generated workspaces (issue budgets on this machine): edits, completion,
 * hover, the large workspace, memory, the graph, the ratios to yaml-language-server and activation.
 * The navigation, CloudFormation and real-file lines come from their own modules.
 */
import { fmtMs } from './report.mjs';

/** `results` as run.mjs fills it; `p` the peer's results when it ran; `cold` the number of cold starts */
export function generatedBudgets(results, p, cold) {
  const o = results.ours;
  const peakOurs = Math.max(o.memory.peakMB, results.small.memory.peakMB, results.large.memory.peakMB, results.ecs.memory.peakMB);
  const act = results.activation;
  // the load as the extension host timed it when the test host ran (its Node modules are loaded already), else under plain Node
  const loadMs = act.hostLoadMs ?? act.loadMs;
  const activationMs = loadMs !== undefined && act.activateMs !== undefined ? loadMs + act.activateMs : undefined;
  const ratio = (a, b) => (p ? b / a : undefined);
  return [
    { name: 'edit → diagnostics p50, 200-line file', value: o.editApp.p50, limit: 30, unit: 'ms', cmp: '<=' },
    { name: 'edit → diagnostics p50, 10,000-line file', value: o.editBig.p50, limit: 150, unit: 'ms', cmp: '<=' },
    { name: 'completion p95, 200-line file', value: o.completionApp.p95, limit: 15, unit: 'ms', cmp: '<=' },
    { name: 'completion p95, 10,000-line file', value: o.completionBig.p95, limit: 15, unit: 'ms', cmp: '<=' },
    { name: 'completion p95, ECS task definition', value: results.ecs.completion.p95, limit: 15, unit: 'ms', cmp: '<=' },
    {
      name: 'completion p95 right after a keystroke, 200-line',
      value: o.typingApp.p95,
      limit: 15,
      unit: 'ms',
      cmp: '<=',
      note: 'includes taking in the edit',
    },
    {
      name: 'completion p95 right after a keystroke, 10,000-line',
      value: o.typingBig.p95,
      limit: 15,
      unit: 'ms',
      cmp: '<=',
      note: 'includes re-parsing the file',
    },
    { name: 'hover p95, 200-line file', value: o.hoverApp.p95, limit: 15, unit: 'ms', cmp: '<=' },
    { name: 'hover p95, 10,000-line file', value: o.hoverBig.p95, limit: 15, unit: 'ms', cmp: '<=' },
    { name: 'hover p95, ECS task definition', value: results.ecs.hover.p95, limit: 15, unit: 'ms', cmp: '<=' },
    {
      name: `large workspace (${results.large.files} files) indexed + diagnosed`,
      value: results.large.fromSpawnMs,
      limit: 5000,
      unit: 'ms',
      cmp: '<=',
      note: `from spawn; settled at ${fmtMs(results.large.settledMs)}`,
    },
    { name: 'server peak memory (all our runs)', value: peakOurs, limit: 250, unit: 'MB', cmp: '<=' },
    {
      name: 'graph + Mermaid, 500 resources',
      value: results.graph?.five?.s.p50,
      limit: 50,
      unit: 'ms',
      cmp: '<=',
      note: results.graph?.five
        ? `p50 of ${results.graph.five.s.n} edits after ${results.graph.five.warmup}; CPU p50 ${fmtMs(results.graph.five.cpu?.p50)}; cold ${fmtMs(results.graph.five.cold)}`
        : results.graph?.skipped,
    },
    {
      name: 'vs peer: cold start → diagnostics (theirs/ours)',
      value: ratio(o.coldStarts.p50, p?.coldStarts.p50),
      limit: 3,
      unit: 'x',
      cmp: '>=',
      note: `p50 of ${cold} fresh starts each`,
    },
    {
      name: 'vs peer: open all YAML → diagnosed (theirs/ours)',
      value: ratio(o.openAllYaml.ms, p?.openAllYaml.ms),
      limit: 3,
      unit: 'x',
      cmp: '>=',
    },
    {
      name: 'vs peer: 10,000-line file → diagnostics (theirs/ours)',
      value: ratio(o.bigOpens.p50, p?.bigOpens.p50),
      limit: 3,
      unit: 'x',
      cmp: '>=',
      note: 'p50 of 3 fresh servers each',
    },
    {
      name: 'vs peer: edit → diagnostics p50, 200-line (theirs/ours)',
      value: ratio(o.editApp.p50, p?.editApp.p50),
      limit: 3,
      unit: 'x',
      cmp: '>=',
      note: 'theirs includes its fixed 200 ms delay',
    },
    {
      name: 'vs peer: edit → diagnostics p50, 10,000-line (theirs/ours)',
      value: ratio(o.editBig.p50, p?.editBig.p50),
      limit: 3,
      unit: 'x',
      cmp: '>=',
      note: 'theirs includes its fixed 200 ms delay',
    },
    { name: 'vs peer: memory (ours/theirs)', value: p ? o.memory.peakMB / p.memory.peakMB : undefined, limit: 0.5, unit: 'x', cmp: '<=' },
    {
      name: 'extension activation',
      value: activationMs,
      limit: 50,
      unit: 'ms',
      cmp: '<=',
      missingText: 'not measured',
      note:
        activationMs !== undefined
          ? `${hostLoadNote(act)} + activate() ${fmtMs(act.activateMs)} (in code-server; it does not wait for the server); VS Code's marks: code loading ${fmtMs(act.vscodeCodeLoadingMs)}, activate call ${fmtMs(act.vscodeActivateCallMs)}; under plain Node the load is ${fmtMs(act.loadMs)} (code cache; the first ${fmtMs(act.firstLoadMs)})`
          : `needs the test host (scripts/test-host/install.sh): ${act.error ?? act.activateError ?? 'skipped with --no-vscode'}`,
    },
  ];
}

function hostLoadNote(act) {
  if (act.hostLoadMs === undefined) return `load dist/client.js ${fmtMs(act.loadMs)} (plain Node, code cache)`;
  return `load dist/client.js ${fmtMs(act.hostLoadMs)} (in code-server, ${act.hostLoadCached ? 'code cache' : 'no code cache yet'})`;
}
