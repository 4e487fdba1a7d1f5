/** `ecs-eks-architect` command line: lint and diagram, on the same core the editor uses. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, UsageError, USAGE, type LintArgs, type DiagramArgs, type UpgradeArgs } from './cli/args';
import { upgradeReport } from './core/k8s/versions/upgrade';
import { upgradeJson, upgradeMarkdown, upgradeText } from './cli/upgradeFormat';
import { defaultSettings } from './core/types';
import { loadPaths } from './cli/load';
import { loadConfig } from './cli/config';
import { toReported, formatText, formatJson, formatSarif, type Reported } from './cli/report';
import { replaceBetweenMarkers } from './cli/markers';
import { allRules } from './core/rules/index';
import { isOurs } from './core/validate';
import { BUILT_IN_CHECKS } from './cli/builtinChecks';
import { version as VERSION } from '../../package.json';

/** a typo'd path would otherwise lint nothing and pass in CI */
function checkPaths(paths: string[]): void {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`No such file or folder: ${missing.join(', ')}`);
}

/** a misspelled rule id in the config would otherwise be ignored without a word */
function warnUnknownRules(ids: string[]): void {
  const known = new Set([...allRules.map((r) => r.id), ...Object.keys(BUILT_IN_CHECKS)]);
  for (const id of ids)
    if (!known.has(id)) process.stderr.write(`warning: unknown rule id "${id}" in the rule settings (see docs/rules.md for the ids).\n`);
}

function lint(args: LintArgs): number {
  checkPaths(args.paths);
  const loaded = loadConfig(args.config, args.paths[0]);
  if (loaded) warnUnknownRules(Object.keys(loaded.rules));
  const settings = args.kubernetesVersion
    ? { ...(loaded ?? defaultSettings), kubernetesVersion: args.kubernetesVersion, kubernetesVersionFixed: true }
    : loaded;
  const { service, files } = loadPaths(args.paths, settings, (id, e) =>
    process.stderr.write(`warning: rule ${id} failed and was skipped: ${String(e)}\n`),
  );
  const items: Reported[] = [];
  let ours = 0;
  for (const { path, uri } of files) {
    const file = service.workspace.get(uri)!;
    if (isOurs(file)) ours++;
    for (const f of service.diagnostics(uri)) items.push(toReported(path, file, f));
  }
  const out =
    args.format === 'json'
      ? formatJson(items)
      : args.format === 'sarif'
        ? formatSarif(items, VERSION)
        : formatText(items, process.cwd(), { files: files.length, ours });
  process.stdout.write(out);
  const errors = items.filter((d) => d.severity === 'error').length;
  const warnings = items.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    process.stderr.write(`${warnings} warnings exceed --max-warnings ${args.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function upgradeCheck(args: UpgradeArgs): number {
  checkPaths(args.paths);
  const { service, files } = loadPaths(args.paths, loadConfig(args.config, args.paths[0]));
  const report = upgradeReport(
    service,
    files.map((f) => f.uri),
    args.to,
  );
  const format = { text: upgradeText, json: upgradeJson, markdown: upgradeMarkdown }[args.format];
  process.stdout.write(format(report, process.cwd()));
  return report.items.some((i) => i.severity === 'breaks') ? 1 : 0;
}

function diagram(args: DiagramArgs): number {
  checkPaths(args.paths);
  // read the target first: a missing file or missing markers fail before any work
  let md: string | undefined;
  if (args.update) {
    try {
      md = readFileSync(args.update, 'utf8');
    } catch (e) {
      throw new Error(`Cannot read ${args.update}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    replaceBetweenMarkers(md, '');
  }
  const { service } = loadPaths(args.paths);
  // the same problem marks the editor's view shows, so both print the same text
  const problems = new Map([...service.workspace.allFiles()].map((f) => [f.uri, service.diagnostics(f.uri)]));
  const result = service.diagram({ direction: args.direction, problems });
  const text = args.format === 'markdown' || args.update ? '```mermaid\n' + result.mermaid.trimEnd() + '\n```\n' : result.mermaid;
  if (args.update && md !== undefined) {
    writeFileSync(args.update, replaceBetweenMarkers(md, text));
    process.stdout.write(`Updated the diagram in ${args.update}.\n`);
    return 0;
  }
  process.stdout.write(text);
  return 0;
}

export function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        process.stdout.write(USAGE + '\n');
        return 0;
      case 'version':
        process.stdout.write(VERSION + '\n');
        return 0;
      case 'lint':
        return lint(args);
      case 'diagram':
        return diagram(args);
      case 'upgrade-check':
        return upgradeCheck(args);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`ecs-eks-architect: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
