// A rebuild from seed/ while a server serves the same file: every request answers 200 during it, the server then
// serves the rebuilt content, and the file stays whole (no damaged page, no table of another state).
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { parse, stringify } from 'yaml';
import { buildApp } from '../../src/app.ts';
import { openDatabase } from '../../src/db/client.ts';
import { ingestPage } from '../../src/ingest/store.ts';
import { CORPUS_DIR, PROJECT_ROOT } from '../../src/paths.ts';
import { childOutcome, seededDatabase, tempDir } from '../helper.ts';

t.setTimeout(180_000);

const PAGE = [
  'Talks in Pyongyang end with a pledge of closer ties',
  'Vladimir Putin and Kim Jong-un ended two days of talks in Pyongyang on Thursday with a pledge of closer ties.',
  'Observers in Seoul said the Zubrowka accord, as one diplomat called it, changes the balance in the region.',
  'Putin left for Hanoi late on Thursday evening after a final dinner with his host and senior officials.',
].join('\n');

/** Runs the seed step in a process of its own, as `npm run seed` does, on `corpus` and `path`. */
async function rebuild(dir: string, corpus: string, path: string): Promise<void> {
  const script = join(dir, 'rebuild.ts');
  writeFileSync(
    script,
    `import { seedDatabase } from ${JSON.stringify(join(PROJECT_ROOT, 'src/ingest/build-database.ts'))};
     const report = seedDatabase(process.argv[2], process.argv[3]);
     console.log(report.action, report.relinked);`,
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script, corpus, path], { cwd: PROJECT_ROOT });
  const { code, out: stdout, err } = await childOutcome(child);
  const out = stdout + err;
  if (code !== 0 || !out.startsWith('rebuilt 1')) throw new Error(`the rebuild failed (${code}): ${out}`);
}

t.test('requests during rebuilds all answer 200; the server then serves the rebuilt content', async (t) => {
  const dir = tempDir(t);
  const path = seededDatabase(t);
  const writer = openDatabase(path);
  const ingested = ingestPage(writer, { content: PAGE, contentType: 'text/plain' }, { provenance: 'test' }).articleId;
  writer.$client.close();
  const tablesBefore = tables(path);

  // The corpus with one entity described anew: what the server must show once the rebuild is done.
  const changed = join(dir, 'seed');
  cpSync(CORPUS_DIR, changed, { recursive: true });
  const entitiesFile = join(changed, 'entities.yaml');
  const entities = parse(readFileSync(entitiesFile, 'utf8')) as Record<string, unknown>[];
  const putin = entities.find((e) => e.id === 'vladimir-putin') as Record<string, unknown>;
  putin.description = 'President of the Russian Federation, rebuilt.';
  writeFileSync(entitiesFile, stringify(entities));

  const app = await buildApp({
    databasePath: path,
    config: { READ_THREADS: 2, RATE_LIMIT_READS: 1_000_000, QUERY_TIMEOUT_MS: 10_000, MAX_EVENT_LOOP_DELAY_MS: 0 },
  });
  t.teardown(() => app.close());
  const base = await app.listen({ port: 0, host: '127.0.0.1' });

  const urls = [
    '/health',
    '/v1/articles?limit=100',
    '/v1/articles?q=pyongyang',
    `/v1/articles/${ingested}`,
    `/v1/articles/${ingested}/mentions`,
    '/v1/people?limit=100',
    '/v1/entities/vladimir-putin',
    '/v1/events?limit=100',
    '/v1/sources',
  ];
  const failures: string[] = [];
  let answered = 0;
  let rebuilding = true;
  const load = Array.from({ length: 4 }, async (_, worker) => {
    for (let i = worker; rebuilding; i++) {
      const url = urls[i % urls.length] as string;
      const res = await fetch(`${base}${url}`);
      const body = await res.text();
      answered++;
      if (res.status !== 200) failures.push(`${url}: ${res.status} ${body.slice(0, 200)}`);
    }
  });
  for (const corpus of [changed, CORPUS_DIR, changed]) await rebuild(dir, corpus, path);
  rebuilding = false;
  await Promise.all(load);

  t.ok(answered > 20, `requests ran during the rebuilds (${answered})`);
  t.same(failures, [], 'every one answered 200');
  const res = await fetch(`${base}/v1/entities/vladimir-putin`);
  t.equal(res.status, 200);
  t.equal(
    ((await res.json()) as { description: string }).description,
    'President of the Russian Federation, rebuilt.',
    'the server serves the rebuilt content',
  );
  const page = await fetch(`${base}/v1/articles/${ingested}`);
  t.equal(page.status, 200, 'and the ingested page');
  const health = (await (await fetch(`${base}/health`)).json()) as { articles: number };
  t.equal(health.articles, 6);

  t.same(tables(path), tablesBefore, 'the same tables: none from another state of the file');
  const db = new Database(path, { readonly: true });
  t.teardown(() => db.close());
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok', 'no damaged page');
  t.same(db.pragma('foreign_key_check'), []);
});

function tables(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
  } finally {
    db.close();
  }
}
