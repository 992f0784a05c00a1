import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../plugins/errors.ts';
import { errorResponses, IdParamsSchema } from '../common-schemas.ts';
import { getArticle, listArticles, listMentions } from './queries.ts';
import {
  ArticleDetailSchema,
  ArticleListQuerySchema,
  ArticleListSchema,
  MentionListQuerySchema,
  MentionListSchema,
} from './schemas.ts';

const articles: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'List and search articles',
        description:
          'Articles newest first, filtered by source, mentioned people and entities, attested events, language and published date. With `q`, a ranked full-text search whose hits carry a snippet with the matched words marked. Paginated by `cursor`.',
        querystring: ArticleListQuerySchema,
        response: { 200: ArticleListSchema, ...errorResponses },
      },
    },
    async (request) => listArticles(app.db, request.query),
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        tags: ['articles'],
        summary: 'One article, in full',
        description:
          'The cleaned body and the raw page, the source, every mentioned entity with its mention count, and the events the article attests with its own words.',
        params: IdParamsSchema,
        response: { 200: ArticleDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const article = getArticle(app.db, request.params.id);
      if (!article) throw notFound('article', request.params.id);
      return article;
    },
  );

  app.get(
    '/articles/:id/mentions',
    {
      schema: {
        tags: ['articles'],
        summary: 'Every mention in an article',
        description:
          'Each mention of an entity in the article’s cleaned body, in reading order, with its exact offsets, the surface text and the words around it.',
        params: IdParamsSchema,
        querystring: MentionListQuerySchema,
        response: { 200: MentionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const mentions = listMentions(app.db, request.params.id, request.query);
      if (!mentions) throw notFound('article', request.params.id);
      return mentions;
    },
  );
};

export default articles;
