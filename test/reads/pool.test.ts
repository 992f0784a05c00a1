// No request can stop the service: reads run on a pool of threads within a time budget, pathological searches are
// refused or stopped in budget, /health stays fast meanwhile, and a client that gives up cancels its read.
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import t from 'tap';
import { generate } from '../../bench/generate.ts';
import { buildApp } from '../../src/app.ts';
import { tempDir } from '../helper.ts';

/** The 32 commonest words of the synthetic corpus, OR'ed: every article matches every term, so ranking is dear. */
const BROAD =
  'parliament OR election OR party OR leader OR former OR including OR issue OR issues OR plan OR plans OR million OR billion OR percent OR growth OR market OR markets OR prices OR energy OR oil OR gas OR power OR water OR food OR health OR hospital OR workers OR union OR strike OR court OR judge OR law OR laws';

interface Timed {
  status: number;
  ms: number;
  body: string;
}

function timedGet(port: number, path: string, signal?: AbortSignal): Promise<Timed> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, signal }, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

t.test('at bench scale', async (t) => {
  const path = join(tempDir(t), 'bench.db');
  await generate(20_000, 5, path);

  t.test('pathological searches are refused or stopped within the budget while /health stays fast', async (t) => {
    const budget = 50;
    const app = await buildApp({ databasePath: path, config: { QUERY_TIMEOUT_MS: budget, READ_THREADS: 2 } });
    t.teardown(() => app.close());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };

    const prefixes = `/v1/articles?q=${encodeURIComponent('a* OR e* OR i* OR o* OR s* OR t*')}`;
    const many = `/v1/articles?q=${encodeURIComponent(Array.from({ length: 64 }, (_, i) => `w${i}*`).join(' OR '))}`;
    const broad = `/v1/articles?q=${encodeURIComponent(BROAD)}`;

    const health: Timed[] = [];
    let probing = true;
    const probes = (async () => {
      while (probing) {
        health.push(await timedGet(port, '/health'));
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const answers = await Promise.all([
      timedGet(port, prefixes),
      timedGet(port, many),
      ...Array.from({ length: 4 }, () => timedGet(port, broad)),
    ]);
    probing = false;
    await probes;

    const [short, tooMany, ...stopped] = answers as [Timed, Timed, ...Timed[]];
    t.equal(short.status, 400, 'one-letter prefixes are refused');
    t.match(JSON.parse(short.body).detail, /at least 3 letters/);
    t.equal(tooMany.status, 400, '64 prefixes are refused');
    // Two threads take two searches, which outgrow the budget and are stopped (400, blaming q); the others find no
    // thread free within the budget (503, busy, retry later). None runs to its end.
    for (const answer of stopped) {
      const problem = JSON.parse(answer.body);
      if (answer.status === 400) t.match(problem.detail, new RegExp(`time budget of ${budget} ms`));
      else t.same([answer.status, problem.title], [503, 'Service unavailable'], 'or is refused as busy');
      // Budget to wait for a thread, budget to run, a grace period, and a noisy machine.
      t.ok(answer.ms < 4 * budget + 400, `answered in ${Math.round(answer.ms)} ms`);
    }
    t.ok(
      stopped.some((a) => a.status === 400),
      'at least one search was started and stopped at the budget',
    );
    t.ok(health.length > 0, 'health was probed meanwhile');
    t.ok(
      health.every((h) => h.status === 200 || h.status === 503),
      'health answered every probe',
    );
    const slowest = Math.max(...health.map((h) => h.ms));
    t.ok(slowest < 500, `the slowest /health took ${Math.round(slowest)} ms`);
  });

  t.test('a client that gives up cancels its read; the others go on', async (t) => {
    const app = await buildApp({ databasePath: path, config: { QUERY_TIMEOUT_MS: 10_000, READ_THREADS: 1 } });
    t.teardown(() => app.close());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const broad = `/v1/articles?q=${encodeURIComponent(BROAD)}`;

    const alone = await timedGet(port, broad);
    t.equal(alone.status, 200, `the broad search alone, in budget: ${Math.round(alone.ms)} ms`);

    // Eight such searches queued on one thread, seven abandoned at once: only one should still be run.
    const controllers = Array.from({ length: 8 }, () => new AbortController());
    const pending = controllers.map((c) => timedGet(port, broad, c.signal).catch(() => null));
    await new Promise((r) => setTimeout(r, 20));
    for (const c of controllers.slice(1)) c.abort();
    const health = await timedGet(port, '/health');
    t.equal(health.status, 200);
    t.ok(
      health.ms < alone.ms * 4 + 200,
      `health waited ${Math.round(health.ms)} ms, not the ${Math.round(alone.ms * 8)} ms of eight searches`,
    );
    const kept = await pending[0];
    t.equal(kept?.status, 200, 'the search still wanted is answered');
  });

  t.test('READ_THREADS=0 reads on the event loop, and the budget still stops a search', async (t) => {
    const app = await buildApp({ databasePath: path, config: { QUERY_TIMEOUT_MS: 50, READ_THREADS: 0 } });
    t.teardown(() => app.close());
    t.equal((await app.inject('/health')).statusCode, 200);
    t.equal((await app.inject('/v1/articles?limit=3')).json().data.length, 3);
    const broad = await app.inject(`/v1/articles?q=${encodeURIComponent(BROAD)}`);
    t.equal(broad.statusCode, 400, 'stopped by its statement at the budget');
    t.match(broad.json().detail, /time budget of 50 ms/);
  });
});
