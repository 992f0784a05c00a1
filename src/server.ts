import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { CORPUS_DIR } from '../seed/seed.ts';
import { buildApp } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { seedDatabase } from './ingest/build-database.ts';
import { runWorkers } from './workers.ts';

/**
 * Reads config, seeds the embedded database when absent (or brings an existing one up to the latest migration),
 * then serves it from WORKERS processes, and shuts down on signals.
 */
async function main(): Promise<void> {
  const config = readConfig();
  if (cluster.isPrimary) prepareDatabase(config.DATABASE_PATH);
  await runWorkers({ count: config.WORKERS, start: () => serve(config) });
}

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function prepareDatabase(path: string): void {
  if (!existsSync(path)) {
    const report = seedDatabase(CORPUS_DIR, path);
    console.log(`created ${report.path} from the seed corpus (${report.rows.articles.length} articles)`);
    return;
  }
  const db = openDatabase(path);
  migrateDatabase(db);
  db.$client.close();
}

/** One server: opens the database read-only, listens, and closes on SIGINT or SIGTERM. */
async function serve(config: Config): Promise<number> {
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
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : config.PORT;
}

await main();
