import { closeSync, existsSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER } from '../paths.ts';

/**
 * Which file DATABASE_PATH names, before anything opens it for writing: the service migrates only its own databases
 * and creates one only where there is no file at all.
 */

/** SQLite's `application_id` of this service's databases: 0x6e636170, "ncap". Migration 0003 sets it. */
export const APPLICATION_ID = 0x6e636170;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type RefusalReason =
  | 'directory'
  | 'unreadable'
  | 'empty'
  | 'not-sqlite'
  | 'corrupt'
  | 'foreign'
  | 'newer'
  | 'lost-from-journal';

export type DatabaseFile =
  /** Nothing there, no journal either: the service may create it. */
  | { kind: 'absent' }
  /**
   * This service's database: stamped with its application_id, or (`stamped: false`) made by a version from before
   * the stamp, whose applied migrations are the first ones of this version's. `pending` migrations bring it up to date.
   */
  | { kind: 'ours'; stamped: boolean; applied: number; pending: number }
  /** Anything else; `detail` completes a sentence that starts with the path ("… is a directory"). */
  | { kind: 'refused'; reason: RefusalReason; detail: string };

export type RefusedFile = Extract<DatabaseFile, { kind: 'refused' }>;

/** Identifies the file at `path` without changing it: only its header and schema are read. */
export function identifyDatabase(path: string): DatabaseFile {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return refused('unreadable', `cannot be read (${errorMessage(error)})`);
    const left = journalFiles(path);
    if (left.length === 0) return { kind: 'absent' };
    // A new file beside an old write-ahead log would have that log applied to it: refuse, and say what it means.
    return refused(
      'lost-from-journal',
      `is missing, but ${left.join(' and ')} ${left.length > 1 ? 'are' : 'is'} there: the database file was lost ` +
        'from under its journal (a volume that is not mounted, a file deleted or moved while in use)',
    );
  }
  if (stats.isDirectory()) return refused('directory', 'is a directory');
  if (!stats.isFile()) return refused('not-sqlite', 'is not a regular file');
  if (stats.size === 0) return refused('empty', 'is an empty file (0 bytes)');

  let header: Buffer;
  try {
    header = readHead(path, SQLITE_HEADER.length);
  } catch (error) {
    return refused('unreadable', `cannot be read (${errorMessage(error)})`);
  }
  if (!header.equals(SQLITE_HEADER)) return refused('not-sqlite', 'is not a SQLite database');

  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    return classify(sqlite);
  } catch (error) {
    const code = errorCode(error) ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      return refused('corrupt', `is a damaged SQLite database (${errorMessage(error)})`);
    }
    if (/^SQLITE_(CANTOPEN|IOERR|PERM|AUTH)/.test(code)) {
      return refused('unreadable', `cannot be read (${errorMessage(error)})`);
    }
    throw error;
  } finally {
    sqlite?.close();
  }
}

function classify(sqlite: Database.Database): DatabaseFile {
  const applicationId = sqlite.pragma('application_id', { simple: true }) as number;
  // Reading the schema parses the first page and the table definitions: a damaged file fails here.
  const tables = sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
  const applied = tables.includes('__drizzle_migrations')
    ? (sqlite.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at, rowid').raw().all() as [
        string,
        number | string,
      ][])
    : [];
  const journal = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });

  if (applicationId === APPLICATION_ID) {
    // As drizzle's migrator does: what is newer than the last applied migration is pending.
    const last = Math.max(0, ...applied.map(([, createdAt]) => Number(createdAt)));
    const latest = Math.max(0, ...journal.map((migration) => migration.folderMillis));
    if (last > latest) {
      return refused('newer', 'was migrated by a newer version of this service (its latest migration is unknown here)');
    }
    const pending = journal.filter((migration) => migration.folderMillis > last).length;
    return { kind: 'ours', stamped: true, applied: applied.length, pending };
  }
  if (applicationId !== 0) {
    const hex = (applicationId >>> 0).toString(16).padStart(8, '0');
    return refused('foreign', `is another application's SQLite database (its application_id is 0x${hex})`);
  }
  const earlierVersion =
    applied.length > 0 &&
    applied.length <= journal.length &&
    applied.every(
      ([hash, createdAt], i) => hash === journal[i]?.hash && Number(createdAt) === journal[i]?.folderMillis,
    );
  if (earlierVersion) {
    return { kind: 'ours', stamped: false, applied: applied.length, pending: journal.length - applied.length };
  }
  if (tables.length === 0) return refused('foreign', 'is an empty SQLite database that this service did not create');
  return refused(
    'foreign',
    "is a SQLite database that this service did not create (it has no application_id of this service's, " +
      "and its migrations are not this service's)",
  );
}

/** SQLite's files beside a database in WAL mode: its write-ahead log and the log's shared-memory index. */
export const JOURNAL_SUFFIXES = ['-wal', '-shm'] as const;

/** The journal files that exist beside `path`. */
export function journalFiles(path: string): string[] {
  return JOURNAL_SUFFIXES.map((suffix) => `${path}${suffix}`).filter((file) => existsSync(file));
}

/** What to do about a refused file, for a person reading the start-up error. */
export function refusalMessage(path: string, file: RefusedFile): string {
  const advice =
    file.reason === 'unreadable'
      ? 'Check its permissions, or point DATABASE_PATH at another file.'
      : file.reason === 'newer'
        ? 'Run that newer version, or point DATABASE_PATH at another file.'
        : file.reason === 'lost-from-journal'
          ? 'Mount the volume or restore the file (from a backup: stop the service, copy it to DATABASE_PATH, remove ' +
            'the stale -wal and -shm); to start afresh instead, move the -wal and -shm files away.'
          : 'Point DATABASE_PATH at another file, or move this one away to have a new database created and seeded.';
  return `DATABASE_PATH ${path} ${file.detail}; this service neither serves nor changes it. ${advice}`;
}

function refused(reason: RefusalReason, detail: string): RefusedFile {
  return { kind: 'refused', reason, detail };
}

function readHead(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
