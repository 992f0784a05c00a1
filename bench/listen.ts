import type { FastifyInstance } from 'fastify';
import { runWorkers } from '../src/workers.ts';

/**
 * Serves a benchmark server on a free loopback port from `workers` processes, closes it on SIGTERM, and prints
 * `{"port": …}` on stdout once every process listens: the line the benchmark waits for.
 */
export async function serveOnLoopback(workers: number, build: () => Promise<FastifyInstance>): Promise<void> {
  await runWorkers({
    count: workers,
    start: async () => {
      const app = await build();
      await app.listen({ host: '127.0.0.1', port: 0 });
      process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
      const address = app.server.address();
      return typeof address === 'object' && address ? address.port : 0;
    },
    onReady: (port) => process.stdout.write(`${JSON.stringify({ port })}\n`),
  });
}
