import { buildApp } from '../src/app.ts';
import { serveOnLoopback } from './listen.ts';

/** The real service on an existing database, for the benchmark: prints its port, logs nothing. */
const [path, workers = '1'] = process.argv.slice(2);
if (!path) throw new Error('usage: serve.ts DATABASE_PATH [WORKERS]');
await serveOnLoopback(Number(workers), () => buildApp({ databasePath: path }));
