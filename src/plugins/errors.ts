import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';

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
      detail: 'querystring.limit: Too big: expected number to be <=100',
      instance: '/v1/articles?limit=1000',
      invalidParams: [{ name: 'querystring.limit', in: 'querystring', reason: 'Too big: expected number to be <=100' }],
    },
  });

export type Problem = z.infer<typeof ProblemSchema>;

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly type = `/problems/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    readonly invalidParams?: Problem['invalidParams'],
  ) {
    super(detail);
  }
}

export const notFound = (what: string, id: string) => new HttpProblem(404, 'Not found', `No ${what} with id "${id}".`);

/** A parameter that passed its schema but cannot be used (an unknown cursor, a malformed search). */
export function invalidParam(name: string, location: 'querystring' | 'params', reason: string): HttpProblem {
  return new HttpProblem(400, 'Invalid parameters', `${location}.${name}: ${reason}`, '/problems/invalid-parameters', [
    { name: `${location}.${name}`, in: location, reason },
  ]);
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
  414: 'URI too long',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
};

/** A 4xx the framework raised itself (a malformed URL, an unsupported body), as a problem. */
export function clientProblem(status: number, detail: string): Omit<Problem, 'instance'> {
  const title = TITLES[status] ?? 'Client error';
  return { type: `/problems/${title.toLowerCase().replaceAll(' ', '-')}`, title, status, detail };
}

async function errors(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return sendProblem(reply, request, {
        type: error.type,
        title: error.title,
        status: error.status,
        detail: error.detail,
        ...(error.invalidParams ? { invalidParams: error.invalidParams } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = (error.validationContext ?? 'querystring') as NonNullable<Problem['invalidParams']>[number]['in'];
      const invalidParams = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return { name: path ? `${where}.${path}` : where, in: where, reason: issue.message ?? 'is not valid' };
      });
      return sendProblem(reply, request, {
        type: '/problems/invalid-parameters',
        title: 'Invalid parameters',
        status: 400,
        detail: invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; '),
        invalidParams,
      });
    }
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
    const title = TITLES[status] ?? 'Client error';
    return sendProblem(reply, request, {
      type: `/problems/${title.toLowerCase().replaceAll(' ', '-')}`,
      title,
      status,
      detail: error.message,
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, {
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: `No route ${request.method} ${request.url.split('?')[0]}.`,
    }),
  );
}

export default fp(errors, { name: 'errors' });
