import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { serveOnLoopback } from './listen.ts';

/** The real service on an existing database, for the benchmark: prints its port, logs nothing. */
const [path, workers = '1'] = process.argv.slice(2);
if (!path) throw new Error('usage: serve.ts DATABASE_PATH [WORKERS]');
// One client drives the benchmark: the per-client rate limit is lifted, everything else is as configured.
await serveOnLoopback(Number(workers), () =>
  buildApp({ databasePath: path, config: { ...loadConfig(), RATE_LIMIT_READS: 1_000_000_000 } }),
);
