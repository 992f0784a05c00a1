import compress from '@fastify/compress';
import cors from '@fastify/cors';
import etag from '@fastify/etag';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, onSendHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import { clientProblem, HttpProblem, sendProblem } from './errors.ts';

/**
 * The conventions of a public HTTP API, with Fastify's own plugins: load shedding, per-client rate limits, CORS,
 * security headers, strong ETags with 304s, compression, caching headers and a request id on every answer.
 */

/** Cache lifetimes: the corpus changes only when pages are added, so answers may be reused briefly, then revalidated. */
const CACHE_DATA = 'public, max-age=60, stale-while-revalidate=300';
const CACHE_DOCS = 'public, max-age=3600';

export const EXPOSED_HEADERS = [
  'ETag',
  'Link',
  'Location',
  'Retry-After',
  'X-Request-Id',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
];

/** Whether an If-None-Match header (a list of tags, or `*`) matches a tag, compared weakly as RFC 9110 asks. */
function matchesAny(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(tag));
}

/**
 * The ETag of the representation sent: the strong tag of the uncompressed body, with the content coding added when
 * compressed; and a 304 with no body when the client already holds it.
 */
const tagRepresentation: onSendHookHandler = async (request, reply, payload) => {
  // A write's answer is the outcome of that one request, not a representation to revalidate.
  if (request.method === 'POST') {
    reply.removeHeader('etag');
    return payload;
  }
  const tag = reply.getHeader('etag');
  if (typeof tag !== 'string' || reply.statusCode !== 200) return payload;
  const encoding = reply.getHeader('content-encoding');
  const variant = typeof encoding === 'string' ? `${tag.slice(0, -1)}-${encoding}"` : tag;
  reply.header('etag', variant);
  if (
    (request.method === 'GET' || request.method === 'HEAD') &&
    matchesAny(request.headers['if-none-match'], variant)
  ) {
    reply.code(304).removeHeader('content-encoding').removeHeader('content-length');
    return '';
  }
  return payload;
};

async function http(app: FastifyInstance, config: Config): Promise<void> {
  // Shed load first: when the event loop lags, answer 503 at once rather than queue more work. Lag is sampled over
  // intervals; the first ones after start-up measure building the app, not load, so they are not held against it.
  const sampleInterval = 500;
  let readyAt = Number.POSITIVE_INFINITY;
  app.addHook('onReady', async () => {
    readyAt = performance.now();
  });
  await app.register(underPressure, {
    maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
    sampleInterval,
    exposeStatusRoute: false,
    pressureHandler: (request, reply, type, value) => {
      if (performance.now() - readyAt < 2 * sampleInterval) return;
      // Answered here; Fastify goes no further with a request whose reply has been sent.
      const detail = `The service is under load (${type}: ${Math.round(value ?? 0)}); retry in a second.`;
      sendProblem(reply.header('retry-after', '1'), request, clientProblem(503, detail));
    },
  });

  await app.register(rateLimit, {
    global: true,
    max: (request) =>
      request.method === 'GET' || request.method === 'HEAD' ? config.RATE_LIMIT_READS : config.RATE_LIMIT_WRITES,
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    enableDraftSpec: true,
    // The docs page loads many static assets; a client reading the docs is not the client this limit is for.
    allowList: (request) => request.routeOptions.url === '/health' || request.url.startsWith('/docs'),
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(
        429,
        'Too many requests',
        `At most ${context.max} requests per ${Math.round(context.ttl / 1000) || 1} s from one client; retry after ${context.after}.`,
        '/problems/too-many-requests',
        { 'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))) },
      ),
  });

  await app.register(cors, {
    origin: config.CORS_ORIGIN === '*' ? '*' : config.CORS_ORIGIN,
    // POST is the ingest route's: its key travels in Authorization, its page in a body of a declared Content-Type.
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['Accept', 'Authorization', 'Content-Type', 'If-None-Match', 'X-Request-Id'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 86_400,
  });

  await app.register(helmet, {
    // Swagger UI's own files only: scripts and styles from this host (its styles set inline style attributes),
    // images from this host or data: URLs, calls to this host; nothing may frame the pages.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // A browser front end on another origin must be able to read the answers.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
  });

  // A strong ETag is computed over the body before compression; once compressed, the encoding is added to it,
  // since each encoding is a representation of its own (a cache must not answer a gzip client with brotli).
  await app.register(etag, { weak: false, replyWith304: false });
  await app.register(compress, { global: true, encodings: ['br', 'gzip', 'deflate'], threshold: 1024 });

  // Compression runs as each route's own onSend hook, after the app's: tag the encoded representation after it.
  app.addHook('onRoute', (route) => {
    route.onSend = [...[route.onSend ?? []].flat(), tagRepresentation];
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    if (!reply.hasHeader('cache-control')) {
      const status = reply.statusCode;
      const docs = request.url.startsWith('/docs') || request.url.startsWith('/openapi');
      const cacheable = (request.method === 'GET' || request.method === 'HEAD') && (status === 200 || status === 304);
      reply.header(
        'cache-control',
        !cacheable || request.url.startsWith('/health') ? 'no-store' : docs ? CACHE_DOCS : CACHE_DATA,
      );
    }
    return payload;
  });
}

export default fp(http, { name: 'http', dependencies: ['errors'] });
