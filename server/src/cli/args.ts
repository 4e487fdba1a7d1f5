/** Command-line parsing for `ecs-eks-architect`; bad usage is exit code 2. */
import { parseMinor } from '../core/k8s/versions/minor';
export interface LintArgs {
  command: 'lint';
  format: 'text' | 'json' | 'sarif';
  paths: string[];
  maxWarnings?: number;
  config?: string;
  /** checks Kubernetes manifests against this version, whatever eksctl configs say */
  kubernetesVersion?: string;
}
export interface UpgradeArgs {
  command: 'upgrade-check';
  format: 'text' | 'json' | 'markdown';
  paths: string[];
  to: string;
  config?: string;
}
export interface DiagramArgs {
  command: 'diagram';
  format: 'mermaid' | 'markdown';
  paths: string[];
  direction: 'LR' | 'TB';
  update?: string;
}
export type CliArgs = LintArgs | DiagramArgs | UpgradeArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  ecs-eks-architect lint [--format text|json|sarif] [--max-warnings N] [--config FILE] [--kubernetes-version 1.NN] PATH...
  ecs-eks-architect upgrade-check --to 1.NN [--format text|json|markdown] [--config FILE] PATH...
  ecs-eks-architect diagram [--format mermaid|markdown] [--direction LR|TB] [--update FILE.md] PATH...

lint     checks ECS task/service/cluster definitions and Kubernetes/EKS manifests.
         Folders are walked; node_modules and .gitignored paths are skipped.
         Exit code: 1 when an error was found (or warnings exceed --max-warnings), 0 otherwise, 2 on bad usage.
         --kubernetes-version checks manifests against that version (default: the eksctl config's
         metadata.version, else kubernetes.version of the config file, else the newest EKS version).
upgrade-check  lists, per file and object, what stops working on Kubernetes --to and what to change.
         Exit code: 1 when something stops working, 0 otherwise.
diagram  prints the architecture of the files as a Mermaid flowchart.
         --update FILE.md replaces the text between <!-- ecs-eks-architect:diagram:start --> and
         <!-- ecs-eks-architect:diagram:end --> in that file.`;

export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'lint' && command !== 'diagram' && command !== 'upgrade-check') throw new UsageError(`Unknown command "${command}".`);
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help' };
  const paths: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') {
      paths.push(...rest.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const value = eq > 0 ? a.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new UsageError(`Option --${name} needs a value.`);
      opts[name] = value;
    } else paths.push(a);
  }
  if (!paths.length) throw new UsageError('Give at least one file or folder.');
  const minor = (name: string) => {
    const v = opts[name];
    if (v === undefined) return undefined;
    const m = parseMinor(v);
    if (!m) throw new UsageError(`--${name} must be a Kubernetes version like 1.35.`);
    return m;
  };
  if (command === 'upgrade-check') {
    const allowed = new Set(['format', 'to', 'config']);
    for (const k of Object.keys(opts)) if (!allowed.has(k)) throw new UsageError(`Unknown option --${k} for upgrade-check.`);
    const to = minor('to');
    if (!to) throw new UsageError('upgrade-check needs --to, the version to upgrade to (e.g. --to 1.35).');
    const format = (opts.format ?? 'text') as UpgradeArgs['format'];
    if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError('--format must be text, json or markdown.');
    return { command, format, paths, to, config: opts.config };
  }
  if (command === 'lint') {
    const allowed = new Set(['format', 'max-warnings', 'config', 'kubernetes-version']);
    for (const k of Object.keys(opts)) if (!allowed.has(k)) throw new UsageError(`Unknown option --${k} for lint.`);
    const format = (opts.format ?? 'text') as LintArgs['format'];
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif.`);
    let maxWarnings: number | undefined;
    if (opts['max-warnings'] !== undefined) {
      maxWarnings = Number(opts['max-warnings']);
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError('--max-warnings must be a whole number ≥ 0.');
    }
    return { command, format, paths, maxWarnings, config: opts.config, kubernetesVersion: minor('kubernetes-version') };
  }
  const allowed = new Set(['format', 'direction', 'update']);
  for (const k of Object.keys(opts)) if (!allowed.has(k)) throw new UsageError(`Unknown option --${k} for diagram.`);
  const format = (opts.format ?? 'mermaid') as DiagramArgs['format'];
  if (!['mermaid', 'markdown'].includes(format)) throw new UsageError('--format must be mermaid or markdown.');
  const direction = (opts.direction ?? 'LR') as DiagramArgs['direction'];
  if (!['LR', 'TB'].includes(direction)) throw new UsageError('--direction must be LR or TB.');
  return { command, format, paths, direction, update: opts.update };
}
