import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ReadPool, type ReadPoolOptions } from '../reads/pool.ts';
import type { ReadInput, ReadName, ReadResult } from '../routes/reads.ts';

declare module 'fastify' {
  interface FastifyInstance {
    reads: ReadPool;
  }
  interface FastifyRequest {
    /** Runs a database read for this request, cancelled if the client goes away first. */
    read<K extends ReadName>(name: K, input: ReadInput<K>): Promise<ReadResult<K>>;
  }
}

const kSignal = Symbol('client gone');

/** Decorates the app with the read pool (closed with the app) and each request with `read`. */
export default fp<ReadPoolOptions>(
  async (app, options) => {
    const pool = new ReadPool(options);
    app.addHook('onClose', async () => pool.close());
    await pool.ready();
    app.decorate('reads', pool);
    // The response closing before it finished means the client went away: its reads are no longer wanted.
    app.addHook('onRequest', async (request, reply) => {
      const controller = new AbortController();
      (request as unknown as Record<symbol, AbortSignal>)[kSignal] = controller.signal;
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
    });
    app.decorateRequest('read', function <K extends ReadName>(this: FastifyRequest, name: K, input: ReadInput<K>) {
      return pool.run(name, input, (this as unknown as Record<symbol, AbortSignal>)[kSignal]);
    });
  },
  { name: 'reads' },
);
