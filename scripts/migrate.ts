import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { identifyDatabase, refusalMessage } from '../src/db/identify.ts';

/**
 * `npm run db:migrate`: applies the committed migrations to the database at DATABASE_PATH, creating an empty one
 * where there is no file. A file that is not this service's database is left alone unless `--force` is given.
 * Safe with a server running on the file: the migrations wait for its writes, apply in one transaction, and only
 * add tables, columns and indexes, so the running code keeps reading what it knows.
 */
const { DATABASE_PATH } = loadConfig();
const existing = identifyDatabase(DATABASE_PATH);
// Even with --force, no new file beside an old journal: SQLite would apply that journal to it.
const forced =
  process.argv.includes('--force') && !(existing.kind === 'refused' && existing.reason === 'lost-from-journal');
if (existing.kind === 'refused' && !forced) {
  const force = existing.reason === 'lost-from-journal' ? '' : ' `npm run db:migrate -- --force` migrates it anyway.';
  console.error(`${refusalMessage(DATABASE_PATH, existing)}${force}`);
  process.exit(1);
}
if (existing.kind === 'ours' && existing.pending === 0) {
  console.log(`${DATABASE_PATH} is up to date`);
} else {
  if (existing.kind === 'absent') mkdirSync(dirname(DATABASE_PATH), { recursive: true });
  const db = openDatabase(DATABASE_PATH);
  try {
    const applied = migrateDatabase(db);
    console.log(
      `${existing.kind === 'absent' ? 'created' : 'migrated'} ${DATABASE_PATH}: ${applied} migration(s) applied`,
    );
  } finally {
    db.$client.close();
  }
}
