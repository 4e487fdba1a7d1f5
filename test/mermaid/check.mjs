#!/usr/bin/env node
// Parse Mermaid files (or stdin) with the real Mermaid in Node: `node test/mermaid/check.mjs a.mmd b.mmd`
// or `ecs-eks-architect diagram examples | node test/mermaid/check.mjs`. Exit code 1 on a parse error.
import { readFileSync } from 'node:fs';
import { parse } from './mermaid-node.mjs';

const inputs = process.argv.slice(2);
const texts = inputs.length ? inputs.map((f) => [f, readFileSync(f, 'utf8')]) : [['<stdin>', readFileSync(0, 'utf8')]];
let failed = 0;
for (const [name, text] of texts) {
  try {
    await parse(text);
    console.log(`ok ${name} (${text.length} chars)`);
  } catch (e) {
    failed++;
    console.error(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
process.exit(failed ? 1 : 0);
