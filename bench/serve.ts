import { buildApp } from '../src/app.ts';
import { runWorkers } from '../src/workers.ts';

/** The real service on an existing database, for the benchmark: prints its port, logs nothing. */
const [path, workers = '1'] = process.argv.slice(2);
if (!path) throw new Error('usage: serve.ts DATABASE_PATH [WORKERS]');
await runWorkers({
  count: Number(workers),
  start: async () => {
    const app = await buildApp({ databasePath: path });
    await app.listen({ host: '127.0.0.1', port: 0 });
    process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
    const address = app.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  },
  onReady: (port) => process.stdout.write(`${JSON.stringify({ port })}\n`),
});
