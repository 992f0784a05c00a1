import { loadConfig } from '../src/config.ts';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';

/** `npm run db:migrate`: applies the committed migrations to the database at DATABASE_PATH. */
const { DATABASE_PATH } = loadConfig();
const db = openDatabase(DATABASE_PATH);
migrateDatabase(db);
db.$client.close();
console.log(`migrated ${DATABASE_PATH}`);
