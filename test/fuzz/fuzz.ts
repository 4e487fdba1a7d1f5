/**
 * The long fuzz run (`npm run fuzz`): the same property as test/unit/fuzz/pipeline.test.ts with a
 * random seed and many more cases, then every seed file cut at every offset. A failing case is
 * shrunk and saved to test/fixtures/fuzz-regressions/, which `npm test` replays from then on.
 * Options: --seed N (repeat a run), --runs N (default 5000), --no-truncate.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { Probe, type Case } from '../unit/fuzz/check';
import { caseArb } from '../unit/fuzz/inputs';
import { corpus, REGRESSIONS, ROOT } from '../unit/fuzz/corpus';
import { checkEdits, editArb, streams } from '../unit/fuzz/edits';
import { LanguageService } from '../../server/src/core/service';
import { nodeRuntime } from '../../server/src/node/runtime';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seed = option('seed') !== undefined ? Number(option('seed')) : Math.floor(Math.random() * 2 ** 31);
const runs = Number(option('runs') ?? 5000);
console.log(`fuzz: seed ${seed}, ${runs} cases (repeat with: npm run fuzz -- --seed ${seed} --runs ${runs})`);

function save(c: Case, error: unknown, how: string): string {
  const id = createHash('sha256')
    .update(c.uri + '\0' + c.text)
    .digest('hex')
    .slice(0, 12);
  mkdirSync(REGRESSIONS, { recursive: true });
  const path = join(REGRESSIONS, `${id}.json`);
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  writeFileSync(path, JSON.stringify({ found: how, error: message.split('\n').slice(0, 8), case: c }, null, 2) + '\n');
  return relative(ROOT, path);
}

const started = Date.now();
const probe = new Probe();
const result = fc.check(
  fc.property(caseArb(), (c) => {
    probe.check(c);
  }),
  { seed, numRuns: runs },
);
if (result.failed && result.counterexample) {
  const [c] = result.counterexample;
  const where = save(c, result.errorInstance, `npm run fuzz -- --seed ${seed} --runs ${runs}`);
  console.error(fc.defaultReportMessage(result));
  console.error(`fuzz: FAILED; the shrunk case is saved as ${where} (npm test replays it)`);
  process.exit(1);
}
console.log(
  `fuzz: ${probe.stats.cases} cases passed, ${probe.stats.calls} calls, slowest ${probe.stats.maxMs.toFixed(1)} ms (${probe.stats.maxCall}), ${((Date.now() - started) / 1000).toFixed(0)} s`,
);

{
  // keystroke sequences in YAML streams: the incremental re-parse against a fresh one
  const fresh = new LanguageService({ runtime: nodeRuntime() });
  const bases = streams();
  const edits = fc.check(
    fc.property(fc.integer({ min: 0, max: bases.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 20 }), (b, e) => {
      checkEdits(bases[b], e, fresh);
    }),
    { seed, numRuns: Math.ceil(runs / 20) },
  );
  if (edits.failed && edits.counterexample) {
    const [b, e] = edits.counterexample;
    const saved = { base: bases[b], edits: e };
    const id = createHash('sha256').update(JSON.stringify(saved)).digest('hex').slice(0, 12);
    mkdirSync(REGRESSIONS, { recursive: true });
    const path = join(REGRESSIONS, `edits-${id}.json`);
    const message = edits.errorInstance instanceof Error ? edits.errorInstance.message : String(edits.errorInstance);
    writeFileSync(
      path,
      JSON.stringify(
        { found: `npm run fuzz -- --seed ${seed} --runs ${runs}`, error: message.split('\n').slice(0, 8), edits: saved },
        null,
        2,
      ) + '\n',
    );
    console.error(fc.defaultReportMessage(edits));
    console.error(`fuzz: FAILED in the edit sequences; saved as ${relative(ROOT, path)} (npm test replays it)`);
    process.exit(1);
  }
  console.log(`fuzz: ${edits.numRuns} edit sequences matched a fresh parse at every step`);
}

if (!process.argv.includes('--no-truncate')) {
  const cut = new Probe();
  for (const s of corpus()) {
    for (let i = 0; i <= s.text.length; i++) {
      const c: Case = { uri: s.uri, text: s.text.slice(0, i), offsets: [i, Math.max(0, i - 1)] };
      try {
        cut.check(c);
      } catch (e) {
        console.error(`fuzz: ${s.name} cut at ${i}: ${e instanceof Error ? e.message : String(e)}`);
        console.error(`fuzz: FAILED; saved as ${save(c, e, `every prefix of ${s.name}`)}`);
        process.exit(1);
      }
    }
  }
  console.log(`fuzz: ${cut.stats.cases} prefixes passed, slowest call ${cut.stats.maxMs.toFixed(1)} ms (${cut.stats.maxCall})`);
}
