/**
 * Regenerates data/handbook/sections.json from data/handbook/handbook.txt.
 * Run: npm run build:handbook. test/core/retrieval/sections-build.test.ts checks the JSON is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildHandbookJson } from './handbook/build.js';

const dir = new URL('../data/handbook/', import.meta.url);
const source = readFileSync(new URL('handbook.txt', dir), 'utf8');
const json = buildHandbookJson(source);
const out = fileURLToPath(new URL('sections.json', dir));
writeFileSync(out, json);
const count = (JSON.parse(json) as { sections: unknown[] }).sections.length;
console.log(`wrote ${out}: ${count} sections`);
