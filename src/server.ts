import { existsSync } from 'node:fs';
import { CORPUS_DIR } from '../seed/seed.ts';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { seedDatabase } from './ingest/build-database.ts';

/** Reads config, seeds the embedded database when absent, listens, and shuts down on signals. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (!existsSync(config.DATABASE_PATH)) {
    const report = seedDatabase(CORPUS_DIR, config.DATABASE_PATH);
    console.log(`created ${report.path} from the seed corpus (${report.rows.articles.length} articles)`);
  } else {
    // An existing database may predate the latest migrations.
    const db = openDatabase(config.DATABASE_PATH);
    migrateDatabase(db);
    db.$client.close();
  }
  const app = await buildApp({ databasePath: config.DATABASE_PATH, logger: { level: config.LOG_LEVEL } });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  await app.listen({ port: config.PORT, host: config.HOST });
}

await main();
