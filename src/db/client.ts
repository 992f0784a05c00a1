import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_FOLDER } from '../paths.ts';
import { installBudget } from './budget.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export { MIGRATIONS_FOLDER };

export interface OpenOptions {
  /** Open without write access: the server reads only. */
  readonly?: boolean;
}

/** Opens a SQLite file (or `:memory:`) with the pragmas a read-mostly service wants, wrapped in Drizzle. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
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

/** Applies every committed migration in `migrations/`. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
