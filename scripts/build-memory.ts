/**
 * Regenerates data/examples.json (the question memory: src/core/retrieval/memory.ts) from the tuned and development
 * sets. Run: npm run build:memory. test/core/retrieval/memory.test.ts checks the JSON is current.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildExamplesJson } from './memory/build.js';

const json = buildExamplesJson();
const out = fileURLToPath(new URL('../data/examples.json', import.meta.url));
writeFileSync(out, json);
console.log(`wrote ${out}: ${(JSON.parse(json) as { examples: unknown[] }).examples.length} examples`);
