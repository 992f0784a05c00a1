import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.ts';
import { benchDatabasePath } from './generate.ts';

/**
 * `npm run bench:export -- --articles N [--format csv|ndjson]`: downloads every article of the synthetic corpus of
 * N articles (`npm run bench:data` first) as an export, sampling the process's memory meanwhile, and prints the size,
 * the time and the peaks against the figures before: an export streams page by page, so the heap should not grow
 * with N.
 */
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '100000' }, format: { type: 'string', default: 'csv' } },
});
const app = await buildApp({
  databasePath: benchDatabasePath(Number(values.articles)),
  config: { RATE_LIMIT_READS: 1_000_000_000 },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
const before = process.memoryUsage();
let peak = before.rss;
let peakHeap = before.heapUsed;
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  peak = Math.max(peak, now.rss);
  peakHeap = Math.max(peakHeap, now.heapUsed);
}, 50);
const started = performance.now();
const response = await fetch(`http://127.0.0.1:${port}/v1/articles?format=${values.format}`);
let bytes = 0;
let lines = 0;
for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
  bytes += chunk.length;
  for (const byte of chunk) if (byte === 10) lines++;
}
clearInterval(sampler);
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
console.log(
  `${values.format} of ${values.articles} articles: ${response.status}, ${mb(bytes)}, ${lines} lines in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s; RSS ${mb(before.rss)} before, ${mb(peak)} at most ` +
    `(the database file mapped by each read thread counts in it); main heap ${mb(before.heapUsed)} before, ` +
    `${mb(peakHeap)} at most`,
);
await app.close();
