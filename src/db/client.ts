import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER } from '../paths.ts';
import { installBudget } from './budget.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export { MIGRATIONS_FOLDER };

export interface OpenOptions {
  /** Open without write access: the server reads only. */
  readonly?: boolean;
}

/**
 * How long a connection waits for another process's write lock (a server ingesting a page, a rebuild, a migration)
 * before it fails with SQLITE_BUSY. Writes hold the lock for one transaction; a rebuild of the seed, well under a second.
 */
export const BUSY_TIMEOUT_MS = 30_000;

/** Opens a SQLite file (or `:memory:`) with the pragmas a read-mostly service wants, wrapped in Drizzle. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  if (!options.readonly && path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('cache_size = -32000');
  sqlite.pragma('mmap_size = 268435456');
  sqlite.pragma('temp_store = MEMORY');
  cachePreparedStatements(sqlite);
  installBudget(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}

const STATEMENT_CACHE_SIZE = 512;

/**
 * Drizzle prepares a statement for every query it runs; parsing and planning the same SQL again costs more than
 * running it does for a cheap query. Statements are reusable, so keep the most recent ones by their SQL text.
 * Drizzle asks for raw rows explicitly when it wants them, so each reuse starts in object mode.
 */
function cachePreparedStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
      if (statement.reader) statement.raw(false);
    } else {
      statement = prepare(source);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    cache.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

/**
 * Applies the committed migrations in `migrations/` that the database lacks, as drizzle's migrator does (same
 * bookkeeping table), and returns how many. Unlike it, the write lock is taken first (`BEGIN IMMEDIATE`, waiting
 * `BUSY_TIMEOUT_MS` for another writer) and what is applied is read under it: two processes starting at once on one
 * file apply each migration once, and a server running on the file sees the schema before or after, never between.
 */
export function migrateDatabase(db: Db): number {
  const sqlite = db.$client;
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const apply = sqlite.transaction((): number => {
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
    );
    const last = sqlite
      .prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`)
      .pluck()
      .get() as number | string | undefined;
    const pending = migrations.filter((m) => last === undefined || Number(last) < m.folderMillis);
    const record = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`);
    for (const migration of pending) {
      for (const statement of migration.sql) sqlite.prepare(statement).run();
      record.run(migration.hash, migration.folderMillis);
    }
    return pending.length;
  });
  return apply.immediate();
}
