import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoQuerySchema } from '../common-schemas.ts';
import { answerList, itemOf } from '../list-answer.ts';
import {
  QuotationDetailResponses,
  QuotationIdParamsSchema,
  QuotationListQuerySchema,
  QuotationListResponses,
  QuotationListSchema,
} from './schemas.ts';

const quotations: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/quotations',
    {
      schema: {
        operationId: 'listQuotations',
        tags: ['quotations'],
        summary: 'List and search quotations',
        description:
          "The words the articles quote, verbatim, with their offsets in the article's cleaned body and who said them where the text tells, newest article first. Filter by speaker, article, source, the article's published date, kind, or whether the speaker is known; with `q`, a ranked full-text search over the quoted words whose hits carry a snippet with the matched words marked. Filters combine with AND. Paginated by `cursor`.",
        querystring: QuotationListQuerySchema,
        response: QuotationListResponses,
      },
    },
    async (request, reply) => answerList(request, reply, 'listQuotations', request.query, itemOf(QuotationListSchema)),
  );

  app.get(
    '/quotations/:id',
    {
      schema: {
        operationId: 'getQuotation',
        tags: ['quotations'],
        summary: 'One quotation, with the words around it',
        description:
          "A quotation with its speaker, how the speaker was found, its article and source, and its sentence in the article's cleaned body with the quotation's offsets inside it.",
        params: QuotationIdParamsSchema,
        querystring: NoQuerySchema,
        response: QuotationDetailResponses,
      },
    },
    async (request) => request.read('getQuotation', request.params.id),
  );
};

export default quotations;
