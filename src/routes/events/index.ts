import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoQuerySchema } from '../common-schemas.ts';
import { answerList, itemOf } from '../list-answer.ts';
import {
  EventDetailResponses,
  EventIdParamsSchema,
  EventListQuerySchema,
  EventListResponses,
  EventListSchema,
} from './schemas.ts';

const events: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/events',
    {
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: 'The timeline',
        description:
          'Dated happenings the articles report, chronological by default (by first possible day, last possible day, then id). Dates of limited precision (a year, a month) are compared honestly with `from`/`to`: see `dateMatch`. Filters combine with AND.',
        querystring: EventListQuerySchema,
        response: EventListResponses,
      },
    },
    async (request, reply) => answerList(request, reply, 'listEvents', request.query, itemOf(EventListSchema)),
  );

  app.get(
    '/events/:id',
    {
      schema: {
        operationId: 'getEvent',
        tags: ['events'],
        summary: 'One event, with the words of every article that reports it',
        description:
          "An event with its attestations (each article's verbatim quote and its offsets in the article's cleaned body) and, when the articles disagree, each article's version.",
        params: EventIdParamsSchema,
        querystring: NoQuerySchema,
        response: EventDetailResponses,
      },
    },
    async (request) => request.read('getEvent', request.params.id),
  );
};

export default events;
