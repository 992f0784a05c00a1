import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { BulkLoad } from '../src/ingest/write.ts';
import { searchKey } from '../src/lib/text.ts';
import { type ArticleBatch, syntheticBase } from './synthetic.ts';

/**
 * `npm run bench:data -- --articles N [--seed S] [--out FILE]`: writes a synthetic database of the service's
 * schema through the import path (`insertRows`, full-text triggers included), built aside and renamed into place.
 */

export const BENCH_DATA_DIR = fileURLToPath(new URL('./data', import.meta.url));
export const benchDatabasePath = (articles: number, seed = 1) =>
  join(BENCH_DATA_DIR, `articles-${articles}-seed-${seed}.db`);

export interface GenerateReport {
  path: string;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  bytes: number;
}

const BATCH = 5_000;

export async function generate(
  articles: number,
  seed: number,
  out: string,
  progress: (line: string) => void = () => {},
): Promise<GenerateReport> {
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.building-${process.pid}`;
  rmSync(temp, { force: true });
  const started = performance.now();
  const options = { articles, seed };
  // Workers start without the TypeScript loader of the main thread: register it, then load the worker module.
  const workerUrl = new URL('./synthetic-worker.ts', import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); });`,
    { eval: true, workerData: options },
  );
  let failed: Error | undefined;
  worker.on('error', (error) => {
    failed = error;
  });
  const batch = (from: number) =>
    new Promise<ArticleBatch['rows']>((resolve, reject) => {
      if (failed) reject(failed);
      worker.once('message', resolve);
      worker.postMessage({ from, to: Math.min(articles, from + BATCH) });
    });
  const db = openDatabase(temp);
  try {
    // A file nobody else sees until the rename: no journal, no fsync.
    db.$client.pragma('journal_mode = OFF');
    db.$client.pragma('synchronous = OFF');
    db.$client.pragma('cache_size = -262144');
    migrateDatabase(db);
    const base = syntheticBase(options);
    const load = new BulkLoad(db);
    try {
      load.insert({
        sources: base.sources,
        entities: base.entities.map((e) => ({ ...e, description: `Synthetic ${e.type}.`, wikidataId: null })),
        entityAliases: base.entities.flatMap((e) =>
          [e.name, ...e.aliases].map((alias, i) => ({
            entityId: e.id,
            alias,
            kind: i === 0 ? ('name' as const) : ('alias' as const),
            searchKey: searchKey(alias),
          })),
        ),
      });
      let next = batch(0);
      for (let from = 0; from < articles; from += BATCH) {
        const rows = await next;
        if (from + BATCH < articles) next = batch(from + BATCH);
        load.insert(rows);
        const done = Math.min(articles, from + BATCH);
        const seconds = (performance.now() - started) / 1000;
        progress(
          `${done.toLocaleString('en')} / ${articles.toLocaleString('en')} articles, ${Math.round(done / seconds).toLocaleString('en')}/s`,
        );
      }
      progress('indexing full text');
    } catch (error) {
      load.abort();
      throw error;
    }
    load.finish();
    // Sampled statistics: a full ANALYZE reads every index of a multi-gigabyte file.
    db.$client.pragma('analysis_limit = 1000');
    db.$client.exec('analyze');
    db.$client.close();
    renameSync(temp, out);
  } catch (error) {
    if (db.$client.open) db.$client.close();
    rmSync(temp, { force: true });
    throw error;
  } finally {
    await worker.terminate();
  }
  const seconds = (performance.now() - started) / 1000;
  const { size } = statSync(out);
  return { path: out, articles, seconds, articlesPerSecond: articles / seconds, bytes: size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive whole number');
  const out = values.out ?? benchDatabasePath(articles, seed);
  const report = await generate(articles, seed, out, (line) => process.stderr.write(`\r${line}   `));
  process.stderr.write('\n');
  console.log(
    `wrote ${report.path}: ${report.articles.toLocaleString('en')} articles in ${report.seconds.toFixed(1)} s ` +
      `(${Math.round(report.articlesPerSecond).toLocaleString('en')} articles/s, full-text index included), ` +
      `${(report.bytes / 1e6).toFixed(0)} MB`,
  );
}
