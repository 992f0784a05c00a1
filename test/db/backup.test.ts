// `npm run backup` copies the database while a writer writes: the copy is this service's database, whole, with every
// article; an existing destination is replaced only with --force. Migrations are safe with other processes at once.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import t from 'tap';
import { identifyDatabase } from '../../src/db/identify.ts';
import { MIGRATIONS_FOLDER, PROJECT_ROOT } from '../../src/paths.ts';
import { childOutcome, seededDatabase, tempDir } from '../helper.ts';

t.setTimeout(180_000);

function run(script: string, args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, ...env },
  });
}

const BACKUP = join(PROJECT_ROOT, 'scripts', 'backup.ts');

t.test('a backup taken while pages are ingested is whole and has every article', async (t) => {
  const dir = tempDir(t);
  const path = seededDatabase(t);
  // A writer in another process: ingests one new page after another until it is stopped.
  const writerScript = join(dir, 'writer.ts');
  writeFileSync(
    writerScript,
    `import { openDatabase } from ${JSON.stringify(join(PROJECT_ROOT, 'src/db/client.ts'))};
     import { ingestPage } from ${JSON.stringify(join(PROJECT_ROOT, 'src/ingest/store.ts'))};
     const db = openDatabase(process.argv[2]);
     for (let i = 0; ; i++) {
       const content = 'Vladimir Putin and Kim Jong-un met again in Pyongyang on day ' + i +
         ' of the talks, officials said, and the delegations discussed trade, energy and transport links.\\n' +
         'The meeting number ' + i + ' ended late in the evening with a joint statement read to reporters.';
       ingestPage(db, { content, contentType: 'text/plain' }, { provenance: 'writer' });
       if (i === 3) console.log('writing');
     }`,
  );
  const writer = run(writerScript, [path], {});
  t.teardown(() => {
    writer.kill('SIGKILL');
  });
  const ready = new Promise<void>((resolve, reject) => {
    writer.stdout.on('data', (chunk: Buffer) => {
      if (String(chunk).includes('writing')) resolve();
    });
    writer.once('exit', (code) => reject(new Error(`the writer exited with ${code}`)));
  });
  await ready;
  const source = new Database(path, { readonly: true });
  t.teardown(() => source.close());
  const before = source.prepare('select id from articles').pluck().all() as string[];

  const destination = join(dir, 'backup.db');
  const result = await childOutcome(run(BACKUP, [destination], { DATABASE_PATH: path }));
  t.equal(result.code, 0, result.err);
  t.match(result.out, /backed up .* articles, \d+ of them ingested/);
  const after = source.prepare('select count(*) from articles').pluck().get() as number;
  writer.kill('SIGKILL');

  const copy = identifyDatabase(destination);
  t.match(copy, { kind: 'ours', pending: 0 }, 'the copy identifies as this service’s database, up to date');
  const db = new Database(destination, { readonly: true });
  t.teardown(() => db.close());
  t.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  t.same(db.pragma('foreign_key_check'), []);
  const copied = new Set(db.prepare('select id from articles').pluck().all() as string[]);
  t.ok(
    before.every((id) => copied.has(id)),
    `every article there when the backup began is in it (${before.length} of ${copied.size})`,
  );
  t.ok(copied.size <= after, 'and nothing that was never there');
  t.ok(before.length > 5, 'ingested pages among them');
  const indexed = db.prepare('select count(*) from article_search_docsize').pluck().get();
  t.equal(indexed, copied.size, 'the full-text index covers every copied article');
});

t.test('an existing destination is replaced only with --force', async (t) => {
  const dir = tempDir(t);
  const path = seededDatabase(t);
  const destination = join(dir, 'backup.db');
  writeFileSync(destination, 'an older file');
  const refused = await childOutcome(run(BACKUP, [destination], { DATABASE_PATH: path }));
  t.equal(refused.code, 1);
  t.match(refused.err, /exists: .*--force/);
  t.equal(readFileSync(destination, 'utf8'), 'an older file', 'left as it was');

  const forced = await childOutcome(run(BACKUP, [destination, '--force'], { DATABASE_PATH: path }));
  t.equal(forced.code, 0, forced.err);
  t.match(identifyDatabase(destination), { kind: 'ours' });
  t.ok(statSync(destination).size > 4096);
});

t.test('a backup of a file that is not ours is refused', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'notes.db');
  writeFileSync(path, 'not a database');
  const result = await childOutcome(run(BACKUP, [join(dir, 'copy.db')], { DATABASE_PATH: path }));
  t.equal(result.code, 1);
  t.match(result.err, /backup refused: DATABASE_PATH .* is not a SQLite database/);
});

t.test('migrations run by several processes at once on one file are applied once', async (t) => {
  // A database of the previous version: every migration but the last applied, as drizzle's migrator records them.
  const path = join(tempDir(t), 'news.db');
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const old = new Database(path);
  old.pragma('journal_mode = WAL');
  old.exec('CREATE TABLE "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)');
  for (const migration of migrations.slice(0, -1)) {
    for (const statement of migration.sql) old.exec(statement);
    old
      .prepare('INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES (?, ?)')
      .run(migration.hash, migration.folderMillis);
  }
  old.close();
  t.match(identifyDatabase(path), { kind: 'ours', pending: 1 });

  const results = await Promise.all(
    Array.from({ length: 4 }, () =>
      childOutcome(run(join(PROJECT_ROOT, 'scripts', 'migrate.ts'), [], { DATABASE_PATH: path })),
    ),
  );
  for (const result of results) t.equal(result.code, 0, result.err);
  const applied = results.map((r) => Number(/(\d+) migration\(s\) applied/.exec(r.out)?.[1] ?? 0));
  t.equal(
    applied.reduce((a, b) => a + b, 0),
    1,
    'the last migration applied by one process only',
  );
  t.match(identifyDatabase(path), { kind: 'ours', pending: 0, applied: migrations.length });
});
