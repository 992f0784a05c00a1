import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { identifyDatabase, refusalMessage } from './db/identify.ts';
import { CORPUS_DIR, DEFAULT_DATABASE_PATH } from './paths.ts';
import { REPEATED_SIGNAL_MS, runWorkers } from './workers.ts';

/**
 * Reads config, creates and seeds the database when there is no file (at the quick start's path, or when
 * DATABASE_CREATE asks), brings this service's database up to the latest migration and refuses any other file, then
 * serves it from WORKERS processes and shuts down gracefully.
 * The seed step and the app are imported only where they run: a bad setting fails fast, a serving process holds no
 * seeding code, and the primary of several workers loads no server at all.
 */
async function main(): Promise<void> {
  const config = await orExit(() => loadConfig(), ConfigError);
  if (cluster.isPrimary) await orExit(() => prepareDatabase(config.DATABASE_PATH, config.DATABASE_CREATE), StartError);
  // Workers inherit the primary's key (see `env` below), so a cursor from one is accepted by every other.
  const cursorSecret = config.CURSOR_SECRET ?? generatedCursorSecret();
  const settings: Config = { ...config, CURSOR_SECRET: cursorSecret };
  await runWorkers({
    count: config.WORKERS,
    start: () => serve(settings),
    env: { CURSOR_SECRET: cursorSecret },
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
}

/** A reason not to start that the operator can fix: printed alone, without a stack trace. */
class StartError extends Error {
  override name = 'StartError';
}

async function orExit<T>(fn: () => T | Promise<T>, expected: new (...args: never[]) => Error): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof expected) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function generatedCursorSecret(): string {
  console.log('CURSOR_SECRET is not set: cursors are signed with a key made at start and stop working on a restart');
  return randomBytes(32).toString('base64url');
}

/**
 * Creates the database when absent and creating it is safe, migrates this service's database, and refuses any other
 * file. A missing file is created only at the quick start's path or with DATABASE_CREATE=true: elsewhere it may be a
 * volume that is not mounted, and a new database would hide it and every page ingested into it.
 */
async function prepareDatabase(path: string, create: boolean): Promise<void> {
  const file = identifyDatabase(path);
  switch (file.kind) {
    case 'refused':
      throw new StartError(refusalMessage(path, file));
    case 'absent': {
      const quickStart = resolve(path) === DEFAULT_DATABASE_PATH;
      if (!quickStart && !create) throw new StartError(missingMessage(path));
      const { seedDatabase } = await import('./ingest/build-database.ts');
      const report = attempt(`DATABASE_PATH ${path} could not be created`, () => seedDatabase(CORPUS_DIR, path));
      const why = quickStart ? 'the quick start’s default path' : 'DATABASE_CREATE=true';
      console.log(
        `DATABASE_PATH ${report.path} did not exist: created it and seeded it from the seed corpus ` +
          `(${report.rows.articles.length} articles), as it is ${why}. A missing database anywhere else is ` +
          'refused unless DATABASE_CREATE=true.',
      );
      return;
    }
    case 'ours': {
      if (file.pending === 0) return;
      const applied = attempt(`DATABASE_PATH ${path} could not be migrated`, () => {
        const db = openDatabase(path);
        try {
          return migrateDatabase(db);
        } finally {
          db.$client.close();
        }
      });
      // Another process may have applied them first: only what this one applied is counted.
      console.log(`migrated ${path}: ${applied} migration(s) applied`);
    }
  }
}

/** Why a missing DATABASE_PATH is not created, and how to create it on purpose. */
function missingMessage(path: string): string {
  return (
    `DATABASE_PATH ${path} does not exist. The service creates a missing database only at its default path ` +
    `(${DEFAULT_DATABASE_PATH}): elsewhere the file may be on a volume that is not mounted, and a new, empty ` +
    'knowledge base would hide every page ingested into the real one. If the file is lost, restore it from a ' +
    'backup; to create a new database there, run `npm run seed` with this DATABASE_PATH, or start once with ' +
    'DATABASE_CREATE=true.'
  );
}

/** Runs `fn`, turning the failures an operator can fix (files, permissions, the corpus) into a StartError. */
function attempt<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof Error && error.name === 'SeedError') {
      throw new StartError(`${what}: the seed corpus is invalid: ${error.message}`);
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^(E[A-Z]+|SQLITE_\w+)$/.test(code)) {
      throw new StartError(`${what}: ${(error as Error).message}`);
    }
    throw error;
  }
}

/** One server: opens the database read-only, listens, and closes gracefully on a signal. */
async function serve(config: Config): Promise<number> {
  const { buildApp } = await import('./app.ts');
  const app = await buildApp({ databasePath: config.DATABASE_PATH, logger: { level: config.LOG_LEVEL }, config });
  closeOnSignals(app, config.SHUTDOWN_TIMEOUT_MS);
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : config.PORT;
}

/**
 * On SIGINT or SIGTERM the server stops accepting connections, lets the requests in flight finish and exits 0;
 * past `timeoutMs`, or on a second signal, it exits 1 at once. An uncaught error closes it the same way, exiting 1.
 * A signal repeated at once is the same one (see REPEATED_SIGNAL_MS); in a worker process every later signal is left
 * to the primary, which enforces the second signal and the deadline for all its workers.
 */
function closeOnSignals(app: FastifyInstance, timeoutMs: number): void {
  let closingSince: number | undefined;
  const closer = closeWithGrace(
    {
      delay: timeoutMs,
      logger: { error: (message: unknown) => app.log.error(message) },
      skip: ['SIGINT', 'SIGTERM'],
    },
    async ({ signal, err }) => {
      closingSince ??= Date.now();
      if (err) app.log.error({ err }, 'uncaught error; closing');
      else if (signal) app.log.info({ signal }, 'closing: finishing the requests in flight');
      await app.close();
    },
  );
  const onSignal = (signal: NodeJS.Signals) => {
    if (closingSince === undefined) {
      closingSince = Date.now();
      app.log.info({ signal }, 'closing: finishing the requests in flight');
      closer.close();
    } else if (!cluster.isWorker && Date.now() - closingSince >= REPEATED_SIGNAL_MS) {
      app.log.error({ signal }, 'second signal while closing; exiting now');
      process.exit(1);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

await main();
