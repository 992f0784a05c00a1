import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.ts';
import { identifyDatabase, JOURNAL_SUFFIXES, refusalMessage } from '../src/db/identify.ts';

/**
 * `npm run backup -- <destination> [--force]`: copies the database at DATABASE_PATH to `destination` with SQLite's
 * online backup, safe while the server runs and ingests: the copy is one consistent state of the database (it reads
 * one snapshot, and writers go on meanwhile). It is written to a temporary file and renamed into place, so a failed
 * backup leaves nothing half-written at the destination. An existing destination is replaced only with `--force`.
 */
async function main(args: string[]): Promise<void> {
  const force = args.includes('--force');
  const [destination, ...rest] = args.filter((a) => a !== '--force');
  if (!destination || rest.length > 0) fail('usage: npm run backup -- <destination file> [--force]');
  const { DATABASE_PATH } = loadConfig();
  const source = identifyDatabase(DATABASE_PATH);
  if (source.kind === 'absent') fail(`DATABASE_PATH ${DATABASE_PATH} does not exist: there is nothing to back up.`);
  if (source.kind === 'refused') fail(`backup refused: ${refusalMessage(DATABASE_PATH, source)}`);
  if (existsSync(destination) && !force) {
    fail(`${destination} exists: \`npm run backup -- ${destination} --force\` replaces it.`);
  }

  const temp = `${destination}.partial-${process.pid}`;
  const db = new Database(DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    // All pages in one step: one read snapshot, never restarted by a write that lands meanwhile.
    await db.backup(temp, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // A backup is one file: out of WAL mode, so it is whole without a -wal beside it (a server restored onto it turns
  // WAL on again).
  const standalone = new Database(temp, { fileMustExist: true });
  try {
    standalone.pragma('journal_mode = DELETE');
  } finally {
    standalone.close();
  }
  const copy = identifyDatabase(temp);
  if (copy.kind !== 'ours') {
    rmSync(temp, { force: true });
    fail(`the copy of ${DATABASE_PATH} does not read back as this service's database; nothing was written`);
  }
  // A journal left beside an older file at the destination would be applied to the new one.
  for (const suffix of JOURNAL_SUFFIXES) rmSync(`${destination}${suffix}`, { force: true });
  renameSync(temp, destination);
  const counted = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    const { articles, ingested } = counted
      .prepare("select count(*) as articles, count(*) filter (where origin = 'ingest') as ingested from articles")
      .get() as { articles: number; ingested: number };
    console.log(`backed up ${DATABASE_PATH} to ${destination}: ${articles} articles, ${ingested} of them ingested`);
  } finally {
    counted.close();
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

await main(process.argv.slice(2));
