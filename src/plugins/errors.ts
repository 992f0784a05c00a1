import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type DomainError, isDomainError } from '../lib/errors.ts';

/** One error shape for the whole API: RFC 9457 problem details, produced only here. */

export const InvalidParamSchema = z
  .object({
    name: z.string().describe('The parameter, as `in.name`, e.g. `querystring.limit`.'),
    in: z.enum(['querystring', 'params', 'headers', 'body']).describe('Where the parameter was sent.'),
    reason: z.string().describe('What is wrong with it.'),
  })
  .meta({ id: 'InvalidParam' });

export const ProblemSchema = z
  .object({
    type: z.string().describe('A URI reference naming the kind of problem.'),
    title: z.string().describe('A short summary of the kind of problem.'),
    status: z.number().int().describe('The HTTP status code.'),
    detail: z.string().describe('What went wrong with this request.'),
    instance: z.string().describe('The request path.'),
    invalidParams: z.array(InvalidParamSchema).optional().describe('For 400: each invalid parameter and why.'),
  })
  .meta({
    id: 'Problem',
    description: 'An RFC 9457 problem details body, sent as `application/problem+json` for every error.',
    example: {
      type: '/problems/invalid-parameters',
      title: 'Invalid parameters',
      status: 400,
      detail: 'querystring.limit: must be at most 100',
      instance: '/v1/articles?limit=1000',
      invalidParams: [{ name: 'querystring.limit', in: 'querystring', reason: 'must be at most 100' }],
    },
  });

export type Problem = z.infer<typeof ProblemSchema>;

/** An HTTP-level problem raised by the service's own plugins (content negotiation, authentication). */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly type = `/problems/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

type ProblemBody = Omit<Problem, 'instance'>;

/** The answer to a query's domain error: the one place where those become HTTP. */
export function domainProblem(error: DomainError): { problem: ProblemBody; headers: Record<string, string> } {
  const data = error.data;
  const invalid = (name: string, reason: string) =>
    invalidParamsProblem([{ name: `querystring.${name}`, in: 'querystring', reason }]);
  const unavailable = (detail: string) => clientProblem(503, detail);
  switch (data.kind) {
    case 'not-found':
      return { problem: clientProblem(404, error.message), headers: {} };
    case 'invalid-param':
      return { problem: invalid(data.name, data.reason), headers: {} };
    case 'over-budget':
      if (data.param) return { problem: invalid(data.param, data.reason), headers: {} };
      return { problem: unavailable(data.reason), headers: { 'retry-after': '1' } };
    case 'busy':
      return { problem: unavailable(data.reason), headers: { 'retry-after': '1' } };
    case 'unprocessable':
      return { problem: clientProblem(422, error.message), headers: {} };
  }
}

/** A 400 naming each invalid parameter and why. */
function invalidParamsProblem(invalidParams: NonNullable<Problem['invalidParams']>): ProblemBody {
  return {
    type: '/problems/invalid-parameters',
    title: 'Invalid parameters',
    status: 400,
    detail: invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; '),
    invalidParams,
  };
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Omit<Problem, 'instance'>,
): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ ...problem, instance: request.url });
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  417: 'Expectation failed',
  422: 'Unprocessable content',
  429: 'Too many requests',
  431: 'Request header fields too large',
  503: 'Service unavailable',
};

/** A problem body written straight to a socket or response, for errors no Fastify reply exists for. */
function rawProblem(status: number, detail: string): string {
  const body = JSON.stringify(clientProblem(status, detail));
  return [
    `HTTP/1.1 ${status} ${TITLES[status] ?? 'Bad request'}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Errors of Node's HTTP parser, raised before any request exists (headers too large, a malformed request line,
 * a request that took too long to arrive): answered as problems too, then the connection is closed.
 */
export function handleClientErrors(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, detail] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'The request headers are too large.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'The request did not arrive in time.']
        : [400, 'The request is not valid HTTP/1.1.'];
  socket.end(rawProblem(status, detail));
}

/** An `Expect` header other than `100-continue`: the HTTP server would answer 417 in its own shape. */
function refuseExpectation(request: IncomingMessage, response: ServerResponse): void {
  const body = JSON.stringify({
    ...clientProblem(417, `The expectation "${request.headers.expect}" cannot be met; only 100-continue is supported.`),
    instance: request.url,
  });
  response
    .writeHead(417, {
      'content-type': 'application/problem+json',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    })
    .end(body);
}

/** Which methods a path answers to, from the routes as registered: for 405 and its `Allow` header. */
function allowedMethods(routes: readonly { method: string; pattern: RegExp }[], path: string): string[] {
  return [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))].sort();
}

const routePattern = (url: string) =>
  new RegExp(`^${url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}/?$`);

/** A 4xx the framework raised itself (a malformed URL, an unsupported body), as a problem. */
export function clientProblem(status: number, detail: string): Omit<Problem, 'instance'> {
  const title = TITLES[status] ?? 'Client error';
  return { type: `/problems/${title.toLowerCase().replaceAll(' ', '-')}`, title, status, detail };
}

/** The media types a route's body may have, as its schema declares them (`consumes`). */
function acceptedTypes(request: FastifyRequest): string[] {
  const consumes = (request.routeOptions.schema as { consumes?: unknown } | undefined)?.consumes;
  return Array.isArray(consumes) ? consumes.map(String) : ['application/json'];
}

/** Fastify's own errors of reading a body (FST_ERR_CTP_*), said in the terms of the request. */
function bodyProblem(error: FastifyError, request: FastifyRequest): ProblemBody {
  const type = request.headers['content-type'];
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return clientProblem(
        415,
        `${type ? `Content-Type "${type}" is` : 'A body without a Content-Type is'} not accepted here; send ${acceptedTypes(request).join(', ')}.`,
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return clientProblem(
        413,
        `The body is larger than the ${request.routeOptions.bodyLimit} bytes this route takes.`,
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return clientProblem(400, 'The body is empty, but its Content-Type says it is JSON.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return clientProblem(400, 'The body is not valid JSON.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return clientProblem(400, 'The body is not as long as its Content-Length header says.');
    default: {
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
      return clientProblem(status, `The body could not be read: ${error.message}`);
    }
  }
}

async function errors(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) {
      const { problem, headers } = domainProblem(error);
      return sendProblem(reply.headers(headers), request, problem);
    }
    if (error instanceof HttpProblem) {
      return sendProblem(reply.headers(error.headers), request, {
        type: error.type,
        title: error.title,
        status: error.status,
        detail: error.detail,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error.validationContext ?? 'querystring') as NonNullable<Problem['invalidParams']>[number]['in'];
      const invalidParams = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return { name: path ? `${where}.${path}` : where, in: where, reason: issue.message ?? 'is not valid' };
      });
      return sendProblem(reply, request, invalidParamsProblem(invalidParams));
    }
    if (error.code?.startsWith('FST_ERR_CTP_')) return sendProblem(reply, request, bodyProblem(error, request));
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, request, {
        type: '/problems/internal-error',
        title: 'Internal server error',
        status,
        detail: 'The server could not answer this request. The error has been logged.',
      });
    }
    return sendProblem(reply, request, clientProblem(status, error.message));
  });

  const routes: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    for (const method of [route.method].flat()) routes.push({ method, pattern: routePattern(route.url) });
  });
  app.server.on('checkExpectation', refuseExpectation);

  // CORS preflights go on to the CORS plugin; any other OPTIONS asks which methods a path takes.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS' || (request.headers.origin && request.headers['access-control-request-method'])) {
      return;
    }
    const path = request.url.split('?')[0] ?? '/';
    const allowed = allowedMethods(routes, path);
    if (allowed.length === 0) return sendProblem(reply, request, clientProblem(404, `No route OPTIONS ${path}.`));
    return reply
      .code(204)
      .header('allow', [...allowed, 'OPTIONS'].join(', '))
      .send();
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = allowedMethods(routes, path);
    if (allowed.length > 0) {
      const detail = `${path} answers ${allowed.join(', ')}, not ${request.method}.`;
      return sendProblem(reply.header('allow', allowed.join(', ')), request, clientProblem(405, detail));
    }
    return sendProblem(reply, request, clientProblem(404, `No route ${request.method} ${path}.`));
  });
}

export default fp(errors, { name: 'errors' });
