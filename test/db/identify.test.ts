// Start-up migrates only this service's databases: each kind of file DATABASE_PATH may name, identified.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import t, { type Test } from 'tap';
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from '../../src/db/client.ts';
import { APPLICATION_ID, type DatabaseFile, identifyDatabase, refusalMessage } from '../../src/db/identify.ts';
import { PROJECT_ROOT } from '../../src/paths.ts';
import { databaseBeforeStamp, seededDatabase, tempDir } from '../helper.ts';

const journal = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });

/** A copy of a freshly seeded database, made once for the whole file. */
const seeded = seededDatabase(t);
function copyOfSeeded(dir: string, name = 'news.db'): string {
  const path = join(dir, name);
  copyFileSync(seeded, path);
  return path;
}

/** A SQLite file built by `statements`, as another program would. */
function sqliteFile(path: string, ...statements: string[]): string {
  const db = new Database(path);
  for (const statement of statements) db.exec(statement);
  db.close();
  return path;
}

function assertRefused(t: Test, file: DatabaseFile, reason: string, detail: RegExp): void {
  t.equal(file.kind, 'refused');
  if (file.kind !== 'refused') return;
  t.equal(file.reason, reason);
  t.match(file.detail, detail);
}

t.test('no file: absent, to be created', async (t) => {
  t.same(identifyDatabase(join(tempDir(t), 'news.db')), { kind: 'absent' });
  t.same(identifyDatabase(join(tempDir(t), 'missing', 'dir', 'news.db')), { kind: 'absent' });
});

t.test('a database the service created carries its application_id and is up to date', async (t) => {
  const path = copyOfSeeded(tempDir(t));
  t.same(identifyDatabase(path), { kind: 'ours', stamped: true, applied: journal.length, pending: 0 });
  const db = new Database(path, { readonly: true });
  t.equal(db.pragma('application_id', { simple: true }), APPLICATION_ID);
  db.close();
});

t.test('every migrated database is stamped, :memory: included', async (t) => {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  t.equal(db.$client.pragma('application_id', { simple: true }), APPLICATION_ID);
  db.$client.close();
});

t.test('a stamped database behind the latest migration is ours, with the rest pending', async (t) => {
  const path = copyOfSeeded(tempDir(t));
  const db = new Database(path);
  const last = journal.at(-1);
  db.prepare('DELETE FROM __drizzle_migrations WHERE created_at = ?').run(last?.folderMillis);
  db.close();
  t.same(identifyDatabase(path), { kind: 'ours', stamped: true, applied: journal.length - 1, pending: 1 });
});

t.test('a database of a version before the stamp is ours: migrating it stamps it', async (t) => {
  const { path, applied: before } = databaseBeforeStamp(t);
  const old = new Database(path, { readonly: true });
  t.equal(old.pragma('application_id', { simple: true }), 0, 'the earlier version left no stamp');
  old.close();

  t.same(identifyDatabase(path), { kind: 'ours', stamped: false, applied: before, pending: journal.length - before });
  const db = openDatabase(path);
  migrateDatabase(db);
  db.$client.close();
  t.same(identifyDatabase(path), { kind: 'ours', stamped: true, applied: journal.length, pending: 0 });
});

t.test('a database migrated by a newer version is refused', async (t) => {
  const path = copyOfSeeded(tempDir(t));
  const db = new Database(path);
  db.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run(
    'f'.repeat(64),
    (journal.at(-1)?.folderMillis ?? 0) + 1000,
  );
  db.close();
  assertRefused(t, identifyDatabase(path), 'newer', /newer version/);
});

t.test('an empty file is refused', async (t) => {
  const path = join(tempDir(t), 'news.db');
  writeFileSync(path, '');
  assertRefused(t, identifyDatabase(path), 'empty', /empty file/);
});

t.test('a directory is refused', async (t) => {
  const path = join(tempDir(t), 'news.db');
  mkdirSync(path);
  assertRefused(t, identifyDatabase(path), 'directory', /directory/);
});

t.test('a file that is not SQLite is refused', async (t) => {
  const dir = tempDir(t);
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'title,body\nhello,world\n');
  assertRefused(t, identifyDatabase(text), 'not-sqlite', /not a SQLite database/);
  const short = join(dir, 'short.db');
  writeFileSync(short, 'SQLite');
  assertRefused(t, identifyDatabase(short), 'not-sqlite', /not a SQLite database/);
});

t.test('a damaged SQLite file is refused', async (t) => {
  const dir = tempDir(t);
  const truncated = copyOfSeeded(dir, 'truncated.db');
  truncateSync(truncated, Math.floor(statSync(truncated).size / 2));
  assertRefused(t, identifyDatabase(truncated), 'corrupt', /damaged/);

  // The SQLite header intact, the schema page after it overwritten.
  const scribbled = copyOfSeeded(dir, 'scribbled.db');
  const fd = openSync(scribbled, 'r+');
  writeSync(fd, Buffer.alloc(1000, 0xa5), 0, 1000, 100);
  closeSync(fd);
  assertRefused(t, identifyDatabase(scribbled), 'corrupt', /damaged/);
});

t.test("another application's SQLite file is refused", async (t) => {
  const dir = tempDir(t);
  const plain = sqliteFile(join(dir, 'plain.db'), 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
  assertRefused(t, identifyDatabase(plain), 'foreign', /did not create/);

  const stamped = sqliteFile(join(dir, 'geo.gpkg'), 'PRAGMA application_id = 0x47504B47', 'CREATE TABLE t (x)');
  assertRefused(t, identifyDatabase(stamped), 'foreign', /application_id is 0x47504b47/);

  // Another program that uses drizzle: a migrations table, but not this service's migrations.
  const drizzleApp = sqliteFile(
    join(dir, 'other-drizzle.db'),
    'CREATE TABLE __drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)',
    `INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('${'0'.repeat(64)}', 1700000000000)`,
    'CREATE TABLE users (id INTEGER PRIMARY KEY)',
  );
  assertRefused(t, identifyDatabase(drizzleApp), 'foreign', /did not create/);

  const blank = sqliteFile(join(dir, 'blank.db'), 'VACUUM');
  assertRefused(t, identifyDatabase(blank), 'foreign', /empty SQLite database/);
});

t.test('identifying a file does not change it', async (t) => {
  const path = sqliteFile(join(tempDir(t), 'plain.db'), 'CREATE TABLE notes (body TEXT)');
  const before = readFileSync(path);
  identifyDatabase(path);
  t.same(readFileSync(path), before);
});

t.test('an unreadable file is refused', async (t) => {
  const dir = tempDir(t);
  chmodSync(dir, 0o755);
  const path = copyOfSeeded(dir);
  chmodSync(path, 0o000);
  // root reads any file, so the check runs in a process of its own, as nobody when this one is root.
  const asRoot = process.getuid?.() === 0;
  const cwd = join(dir, 'cwd');
  mkdirSync(cwd, { mode: 0o777 });
  chmodSync(cwd, 0o777);
  const script = `import { identifyDatabase } from ${JSON.stringify(join(PROJECT_ROOT, 'src/db/identify.ts'))};
    console.log(JSON.stringify(identifyDatabase(process.argv[1])));`;
  const child = spawnSync(
    process.execPath,
    [`--import=${import.meta.resolve('tsx')}`, '--input-type=module', '-e', script, path],
    { cwd, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534, env: { PATH: process.env.PATH } } : {}) },
  );
  t.equal(child.status, 0, child.stderr);
  assertRefused(t, JSON.parse(child.stdout) as DatabaseFile, 'unreadable', /cannot be read \(EACCES/);
});

t.test('the refusal names DATABASE_PATH and the file, and says what to do', async (t) => {
  const path = join(tempDir(t), 'news.db');
  writeFileSync(path, '');
  const file = identifyDatabase(path);
  if (file.kind !== 'refused') throw new Error('expected a refusal');
  t.match(refusalMessage(path, file), `DATABASE_PATH ${path} is an empty file (0 bytes)`);
  t.match(refusalMessage(path, file), /move this one away to have a new database created and seeded/);
});
