/**
 * The nudge engine over synthetic archives (a child of run.ts with a big heap, for 1M clients).
 * Prints one JSON line per size: engine ms (median of runs) and the floor (one pass, nothing done).
 */
import { pendingNudges } from '../src/core/nudges/index.js';
import { syntheticArchive } from './lib.js';

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes) {
  const archive = syntheticArchive(n);
  const runs = n >= 1_000_000 ? 2 : 5;
  const engine: number[] = [];
  const floor: number[] = [];
  let nudges = 0;
  for (let r = 0; r < runs; r += 1) {
    let t = performance.now();
    let sink = 0;
    for (const c of archive.clients) sink += c.id.length;
    floor.push(performance.now() - t);
    t = performance.now();
    nudges = pendingNudges({ archive, today: '2025-12-01', tz: 'Asia/Shanghai' }).length + (sink < 0 ? 1 : 0);
    engine.push(performance.now() - t);
  }
  engine.sort((a, b) => a - b);
  floor.sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ n, engineMs: engine[Math.floor(runs / 2)], floorMs: floor[Math.floor(runs / 2)], nudges })}\n`);
}
