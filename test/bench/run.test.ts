// The benchmark runs end to end at a tiny size and reports every request: it checks that it works, not how fast.
import { join } from 'node:path';
import t from 'tap';
import { generate } from '../../bench/generate.ts';
import { formatReport, runBench } from '../../bench/run.ts';
import { tempDir } from '../helper.ts';

t.test('a smoke run of the benchmark', async (t) => {
  const path = join(tempDir(t), 'bench.db');
  const generated = await generate(400, 3, path);
  t.equal(generated.articles, 400);
  t.ok(generated.articlesPerSecond > 0);
  const report = await runBench({
    articles: 400,
    seed: 3,
    database: path,
    duration: 1,
    amount: 20,
    connections: 2,
    workers: 2,
    pin: false,
  });
  t.equal(report.workers, 2, 'service and floor each in two processes');
  t.equal(report.results.length, 11, 'every request of the benchmark');
  for (const r of report.results) {
    t.ok(r.url.startsWith('/v1/'), r.name);
    t.ok(r.queries > 0, `${r.name}: the floor runs the service's statements`);
    t.ok(r.service.requestsPerSecond > 0 && r.floor.requestsPerSecond > 0, `${r.name}: both servers answered`);
    t.equal(r.service.non2xx + r.service.errors, 0, `${r.name}: no service errors`);
    t.equal(r.floor.non2xx + r.floor.errors, 0, `${r.name}: no floor errors`);
    t.ok(r.ratio > 0, `${r.name}: a ratio`);
  }
  t.ok(report.serviceRssMaxMb > 0, 'RSS sampled');
  const table = formatReport(report);
  t.match(table, /service req\/s/);
  t.match(table, /2 processes per server/);
  t.match(table, /search-rare-term/);
});
