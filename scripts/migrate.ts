import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { identifyDatabase, refusalMessage } from '../src/db/identify.ts';

/**
 * `npm run db:migrate`: applies the committed migrations to the database at DATABASE_PATH, creating an empty one
 * where there is no file. A file that is not this service's database is left alone unless `--force` is given.
 */
const { DATABASE_PATH } = loadConfig();
const existing = identifyDatabase(DATABASE_PATH);
if (existing.kind === 'refused' && !process.argv.includes('--force')) {
  console.error(`${refusalMessage(DATABASE_PATH, existing)} \`npm run db:migrate -- --force\` migrates it anyway.`);
  process.exit(1);
}
if (existing.kind === 'ours' && existing.pending === 0) {
  console.log(`${DATABASE_PATH} is up to date`);
} else {
  if (existing.kind === 'absent') mkdirSync(dirname(DATABASE_PATH), { recursive: true });
  const db = openDatabase(DATABASE_PATH);
  migrateDatabase(db);
  db.$client.close();
  console.log(`${existing.kind === 'absent' ? 'created' : 'migrated'} ${DATABASE_PATH}`);
}
