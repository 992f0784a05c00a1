import { z } from 'zod';

/** Pieces every resource's contract shares: the error body, ids, pagination. Registered with ids for `$ref`s. */

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

/** The error responses every route can give. */
export const errorResponses = {
  400: ProblemSchema.describe('Invalid parameters.'),
  404: ProblemSchema.describe('No such resource.'),
  500: ProblemSchema.describe('Unexpected server error; the body never carries internals.'),
} as const;
