import { TextDecoder } from 'node:util';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ingestPageWith, type PageSubmission } from '../../ingest/store.ts';
import { MAX_PAGE_BYTES, PageSubmissionSchema } from '../../ingest/submission.ts';
import { invalidParam, notFound } from '../../lib/errors.ts';
import { HttpProblem } from '../../plugins/errors.ts';
import { NoQuerySchema } from '../common-schemas.ts';
import { answerList, itemOf } from '../list-answer.ts';
import { getArticle } from './queries.ts';
import {
  ArticleDetailResponses,
  ArticleIdParamsSchema,
  ArticleListQuerySchema,
  ArticleListResponses,
  ArticleListSchema,
  INGEST_BODY_EXAMPLES,
  type IngestQuery,
  IngestQuerySchema,
  IngestResponses,
  MentionListQuerySchema,
  MentionListResponses,
  MentionListSchema,
} from './schemas.ts';

/** The media types `POST /v1/articles` takes: a page as JSON with what the client knows of it, or the page alone. */
export const INGEST_MEDIA_TYPES = ['application/json', 'text/plain', 'text/html'] as const;
type IngestMediaType = (typeof INGEST_MEDIA_TYPES)[number];

/** The media type of a request (lower case, without parameters) and its charset parameter. */
function mediaTypeOf(header: string | undefined): { type: string; charset: string | null } {
  const [type = '', ...params] = (header ?? '').split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1]).find(Boolean);
  return { type: type.trim().toLowerCase(), charset: charset ?? null };
}

/** A body's text in its declared charset (UTF-8 unless it says otherwise); bytes that are not of it are a 400. */
function decodeBody(body: Buffer, charset: string | null): string {
  const label = charset ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new HttpProblem(415, 'Unsupported media type', `The charset "${label}" is not one this service can decode.`);
  }
  try {
    return decoder.decode(body);
  } catch {
    const utf8 = decoder.encoding === 'utf-8';
    throw new HttpProblem(
      400,
      'Bad request',
      utf8
        ? 'The body is not valid UTF-8: declare its charset (text/plain; charset=windows-1252) if it is in another one.'
        : `The body is not valid ${decoder.encoding}.`,
    );
  }
}

/** JSON as `JSON.parse` reads it, with where it stopped making sense when it says so. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = /at position (\d+)/.exec((error as Error).message)?.[1];
    throw new HttpProblem(400, 'Bad request', `The body is not valid JSON${at ? ` (at character ${at})` : ''}.`);
  }
}

/**
 * A body as the page submission it is: JSON as sent (the schema checks it), a text/plain or text/html page as its
 * content. Read from the raw bytes, so that the charset is honoured and bytes that are not text are refused.
 */
function parseIngestBody(request: FastifyRequest, body: Buffer): unknown {
  const { type, charset } = mediaTypeOf(request.headers['content-type']);
  if (type === 'application/json') {
    if (body.length === 0)
      throw new HttpProblem(400, 'Bad request', 'The body is empty, but its Content-Type says it is JSON.');
    return parseJson(decodeBody(body, charset));
  }
  return { content: decodeBody(body, charset), contentType: type };
}

/** What the query states of a text body; refused beside a JSON body, which states it in its own fields. */
function statedInQuery(request: FastifyRequest, query: IngestQuery): Partial<PageSubmission> {
  const given = Object.entries(query).filter(([, value]) => value !== undefined);
  const { type } = mediaTypeOf(request.headers['content-type']);
  if ((type as IngestMediaType) === 'application/json' && given.length > 0) {
    const [name] = given[0] as [string, unknown];
    throw invalidParam(name, `is only for a text/plain or text/html body; a JSON body gives \`${name}\` as a field`);
  }
  return Object.fromEntries(given);
}

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

  // Only this route reads bodies: its parsers replace the defaults here alone.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser([...INGEST_MEDIA_TYPES], { parseAs: 'buffer' }, (request, body, done) => {
    try {
      done(null, parseIngestBody(request, body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  app.post(
    '/articles',
    {
      bodyLimit: MAX_PAGE_BYTES,
      onRequest: app.requireIngestKey,
      schema: {
        operationId: 'ingestArticle',
        tags: ['articles'],
        summary: 'Ingest one scraped page',
        description: [
          'Stores one scraped page as an article: the page is cleaned (furniture dropped line by line, with the reason), its title, language, published date and outlet are read or inferred, its mentions of known people, organizations, places and countries are linked, and it is indexed for search, all in one transaction. Readers see the whole article or nothing of it.',
          'The body is the page as `text/plain` (as scraped: any line endings, HTML entities left in; `charset` honoured, UTF-8 by default) or `text/html` (the text is extracted with Readability and the page’s metadata read), or a JSON `PageSubmission` that also states what the client knows: what it states wins over what the pipeline infers, and is marked as stated by the client. With a text body, the query can state the same (`url`, `source`, `title`, `language`, `published`).',
          `At most ${MAX_PAGE_BYTES} bytes. Answers 201 with the article as \`GET /v1/articles/{id}\` does, and \`ingest\`, the report of what was dropped, found and inferred. The same page again answers 200 with the article it made, and changes nothing. Needs the ingest API key: \`Authorization: Bearer <key>\`.`,
        ].join('\n\n'),
        consumes: [...INGEST_MEDIA_TYPES],
        security: [{ bearerAuth: [] }],
        querystring: IngestQuerySchema,
        body: PageSubmissionSchema,
        bodyExamples: INGEST_BODY_EXAMPLES,
        response: IngestResponses,
      },
    },
    async (request, reply) => {
      const writer = request.server.writer;
      if (!writer) throw new Error('ingest has no writer connection');
      const submission: PageSubmission = { ...request.body, ...statedInQuery(request, request.query) };
      // The pipeline runs in its thread; only the short write (and the read after it) runs on the event loop.
      const outcome = await ingestPageWith(request.server.preparePage, writer, submission, {
        provenance: 'POST /v1/articles',
      });
      // Read on the writer's connection: the article is there as soon as the transaction has committed.
      const article = getArticle(writer, outcome.articleId);
      if (!article) throw new Error(`the article ${outcome.articleId} just stored is not there`);
      return reply
        .code(outcome.status === 'created' ? 201 : 200)
        .header('location', `/v1/articles/${outcome.articleId}`)
        .send({ ...article, ingest: outcome.report });
    },
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
          'Each mention of an entity in the article’s cleaned body, in reading order, with its exact offsets, the surface text, how it was linked (filter by it with `matchedBy` to keep the surest links) and the words around it.',
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
