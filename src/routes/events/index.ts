import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, IdParamsSchema } from '../common-schemas.ts';
import { getEvent, listEvents } from './queries.ts';
import { EventDetailSchema, EventListQuerySchema, EventListSchema } from './schemas.ts';

const events: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'The timeline',
        description:
          'Dated happenings the articles report, chronological by default (by first possible day, last possible day, then id). Dates of limited precision (a year, a month) are compared honestly with `from`/`to`: see `dateMatch`. Filters combine with AND.',
        querystring: EventListQuerySchema,
        response: {
          200: EventListSchema,
          400: errorResponses[400],
          404: errorResponses[404],
          500: errorResponses[500],
        },
      },
    },
    async (req) => listEvents(app.db, req.query),
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'One event, with the words of every article that reports it',
        description:
          "An event with its attestations (each article's verbatim quote and its offsets in the article's cleaned body) and, when the articles disagree, each article's version.",
        params: IdParamsSchema,
        response: {
          200: EventDetailSchema,
          400: errorResponses[400],
          404: errorResponses[404],
          500: errorResponses[500],
        },
      },
    },
    async (req) => getEvent(app.db, req.params.id),
  );
};

export default events;
