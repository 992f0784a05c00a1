import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../lib/errors.ts';
import { NoQuerySchema } from '../common-schemas.ts';
import { answerList, itemOf } from '../list-answer.ts';
import {
  ArticleDetailResponses,
  ArticleIdParamsSchema,
  ArticleListQuerySchema,
  ArticleListResponses,
  ArticleListSchema,
  MentionListQuerySchema,
  MentionListResponses,
  MentionListSchema,
} from './schemas.ts';

const articles: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/articles',
    {
      schema: {
        operationId: 'listArticles',
        tags: ['articles'],
        summary: 'List and search articles',
        description:
          'Articles newest first, filtered by source, mentioned people and entities, attested events, language and published date. With `q`, a ranked full-text search whose hits carry a snippet with the matched words marked. Paginated by `cursor`.',
        querystring: ArticleListQuerySchema,
        response: ArticleListResponses,
      },
    },
    async (request, reply) => answerList(request, reply, 'listArticles', request.query, itemOf(ArticleListSchema)),
  );

  app.get(
    '/articles/:id',
    {
      schema: {
        operationId: 'getArticle',
        tags: ['articles'],
        summary: 'One article, in full',
        description:
          'The cleaned body and the raw page, the source, every mentioned entity with its mention count, and the events the article attests with its own words.',
        params: ArticleIdParamsSchema,
        querystring: NoQuerySchema,
        response: ArticleDetailResponses,
      },
    },
    async (request) => {
      const article = await request.read('getArticle', request.params.id);
      if (!article) throw notFound('article', request.params.id);
      return article;
    },
  );

  app.get(
    '/articles/:id/mentions',
    {
      schema: {
        operationId: 'listArticleMentions',
        tags: ['articles'],
        summary: 'Every mention in an article',
        description:
          'Each mention of an entity in the article’s cleaned body, in reading order, with its exact offsets, the surface text and the words around it.',
        params: ArticleIdParamsSchema,
        querystring: MentionListQuerySchema,
        response: MentionListResponses,
      },
    },
    async (request, reply) =>
      answerList(
        request,
        reply,
        'listMentions',
        { ...request.query, article: request.params.id },
        itemOf(MentionListSchema),
      ),
  );
};

export default articles;
