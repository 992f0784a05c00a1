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

/** Why a read was cancelled; made once, since an abort without a reason builds a DOMException each time. */
const CLIENT_GONE = new Error('the client closed the connection');

/** Decorates the app with the read pool (closed with the app) and each request with `read`. */
export default fp<ReadPoolOptions>(
  async (app, options) => {
    const pool = new ReadPool(options);
    app.addHook('onClose', async () => pool.close());
    await pool.ready();
    app.decorate('reads', pool);
    app.decorateRequest('read', function <K extends ReadName>(this: FastifyRequest, name: K, input: ReadInput<K>) {
      const socket = this.raw.socket;
      if (options.threads === 0 || !socket) return pool.run(name, input);
      // The connection closing while the read waits or runs means the client went away: the read is no longer wanted.
      const controller = new AbortController();
      const cancel = () => controller.abort(CLIENT_GONE);
      socket.once('close', cancel);
      return pool.run(name, input, controller.signal).finally(() => socket.off('close', cancel));
    });
  },
  { name: 'reads' },
);
