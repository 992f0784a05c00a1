import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { type Db, openDatabase } from '../db/client.ts';
import type { PageInput } from '../ingest/page/prepare-page.ts';
import { PageThread } from '../ingest/page-thread.ts';
import type { PreparedSubmission } from '../ingest/store.ts';
import { HttpProblem } from './errors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The one connection of this process that writes (ingest); null when ingest is disabled. */
    writer: Db | null;
    /** Runs the per-page pipeline off the event loop, in a thread of its own (started at the first page). */
    preparePage: (input: PageInput) => Promise<PreparedSubmission>;
    /** An onRequest hook of the write routes: refuses a request without the ingest key, before its body is read. */
    requireIngestKey: onRequestHookHandler;
  }
}

export interface IngestPluginOptions {
  /** The bearer key writes need (`INGEST_API_KEY`); without one, every write is refused. */
  apiKey?: string | undefined;
  /** A connection to write through (the caller keeps it); else one is opened on `databasePath` when a key is set. */
  db?: Db | undefined;
  databasePath?: string | undefined;
}

/** How long a write waits for another process's write (a second worker, a seed) before it fails. */
export const WRITE_BUSY_TIMEOUT_MS = 5000;

/** A page the pipeline has not finished in this long is refused (a news page takes tens of milliseconds). */
export const PAGE_TIMEOUT_MS = 10_000;
/** Pages that may wait for the pipeline; past that, a write is answered busy (503). */
export const MAX_QUEUED_PAGES = 32;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The bearer token of an `Authorization` header, or null. */
function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * The write side of the service: one writer connection per process, opened at start when ingest is enabled, with a
 * busy timeout so that writers of several processes (or a seed run) take turns instead of failing; the thread that
 * runs the page pipeline, so that a page being prepared holds up no other request; and the check of the ingest key,
 * compared in constant time (both sides hashed first, so their lengths tell nothing either).
 */
export default fp<IngestPluginOptions>(
  async (app, options) => {
    let writer: Db | null = options.db ?? null;
    if (!writer && options.apiKey && options.databasePath) {
      const own = openDatabase(options.databasePath);
      own.$client.pragma(`busy_timeout = ${WRITE_BUSY_TIMEOUT_MS}`);
      app.addHook('onClose', async () => own.$client.close());
      writer = own;
    }
    app.decorate('writer', writer);
    const pages = new PageThread({
      timeoutMs: PAGE_TIMEOUT_MS,
      maxQueued: MAX_QUEUED_PAGES,
      databasePath: writer && options.databasePath !== ':memory:' ? (options.databasePath ?? null) : null,
    });
    app.addHook('onClose', async () => pages.close());
    app.decorate('preparePage', (input: PageInput) => pages.prepare(input));

    const expected = options.apiKey ? digest(options.apiKey) : null;
    app.decorate('requireIngestKey', async (request: FastifyRequest) => {
      if (!expected || !writer) {
        throw new HttpProblem(
          403,
          'Forbidden',
          'Ingest is disabled: the service has no INGEST_API_KEY set, so it accepts no writes.',
          '/problems/ingest-disabled',
        );
      }
      const token = bearerToken(request);
      if (token === null) {
        throw new HttpProblem(
          401,
          'Unauthorized',
          'This route needs the ingest API key: send it as "Authorization: Bearer <key>".',
          '/problems/unauthorized',
          { 'www-authenticate': 'Bearer realm="ingest"' },
        );
      }
      if (!timingSafeEqual(digest(token), expected)) {
        throw new HttpProblem(
          401,
          'Unauthorized',
          'The API key sent is not the ingest API key.',
          '/problems/unauthorized',
          {
            'www-authenticate': 'Bearer realm="ingest", error="invalid_token"',
          },
        );
      }
    });
  },
  { name: 'ingest', dependencies: ['errors'] },
);
