import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { bulkLoad, insertRows } from '../src/ingest/write.ts';
import { syntheticArticles, syntheticBase } from './synthetic.ts';

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

export function generate(
  articles: number,
  seed: number,
  out: string,
  progress: (line: string) => void = () => {},
): GenerateReport {
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.building-${process.pid}`;
  rmSync(temp, { force: true });
  const started = performance.now();
  const options = { articles, seed };
  try {
    const db = openDatabase(temp);
    // A file nobody else sees until the rename: no journal, no fsync.
    db.$client.pragma('journal_mode = OFF');
    db.$client.pragma('synchronous = OFF');
    db.$client.pragma('cache_size = -262144');
    migrateDatabase(db);
    const base = syntheticBase(options);
    bulkLoad(db, (writer) => {
      insertRows(writer, {
        sources: base.sources,
        entities: base.entities.map((e) => ({ ...e, description: `Synthetic ${e.type}.`, wikidataId: null })),
        entityAliases: base.entities.flatMap((e) =>
          [e.name, ...e.aliases].map((alias, i) => ({
            entityId: e.id,
            alias,
            kind: i === 0 ? ('name' as const) : ('alias' as const),
            searchKey: alias.toLowerCase().replace(/[^a-z0-9]+/g, ''),
          })),
        ),
      });
      for (let from = 0; from < articles; from += BATCH) {
        const to = Math.min(articles, from + BATCH);
        insertRows(writer, syntheticArticles(options, base, from, to).rows);
        const seconds = (performance.now() - started) / 1000;
        progress(
          `${to.toLocaleString('en')} / ${articles.toLocaleString('en')} articles, ${Math.round(to / seconds).toLocaleString('en')}/s`,
        );
      }
    });
    db.$client.pragma('optimize');
    db.$client.exec('analyze');
    db.$client.close();
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
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
  const report = generate(articles, seed, out, (line) => process.stderr.write(`\r${line}   `));
  process.stderr.write('\n');
  console.log(
    `wrote ${report.path}: ${report.articles.toLocaleString('en')} articles in ${report.seconds.toFixed(1)} s ` +
      `(${Math.round(report.articlesPerSecond).toLocaleString('en')} articles/s, full-text index included), ` +
      `${(report.bytes / 1e6).toFixed(0)} MB`,
  );
}
