// The seed writes everything or nothing, never leaves a temporary file, and is deterministic.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { CORPUS_DIR } from '../../seed/seed.ts';
import { migrateDatabase, openDatabase } from '../../src/db/client.ts';
import { seedDatabase } from '../../src/ingest/build-database.ts';
import { loadCorpus } from '../../src/ingest/load-corpus.ts';
import { prepareCorpus } from '../../src/ingest/prepare.ts';
import { writeRows } from '../../src/ingest/write.ts';
import { dumpTables, KNOWLEDGE_TABLES, tempDir } from '../helper.ts';

t.test('the seeded database holds the corpus', async (t) => {
  const path = join(tempDir(t), 'news.db');
  const report = seedDatabase(CORPUS_DIR, path);
  const rows = dumpTables(path);
  t.equal(rows.articles?.length, 5);
  t.equal(rows.sources?.length, 5);
  t.ok((rows.events?.length ?? 0) >= 20, 'the timeline has its events');
  t.ok((rows.mentions?.length ?? 0) > 100, 'mentions found');
  t.equal(report.rows.mentions.length, rows.mentions?.length);
  const db = new Database(path, { readonly: true });
  t.teardown(() => db.close());
  t.same(db.pragma('foreign_key_check'), [], 'no dangling reference');
  const hit = db.prepare("select count(*) n from article_search where article_search match 'Belousov'").get() as {
    n: number;
  };
  t.equal(hit.n, 3, 'the full-text index covers the bodies');
});

t.test('seeding twice gives identical ids and rows', async (t) => {
  const dir = tempDir(t);
  seedDatabase(CORPUS_DIR, join(dir, 'a.db'));
  seedDatabase(CORPUS_DIR, join(dir, 'b.db'));
  t.same(dumpTables(join(dir, 'a.db')), dumpTables(join(dir, 'b.db')));
  seedDatabase(CORPUS_DIR, join(dir, 'a.db'));
  t.same(dumpTables(join(dir, 'a.db')), dumpTables(join(dir, 'b.db')), 're-seeding over an existing file too');
});

t.test('a failed seed leaves the previous database untouched', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'news.db');
  seedDatabase(CORPUS_DIR, path);
  const before = readFileSync(path);

  const broken = join(dir, 'seed');
  cpSync(CORPUS_DIR, broken, { recursive: true });
  const events = join(broken, 'events.yaml');
  writeFileSync(events, readFileSync(events, 'utf8').replace(/quote: (["'])/, 'quote: $1not in any article, '));
  t.throws(() => seedDatabase(broken, path), { name: 'SeedError' });
  t.ok(readFileSync(path).equals(before), 'byte for byte the same file');
  t.same(
    readdirSync(dir).filter((f) => f.startsWith('news.db')),
    ['news.db'],
    'no temporary file left behind',
  );
  t.equal(dumpTables(path).articles?.length, 5);
});

t.test('a write that fails midway leaves no row behind: one transaction', async (t) => {
  const { rows } = prepareCorpus(loadCorpus(CORPUS_DIR));
  const db = openDatabase(':memory:');
  t.teardown(() => db.$client.close());
  migrateDatabase(db);
  const bad = {
    ...rows,
    mentions: [
      ...rows.mentions,
      { ...(rows.mentions[0] as (typeof rows.mentions)[number]), start: 999_999, entityId: 'no-such-entity' },
    ],
  };
  t.throws(() => writeRows(db, bad), /FOREIGN KEY constraint failed/);
  for (const table of KNOWLEDGE_TABLES) {
    t.same(db.$client.prepare(`select count(*) n from ${table}`).get(), { n: 0 }, `${table} is empty`);
  }
});
