/**
 * Hostile files, made on demand (the big ones cost memory only while a test uses them).
 * Used by the core-level bomb test and by the LSP test that runs them through the real server.
 */
import assert from 'node:assert/strict';

export interface Bomb {
  name: string;
  /** file name: decides the language and, for the 50 MB one, the document kind */
  file: string;
  text: () => string;
  /**
   * How much server CPU time a hover on another file may wait for while this is processed (default: 1000 ms, ten
   * times the 100 ms target). Only the 50 MB file needs more: the server
   * reads and decodes its 52 MB message in one piece before anything else can run.
   */
  hoverBoundMs?: number;
  /** what the diagnostics must say (LSP: 0-based ranges; core: offsets are checked elsewhere) */
  check?: (diags: { code: string; message: string }[]) => void;
}

/** "billion laughs": nine aliases per level, nine levels, 9^9 nodes if expanded */
export function laughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: laughs\ndata:\n  k: v\n${lines.join('\n')}\n`;
}

export function bombs(): Bomb[] {
  return [
    {
      name: 'billion laughs (YAML aliases)',
      file: 'laughs.yaml',
      text: laughs,
      check: (d) =>
        assert.ok(
          d.some((x) => x.code === 'yaml-alias-limit'),
          JSON.stringify(d.map((x) => x.code)),
        ),
    },
    {
      name: '100,000-deep JSON nesting',
      file: 'deep-task-definition.json',
      text: () => '{"family":"x","containerDefinitions":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
    },
    {
      name: '100,000-deep YAML flow nesting',
      file: 'deep.yaml',
      text: () => 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n',
    },
    {
      // block nesting cannot reach 100,000 levels without a 5 GB file (indentation grows per level);
      // lines indented past 1,000 columns are refused
      name: '3,000-deep YAML block nesting',
      file: 'deep-block.yaml',
      text: () =>
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\n' +
        Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') +
        ' end\n',
    },
    {
      name: '50 MB task definition',
      file: 'big-task-definition.json',
      hoverBoundMs: 5000,
      text: () => {
        const item = '{"name":"app","image":"public.ecr.aws/nginx/nginx:1.27","essential":true,"portMappings":[{"containerPort":80}]},\n';
        const n = Math.ceil((50 * 1024 * 1024) / item.length);
        return `{"family":"big","containerDefinitions":[\n${item.repeat(n)}{"name":"last","image":"x"}]}`;
      },
      check: (d) => assert.deepEqual(d, [], 'too large: no analysis, no findings'),
    },
    {
      name: '1,000,000-element JSON array',
      file: 'array-task-definition.json',
      text: () => `{"family":"x","containerDefinitions":[],"tags":[${Array(1_000_000).fill('1').join(',')}]}`,
    },
    {
      name: '1,000,000-element YAML flow sequence',
      file: 'array.yaml',
      text: () => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: wide\nitems: [${Array(1_000_000).fill('1').join(',')}]\n`,
    },
    {
      name: '10,000-document YAML stream',
      file: 'stream.yaml',
      text: () =>
        Array.from(
          { length: 10_000 },
          (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  key: "value ${i}"\n`,
        ).join('---\n'),
      check: (d) => assert.deepEqual(d, []),
    },
  ];
}
