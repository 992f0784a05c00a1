import { request } from 'node:http';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.ts';
import { benchDatabasePath } from './generate.ts';

/**
 * `npm run bench:pathological -- --articles N`: sends the searches that used to hold the event loop for tens of
 * seconds (one-letter prefixes, 64 prefixes, 32 common words OR'ed), several at once, to the service on the
 * synthetic corpus of N articles (`npm run bench:data` first), while probing /health every 10 ms; prints each
 * search's status and time, and the /health latencies meanwhile.
 */
const { values } = parseArgs({ options: { articles: { type: 'string', default: '100000' } } });
const app = await buildApp({
  databasePath: benchDatabasePath(Number(values.articles)),
  config: { RATE_LIMIT_READS: 1_000_000_000 },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };

function get(path: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    })
      .on('error', reject)
      .end();
  });
}

const WORDS =
  'parliament election party leader former including issue issues plan plans million billion percent growth market markets prices energy oil gas power water food health hospital workers union strike court judge law laws';
const searches = {
  'one-letter prefixes': 'a* OR e* OR i* OR o* OR s* OR t*',
  '64 prefixes': Array.from({ length: 64 }, (_, i) => `w${i}*`).join(' OR '),
  '4 three-letter prefixes': 'con* OR pro* OR dis* OR pre*',
  '32 common words OR-ed': WORDS.split(' ').join(' OR '),
};

const health: number[] = [];
let probing = true;
const probes = (async () => {
  while (probing) {
    health.push((await get('/health')).ms);
    await new Promise((r) => setTimeout(r, 10));
  }
})();
const results = await Promise.all(
  Object.entries(searches).flatMap(([name, q]) =>
    [1, 2].map(async () => ({ name, ...(await get(`/v1/articles?q=${encodeURIComponent(q)}`)) })),
  ),
);
probing = false;
await probes;
for (const r of results) console.log(`${r.name.padEnd(26)} ${r.status}  ${Math.round(r.ms)} ms`);
const sorted = health.toSorted((a, b) => a - b);
const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
console.log(`/health meanwhile: ${health.length} probes, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
await app.close();
