/**
 * What the fuzzer feeds the core: seed files mutated (byte flips, deletions, duplications,
 * splices, hostile insertions), re-encoded (BOM, CRLF, lone CR, tabs, one very long line),
 * and random bytes — all decoded the way the editor decodes a file (invalid UTF-8 becomes U+FFFD).
 */
import fc from 'fast-check';
import { corpus, type Seed } from './corpus';
import type { Case } from './check';

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const encode = (s: string) => Buffer.from(s, 'utf8');
export const decode = (b: Uint8Array) => decoder.decode(b);

/** tokens that matter to JSON/YAML parsers and to our detector */
const TOKENS = [
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ': ',
  '- ',
  '---\n',
  '...\n',
  '&a ',
  '*a',
  '<<: *a',
  '! ',
  '!!binary ',
  '|\n',
  '>-\n',
  '#',
  '\\',
  '\\u',
  '\t',
  '\r',
  '\r\n',
  '\n  ',
  '\u0000',
  '\ufeff',
  '\u2028',
  '\u202e',
  '\ud800',
  '{{ .Values.x }}',
  '${VAR}',
  'null',
  'true',
  '-1e999',
  '0x1F',
  '9007199254740993',
  '__proto__',
  'constructor',
  'apiVersion: v1\nkind: Service\n',
  '"family": ',
  'kind: Deployment\n',
  '%YAML 1.1\n',
  '? ',
];

type Op =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number; to: number }
  | { op: 'splice'; from: number; at: number; len: number; to: number }
  | { op: 'insert'; at: number; token: string };

const frac = fc.double({ min: 0, max: 1, noNaN: true });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: frac, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('delete' as const), at: frac, len: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: frac, len: fc.integer({ min: 1, max: 200 }), to: frac }),
  fc.record({ op: fc.constant('splice' as const), from: fc.nat(), at: frac, len: fc.integer({ min: 1, max: 300 }), to: frac }),
  fc.record({ op: fc.constant('insert' as const), at: frac, token: fc.constantFrom(...TOKENS) }),
);

const pos = (f: number, n: number) => Math.min(n, Math.floor(f * (n + 1)));

/** Mutations work on UTF-8 bytes (a flip can break a multi-byte character), then decode. */
function mutate(text: string, ops: Op[], seeds: Seed[]): string {
  let b = encode(text);
  for (const o of ops) {
    const n = b.length;
    switch (o.op) {
      case 'flip':
        if (n) {
          const i = Math.min(n - 1, pos(o.at, n));
          b = Buffer.from(b);
          b[i] ^= 1 << o.bit;
        }
        break;
      case 'delete': {
        const i = pos(o.at, n);
        b = Buffer.concat([b.subarray(0, i), b.subarray(Math.min(n, i + o.len))]);
        break;
      }
      case 'duplicate': {
        const i = pos(o.at, n);
        const piece = b.subarray(i, i + o.len);
        const j = pos(o.to, n);
        b = Buffer.concat([b.subarray(0, j), piece, b.subarray(j)]);
        break;
      }
      case 'splice': {
        const other = encode(seeds[o.from % seeds.length].text);
        const i = pos(o.at, other.length);
        const j = pos(o.to, n);
        b = Buffer.concat([b.subarray(0, j), other.subarray(i, i + o.len), b.subarray(j)]);
        break;
      }
      case 'insert': {
        const j = pos(o.at, n);
        b = Buffer.concat([b.subarray(0, j), encode(o.token), b.subarray(j)]);
        break;
      }
    }
  }
  return decode(b);
}

const TRANSFORMS: Record<string, (t: string) => string> = {
  bom: (t) => '\ufeff' + t,
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  cr: (t) => t.replace(/\r?\n/g, '\r'),
  tabs: (t) => t.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2)),
  // the whole file on one line (JSON stays valid; YAML becomes one long scalar)
  oneLine: (t) => t.replace(/\r?\n\s*/g, ' '),
  longLine: (t) => t.replace(/("image": "|image: )/, `$1${'x'.repeat(200_000)}`),
  longKey: (t) => t.replace(/\n/, `\n${'k'.repeat(100_000)}: v\n`),
  nul: (t) => t.replace(/e/g, '\u0000'),
};

/** offsets to probe: the edges, every mutation point's neighbourhood and some random ones */
function offsetsArb(): fc.Arbitrary<number[]> {
  return fc.array(frac, { minLength: 2, maxLength: 6 });
}
const withOffsets = (uri: string, text: string, fr: number[]): Case => ({
  uri,
  text,
  offsets: [0, text.length, ...fr.map((f) => pos(f, text.length))],
});

const NAMES = [
  'file:///fuzz/random-task-definition.json',
  'file:///fuzz/random-service.json',
  'file:///fuzz/random.json',
  'file:///fuzz/random.yaml',
  'file:///fuzz/templates/random.yaml',
];

/** One fuzz case: a mutated seed, a re-encoded seed, a re-encoded mutant, or random bytes. */
export function caseArb(seeds: Seed[] = corpus()): fc.Arbitrary<Case> {
  const seed = fc.integer({ min: 0, max: seeds.length - 1 }).map((i) => seeds[i]);
  const mutated = fc
    .tuple(seed, fc.array(opArb, { minLength: 1, maxLength: 8 }), offsetsArb())
    .map(([s, ops, fr]) => withOffsets(s.uri, mutate(s.text, ops, seeds), fr));
  const transformed = fc
    .tuple(seed, fc.subarray(Object.keys(TRANSFORMS), { minLength: 1, maxLength: 3 }), fc.array(opArb, { maxLength: 3 }), offsetsArb())
    .map(([s, ts, ops, fr]) =>
      withOffsets(
        s.uri,
        ts.reduce((t, k) => TRANSFORMS[k](t), mutate(s.text, ops, seeds)),
        fr,
      ),
    );
  const random = fc
    .tuple(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 3000 }), offsetsArb())
    .map(([uri, bytes, fr]) => withOffsets(uri, decode(bytes), fr));
  // random text from the tokens: structure-shaped noise reaches deeper than bytes do
  const tokens = fc
    .tuple(
      fc.constantFrom(...NAMES),
      fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 200 }),
      offsetsArb(),
    )
    .map(([uri, parts, fr]) => withOffsets(uri, parts.join(''), fr));
  return fc.oneof(
    { arbitrary: mutated, weight: 5 },
    { arbitrary: transformed, weight: 2 },
    { arbitrary: random, weight: 1 },
    { arbitrary: tokens, weight: 2 },
  );
}
