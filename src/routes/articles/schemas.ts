import { z } from 'zod';
import { TEXT_ORIGINS } from '../../db/schema.ts';
import {
  ArticleRefSchema,
  BasisSchema,
  DateMatchSchema,
  DatePrecisionSchema,
  EntityRefSchema,
  EntityTypeSchema,
  errorResponses,
  fieldsParam,
  IdSchema,
  idParams,
  invalidParamsExample,
  jsonResponse,
  listOf,
  listResponse,
  notFoundExample,
  PageParams,
  PartialDateParamSchema,
  PublishedSchema,
  queryOf,
  repeatable,
  sparseListOf,
} from '../common-schemas.ts';

export const ARTICLE_SORTS = ['-publishedAt', 'publishedAt', 'relevance'] as const;

export const MentionedEntitySchema = EntityRefSchema.extend({
  mentionCount: z.number().int().describe('Mentions of the entity in this article.'),
}).meta({
  id: 'MentionedEntity',
  example: { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', mentionCount: 16 },
});

export const HighlightSchema = z
  .object({ start: z.number().int(), end: z.number().int() })
  .meta({ id: 'Highlight', description: 'A matched stretch of the snippet: `snippet.slice(start, end)`.' });

export const SearchMatchSchema = z
  .object({
    score: z.number().describe('BM25 relevance; higher is better.'),
    snippet: z.string().describe('The best-matching passage of the title or body, plain text.'),
    highlights: z.array(HighlightSchema).describe('Where the matched words are in `snippet`.'),
    snippetHtml: z.string().describe('The snippet HTML-escaped, matched words wrapped in `<mark>`.'),
  })
  .meta({
    id: 'SearchMatch',
    example: {
      score: 0.0000020210592513829187,
      snippet:
        '…Comprehensive Strategic Partnership Treaty\n\nFollowing the bilateral negotiations, Putin and Kim signed a Treaty on Comprehensive Strategic Partnership, designed to “lay the groundwork” for…',
      highlights: [
        { start: 37, end: 43 },
        { start: 106, end: 112 },
      ],
      snippetHtml:
        '…Comprehensive Strategic Partnership <mark>Treaty</mark>\n\nFollowing the bilateral negotiations, Putin and Kim signed a <mark>Treaty</mark> on Comprehensive Strategic Partnership, designed to “lay the groundwork” for…',
    },
  });

const PACT_PUBLISHED = {
  date: '2024-06',
  precision: 'month',
  basis: 'inferred',
  note: 'The header date "Thursday, July 25, 2024" is the site\'s date bar, not the story\'s…',
};

const PACT_ITEM = {
  id: 'putin-kim-sign-comprehensive-pact',
  title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
  source: { id: 'newsman', name: 'Newsman' },
  language: 'en',
  published: PACT_PUBLISHED,
  wordCount: 453,
  topEntities: [
    { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', mentionCount: 16 },
    { id: 'russia', name: 'Russia', type: 'country', mentionCount: 9 },
    { id: 'north-korea', name: 'North Korea', type: 'country', mentionCount: 5 },
  ],
};

export const ArticleListItemSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable().describe('Null when the page carries no headline.'),
    source: ArticleRefSchema.shape.source,
    language: z.string(),
    published: PublishedSchema.nullable(),
    wordCount: z.number().int().describe('Words in the cleaned body.'),
    topEntities: z.array(MentionedEntitySchema).describe('The five entities mentioned most.'),
    match: SearchMatchSchema.optional().describe('Only with `q`: why the article matched.'),
  })
  .meta({ id: 'ArticleListItem', example: PACT_ITEM });

/** `GET /v1/articles?source=newsman`, its one article cut short. */
export const ArticleListSchema = listOf(ArticleListItemSchema, 'ArticleList', { data: [PACT_ITEM], nextCursor: null });

/** `GET /v1/articles?source=newsman&fields=title,published`. */
export const ArticleListSparseSchema = sparseListOf(ArticleListItemSchema, 'ArticleListSparse', {
  data: [{ id: PACT_ITEM.id, title: PACT_ITEM.title, published: PACT_PUBLISHED }],
  nextCursor: null,
});

export const ArticleListQuerySchema = queryOf({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(500, 'must be at most 500 characters')
    .optional()
    .describe(
      'Full-text search over title and body: words, "quoted phrases", prefix* , AND, OR, NOT and ( ); words side by side must all match. Stemmed: `sign` finds "signed". Ranked by BM25 (title weighs more); each hit carries a snippet with the matched words marked.',
    )
    .meta({ example: 'treaty AND (Kim OR Putin)' }),
  source: repeatable(IdSchema).optional().describe('Source id; repeat for any of several.'),
  person: repeatable(IdSchema).optional().describe('Person id; repeat for articles mentioning all of them.'),
  entity: repeatable(IdSchema)
    .optional()
    .describe('Entity id of any type; repeat for articles mentioning all of them.'),
  event: repeatable(IdSchema).optional().describe('Event id; repeat for articles attesting all of them.'),
  language: repeatable(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code'))
    .optional()
    .describe('Language code; repeat for any of several.'),
  from: PartialDateParamSchema.optional().describe('Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.'),
  to: PartialDateParamSchema.optional().describe('Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.'),
  dateMatch: DateMatchSchema,
  sort: z
    .enum(ARTICLE_SORTS)
    .optional()
    .describe('`-publishedAt` (newest first, the default), `publishedAt`, or `relevance` (the default with `q`).'),
  fields: fieldsParam(ArticleListItemSchema),
  ...PageParams,
});
export type ArticleListQuery = z.infer<typeof ArticleListQuerySchema>;

export const ArticleIdParamsSchema = idParams('article', 'putin-kim-sign-comprehensive-pact');

const ARTICLE_EVENT_EXAMPLE = {
  id: 'putin-kim-sign-partnership-treaty',
  title: 'Putin and Kim Jong-un sign a comprehensive strategic partnership treaty',
  date: '2024-06-19',
  precision: 'day',
  quote:
    'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed Wednesday what they called a “comprehensive” diplomatic and defense pact.',
  start: 9,
  end: 158,
  claim: null,
};

export const ArticleEventSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string(),
    precision: DatePrecisionSchema,
    quote: z.string().describe('The article’s own words reporting the event, verbatim.'),
    start: z.number().int(),
    end: z.number().int(),
    claim: z.string().nullable().describe('This article’s version, where the articles disagree.'),
  })
  .meta({ id: 'ArticleEvent', example: ARTICLE_EVENT_EXAMPLE });

export const ArticleDetailSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    source: z.object({
      id: z.string(),
      name: z.string().nullable(),
      homepage: z.string().nullable(),
      country: z.string().nullable(),
      kind: z.string().nullable(),
    }),
    language: z.string(),
    published: PublishedSchema.nullable(),
    textOrigin: z
      .enum(TEXT_ORIGINS)
      .describe('How the text came to be: `unassessed` for an ingested page no one has checked yet.'),
    textOriginNote: z.string().nullable(),
    originalPublisher: z
      .object({ name: z.string(), basis: BasisSchema, note: z.string().nullable() })
      .nullable()
      .describe('The outlet whose story the page carries, where there is evidence.'),
    wordCount: z.number().int(),
    body: z.string().describe('The cleaned story text; every offset in this API indexes into it (UTF-16).'),
    rawText: z.string().describe('The page exactly as scraped.'),
    entities: z
      .array(MentionedEntitySchema.extend({ firstOffset: z.number().int() }))
      .describe('Every entity mentioned, most mentioned first.'),
    events: z.array(ArticleEventSchema).describe('The events the article attests, in date order.'),
  })
  .meta({
    id: 'ArticleDetail',
    example: {
      id: 'putin-kim-sign-comprehensive-pact',
      title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
      source: { id: 'newsman', name: 'Newsman', homepage: null, country: null, kind: null },
      language: 'en',
      published: PACT_PUBLISHED,
      textOrigin: 'original',
      textOriginNote: 'Some sentences are garbled in the page…',
      originalPublisher: null,
      wordCount: 453,
      body: 'Newsman: Russian President Vladimir Putin and North Korean leader Kim Jong Un signed Wednesday what they called a “comprehensive” diplomatic and defense pact.\n\n…',
      rawText:
        'Thursday, July 25, 2024\nHomeDiplomacyPutin signed a "comprehensive" diplomatic and defense pact with Kim Jong Un\n…',
      entities: [
        { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', mentionCount: 16, firstOffset: 27 },
        { id: 'russia', name: 'Russia', type: 'country', mentionCount: 9, firstOffset: 617 },
      ],
      events: [ARTICLE_EVENT_EXAMPLE],
    },
  });

const PUTIN_FAMILY_NAME_MENTION = {
  id: 188,
  entity: { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person' },
  start: 188,
  end: 193,
  surface: 'Putin',
  matchedBy: 'family-name',
  context: {
    text: 'diplomatic and defense pact.  The agreement was signed as Putin made a rare trip to North Korea, his first in nearly a',
    start: 58,
    end: 63,
  },
};

export const MentionSchema = z
  .object({
    id: z.number().int(),
    entity: EntityRefSchema,
    start: z.number().int().describe('Offset of the mention in the cleaned body (UTF-16), inclusive.'),
    end: z.number().int().describe('Offset just past the mention.'),
    surface: z.string().describe('The text as it stands: `body.slice(start, end)`.'),
    matchedBy: z
      .enum(['alias', 'family-name'])
      .describe('`alias`: a full name; `family-name`: "Kim" or "Mr. Kim", resolved within the article.'),
    context: z
      .object({
        text: z.string(),
        start: z.number().int().describe('Where the mention starts in `text`.'),
        end: z.number().int(),
      })
      .describe('The words around the mention.'),
  })
  .meta({ id: 'Mention', example: PUTIN_FAMILY_NAME_MENTION });

/** `GET /v1/articles/putin-kim-sign-comprehensive-pact/mentions?limit=100`, cut to its first mention by family name alone. */
export const MentionListSchema = listOf(MentionSchema, 'MentionList', {
  data: [PUTIN_FAMILY_NAME_MENTION],
  nextCursor: null,
});

export const MentionListSparseSchema = sparseListOf(MentionSchema, 'MentionListSparse', {
  data: [{ id: 188, surface: 'Putin', start: 188, end: 193 }],
  nextCursor: null,
});

export const MentionListQuerySchema = queryOf({
  entity: repeatable(IdSchema).optional().describe('Only mentions of these entities.'),
  type: repeatable(EntityTypeSchema).optional().describe('Only mentions of entities of these types.'),
  fields: fieldsParam(MentionSchema),
  ...PageParams,
});

// ---------------------------------------------------------------------------------------------------------------
// The routes' responses.

const ARTICLE = '/v1/articles/putin-kim-sign-comprehensive-pact';

export const ArticleListResponses = {
  200: listResponse('Articles, newest first (or by relevance with `q`).', {
    item: ArticleListItemSchema,
    list: ArticleListSchema,
    sparse: ArticleListSparseSchema,
  }),
  ...errorResponses({
    url: '/v1/articles',
    list: true,
    invalid: [
      invalidParamsExample('limitTooLarge', 'A limit over 100', '/v1/articles?limit=1000', [
        ['querystring.limit', 'must be at most 100'],
      ]),
      invalidParamsExample('misspeltParameter', 'A misspelt parameter', '/v1/articles?persn=vladimir-putin', [
        ['querystring.persn', 'is not a parameter of this route; did you mean "person"?'],
      ]),
    ],
  }),
};

export const ArticleDetailResponses = {
  200: jsonResponse('The article.', ArticleDetailSchema),
  ...errorResponses({
    url: ARTICLE,
    invalid: [
      invalidParamsExample('malformedId', 'An id that is not kebab-case', '/v1/articles/Putin-Kim', [
        ['params.id', 'must be a lower-case kebab-case id'],
      ]),
    ],
    notFound: notFoundExample('article', '/v1/articles/no-such-article', 'no-such-article'),
  }),
};

export const MentionListResponses = {
  200: listResponse('The mentions in the article, in reading order.', {
    item: MentionSchema,
    list: MentionListSchema,
    sparse: MentionListSparseSchema,
  }),
  ...errorResponses({
    url: `${ARTICLE}/mentions`,
    list: true,
    invalid: [
      invalidParamsExample('unknownType', 'An entity type that does not exist', `${ARTICLE}/mentions?type=politician`, [
        ['querystring.type', 'must be one of person, organization, place, country'],
      ]),
    ],
    notFound: notFoundExample('article', '/v1/articles/no-such-article/mentions', 'no-such-article'),
  }),
};
