/** `ecs-eks-architect` command line: lint and diagram, on the same core the editor uses. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs, UsageError, USAGE, type LintArgs, type DiagramArgs } from './cli/args';
import { loadPaths } from './cli/load';
import { loadConfig } from './cli/config';
import { toReported, formatText, formatJson, formatSarif, type Reported } from './cli/report';
import { renderDiagram } from './core/graph/index';
import { replaceBetweenMarkers } from './cli/markers';

const VERSION = '0.1.0';

function lint(args: LintArgs): number {
  const settings = loadConfig(args.config, args.paths[0]);
  const { service, files } = loadPaths(args.paths, settings, (id, e) => process.stderr.write(`warning: rule ${id} failed and was skipped: ${String(e)}\n`));
  const items: Reported[] = [];
  for (const { path, uri } of files) {
    const file = service.workspace.get(uri)!;
    for (const f of service.diagnostics(uri)) items.push(toReported(path, file, f));
  }
  const out = args.format === 'json' ? formatJson(items) : args.format === 'sarif' ? formatSarif(items, VERSION) : formatText(items);
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

function diagram(args: DiagramArgs): number {
  const { service } = loadPaths(args.paths);
  const result = renderDiagram(service.workspace, { direction: args.direction });
  const text = args.format === 'markdown' || args.update ? '```mermaid\n' + result.mermaid.trimEnd() + '\n```\n' : result.mermaid;
  if (args.update) {
    const md = readFileSync(args.update, 'utf8');
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
      case 'help': process.stdout.write(USAGE + '\n'); return 0;
      case 'version': process.stdout.write(VERSION + '\n'); return 0;
      case 'lint': return lint(args);
      case 'diagram': return diagram(args);
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
