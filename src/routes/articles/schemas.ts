import { z } from 'zod';
import { ARTICLE_ORIGINS, MATCHED_BY, TEXT_ORIGINS } from '../../db/schema.ts';
import { MAX_PAGE_BYTES, PageSubmissionSchema } from '../../ingest/submission.ts';
import { clientProblem } from '../../plugins/errors.ts';
import {
  ArticleRefSchema,
  BasisSchema,
  DateMatchSchema,
  DatePrecisionSchema,
  EntityRefSchema,
  EntityTypeSchema,
  errorResponses,
  fieldsParam,
  HighlightSchema,
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
  problemResponse,
  queryOf,
  repeatable,
  sparseListOf,
} from '../common-schemas.ts';

export const ARTICLE_SORTS = ['-publishedAt', 'publishedAt', 'relevance'] as const;

export const MentionedEntitySchema = EntityRefSchema.extend({
  mentionCount: z.number().int().describe('Mentions of the entity in this article.'),
}).meta({
  id: 'MentionedEntity',
  example: { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed', mentionCount: 16 },
});

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
  time: null,
  timezone: null,
};

const PACT_ITEM = {
  id: 'putin-kim-sign-comprehensive-pact',
  title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
  source: { id: 'newsman', name: 'Newsman' },
  language: 'en',
  published: PACT_PUBLISHED,
  wordCount: 453,
  topEntities: [
    { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed', mentionCount: 16 },
    { id: 'russia', name: 'Russia', type: 'country', status: 'confirmed', mentionCount: 9 },
    { id: 'north-korea', name: 'North Korea', type: 'country', status: 'confirmed', mentionCount: 5 },
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
    origin: z
      .enum(ARTICLE_ORIGINS)
      .describe(
        '`seed`: curated in the seed corpus; `ingest`: a page posted to `POST /v1/articles` or ingested from a file.',
      ),
    url: z.string().nullable().describe('Where the page was fetched from, when known.'),
    ingestedAt: z.string().nullable().describe('When an ingested page was stored (ISO 8601, UTC); null for the seed.'),
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
      origin: 'seed',
      url: null,
      ingestedAt: null,
      body: 'Newsman: Russian President Vladimir Putin and North Korean leader Kim Jong Un signed Wednesday what they called a “comprehensive” diplomatic and defense pact.\n\n…',
      rawText:
        'Thursday, July 25, 2024\nHomeDiplomacyPutin signed a "comprehensive" diplomatic and defense pact with Kim Jong Un\n…',
      entities: [
        {
          id: 'vladimir-putin',
          name: 'Vladimir Putin',
          type: 'person',
          status: 'confirmed',
          mentionCount: 16,
          firstOffset: 27,
        },
        { id: 'russia', name: 'Russia', type: 'country', status: 'confirmed', mentionCount: 9, firstOffset: 617 },
      ],
      events: [ARTICLE_EVENT_EXAMPLE],
    },
  });

const MatchedBySchema = z
  .enum(MATCHED_BY)
  .describe(
    'How the mention was linked, surest first. `exact`: the entity\'s name (or its name in the page\'s language); `alias`: another spelling listed for it; `family-name`: a bare family name ("Kim"; a title before it is not part of the mention) of the one person of that name the article names in full (or, when no one else bears the name, calls by a title: "President Putin"); `context`: a family name several people in the article share, settled by where it stands in the text (the nearest full name earlier in the sentence, else the person the sentence before speaks of, else the one the article names most, else the one named last).',
  );

const PUTIN_FAMILY_NAME_MENTION = {
  id: 196,
  entity: { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed' },
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
    matchedBy: MatchedBySchema,
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
  data: [{ id: 196, surface: 'Putin', start: 188, end: 193 }],
  nextCursor: null,
});

export const MentionListQuerySchema = queryOf({
  entity: repeatable(IdSchema).optional().describe('Only mentions of these entities.'),
  type: repeatable(EntityTypeSchema).optional().describe('Only mentions of entities of these types.'),
  matchedBy: repeatable(MatchedBySchema)
    .optional()
    .describe(
      'Only mentions linked this way; repeat for any of several (`matchedBy=exact&matchedBy=alias` for the surest links).',
    ),
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

// ---------------------------------------------------------------------------------------------------------------
// Ingest: `POST /v1/articles`.

const InferenceFields = {
  basis: BasisSchema.nullable().describe(
    '`stated` by the page (or the client), `inferred` by the pipeline; null when there is no value.',
  ),
  source: z.string().nullable().describe('Where the value was read: a meta tag, a line number, the URL, "the client".'),
  evidence: z.string().describe('How the value was found, or why there is none.'),
};

const inferenceOf = (value: z.ZodType) => z.object({ value: value.nullable(), ...InferenceFields });

export const IngestReportSchema = z
  .object({
    extractor: z
      .enum(['text', 'readability', 'body'])
      .describe(
        'How the text was read: as sent (`text`), with Readability from HTML, or from the HTML body as a whole.',
      ),
    keptLines: z.number().int().describe('Lines kept as the story.'),
    dropped: z
      .array(
        z.object({
          lineNumber: z.number().int().describe('1-based, in the normalised text (or the text extracted from HTML).'),
          text: z.string(),
          reason: z.string().describe('Why it is not story: `title`, `navigation`, `byline`, `share`, `short`, …'),
          detail: z.string().describe('The evidence: the phrase recognised, or the measures that classed the line.'),
        }),
      )
      .describe('Every line dropped, and why.'),
    mentions: z.object({
      count: z.number().int().describe('Mentions linked to an entity.'),
      entities: z
        .array(z.object({ id: z.string(), name: z.string(), mentionCount: z.number().int() }))
        .describe('The entities mentioned, most mentioned first.'),
      unresolved: z
        .array(
          z.object({
            surface: z.string(),
            start: z.number().int(),
            end: z.number().int(),
            candidates: z.array(z.string()).describe('The people it could mean.'),
          }),
        )
        .describe('Family names that could mean no one or several people named in full in the page, left unlinked.'),
      candidates: z
        .array(
          z.object({
            id: z.string(),
            type: EntityTypeSchema,
            name: z.string(),
            aliases: z.array(z.string()).describe('Every spelling the page used, the listed name first.'),
            foundBy: z.string().describe('The rule and the words that found it.'),
          }),
        )
        .optional()
        .describe(
          'Names that match no entity, added as candidate entities (absent from the reports of pages stored before candidates were found).',
        ),
      quotations: z
        .object({ count: z.number().int(), attributed: z.number().int().describe('Those with a known speaker.') })
        .optional()
        .describe(
          'The quotations found in the page (absent from the reports of pages stored before quotations were found).',
        ),
    }),
    inferred: z
      .object({
        title: inferenceOf(z.string()),
        language: inferenceOf(z.string()),
        published: inferenceOf(
          z.object({
            date: z.string(),
            precision: DatePrecisionSchema,
            time: z.string().nullable(),
            zone: z.string().nullable(),
            utcOffset: z.string().nullable(),
          }),
        ),
        outlet: inferenceOf(z.string()).extend({
          host: z.string().nullable().describe('The outlet’s web host, from the URL.'),
          sourceId: z.string().describe('The source the article was filed under.'),
          newSource: z.boolean().describe('Whether that source was created for this page.'),
        }),
      })
      .describe('Title, language, published date and outlet: each value with its basis, where it was read and how.'),
    normalization: z
      .array(
        z.object({
          kind: z
            .string()
            .describe('`line-endings`, `html-entities`, `zero-width`, `no-break-space`, `soft-hyphen`, `unicode-nfc`.'),
          count: z.number().int(),
          lines: z.array(z.number().int()).describe('Where it happened (at most 20 lines).'),
          examples: z.array(z.string()),
        }),
      )
      .describe('What was changed in the text before cleaning: nothing else is.'),
    warnings: z.array(z.string()).describe('Doubts about the page worth a look.'),
  })
  .meta({ id: 'IngestReport', description: 'What the pipeline did with a page.' });

export const IngestedArticleSchema = ArticleDetailSchema.extend({
  ingest: IngestReportSchema.nullable().describe(
    'What the pipeline did with the page: the lines it dropped and why, the mentions it found, what it inferred and from what, its warnings. The same report again when the page had been posted before; null for a page of the seed corpus.',
  ),
}).meta({ id: 'IngestedArticle' });

/** What a text body may state beside the page: the fields a JSON body carries, as query parameters. */
export const IngestQuerySchema = queryOf({
  url: PageSubmissionSchema.shape.url
    .unwrap()
    .unwrap()
    .optional()
    // No example: the docs would send it beside the JSON example body, which states its own url.
    .describe('For a text/plain or text/html body: where the page was fetched from (its host names the outlet).'),
  source: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('For a text body: the outlet, as an existing source id or the outlet’s name.'),
  title: z.string().trim().min(1).max(1000).optional().describe('For a text body: the headline.'),
  language: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 639-1 code')
    .optional()
    .describe('For a text body: ISO 639-1 code of the page’s language.'),
  published: PageSubmissionSchema.shape.published
    .unwrap()
    .unwrap()
    .optional()
    .describe('For a text body: when the page was published, YYYY … YYYY-MM-DDTHH:MM±HH:MM.'),
});
export type IngestQuery = z.infer<typeof IngestQuerySchema>;

const EXAMPLE_PAGE_TEXT = [
  'Putin and Kim sign a defence pact in Pyongyang',
  '',
  'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a mutual defence agreement in Pyongyang on Wednesday, the first pact of its kind between the two countries in decades.',
  '',
  'The agreement obliges each side to come to the other’s aid if it is attacked, Putin told reporters after talks that lasted several hours.',
  '',
].join('\n');

/** The example bodies of `POST /v1/articles`, one per media type: each ingests as is. */
export const INGEST_BODY_EXAMPLES = {
  'application/json': {
    content: EXAMPLE_PAGE_TEXT,
    contentType: 'text/plain',
    url: 'https://www.example.com/world/putin-kim-pact',
    source: 'Example World News',
    published: '2024-06-19T15:40+09:00',
  },
  'text/plain': EXAMPLE_PAGE_TEXT,
  'text/html': [
    '<!doctype html>',
    '<html lang="en"><head>',
    '<title>Kim Jong Un welcomes Putin to Pyongyang | Example Daily</title>',
    '<meta property="og:site_name" content="Example Daily">',
    '<meta property="article:published_time" content="2024-06-19T02:50:00+09:00">',
    '</head><body>',
    '<nav><a href="/">Home</a> <a href="/world">World</a></nav>',
    '<article><h1>Kim Jong Un welcomes Putin to Pyongyang</h1>',
    '<p>North Korean leader Kim Jong Un greeted Russian President Vladimir Putin at the airport in Pyongyang early on Wednesday, at the start of a two-day state visit.</p>',
    '<p>The two leaders rode together into the city, where crowds lined the streets, before talks on trade and security.</p>',
    '</article>',
    '<footer>© 2024 Example Daily. All rights reserved.</footer>',
    '</body></html>',
    '',
  ].join('\n'),
} as const;

/** Problems the ingest route answers, besides those of every route. */
const ingestProblem = (key: string, summary: string, status: number, detail: string, type?: string) => ({
  key,
  summary,
  value: {
    ...clientProblem(status, detail),
    ...(type ? { type } : {}),
    instance: '/v1/articles',
  },
});

const ARTICLE_LOCATION = {
  Location: { type: 'string', description: 'The article’s address: `/v1/articles/{id}`.' },
};

export const IngestResponses = {
  201: {
    description:
      'The page was stored as a new article: the article as `GET /v1/articles/{id}` answers it, with the ingest report.',
    content: { 'application/json': { schema: IngestedArticleSchema } },
    headers: ARTICLE_LOCATION,
  },
  200: {
    description:
      'The same page (same media type and content, byte for byte) was posted before: nothing changed, and the answer is the article it made, with its report.',
    content: { 'application/json': { schema: IngestedArticleSchema } },
    headers: ARTICLE_LOCATION,
  },
  ...errorResponses({ url: '/v1/articles', invalid: [] }),
  400: problemResponse(
    'The body or a parameter is not valid: `invalidParams` names each one (`body.content`, `querystring.url`) and says why; or the body is not valid JSON or not valid in its charset.',
    [
      invalidParamsExample('emptyPage', 'A page of only whitespace', '/v1/articles', [
        ['body.content', 'must not be empty or only whitespace'],
      ]),
      invalidParamsExample('badUrl', 'A JSON body whose url is not a web address', '/v1/articles', [
        ['body.url', 'must be an http or https URL'],
      ]),
      ingestProblem('malformedJson', 'A JSON body that does not parse', 400, 'The body is not valid JSON.'),
      ingestProblem(
        'notUtf8',
        'A text/plain body (UTF-8 by default) with bytes that are not UTF-8',
        400,
        'The body is not valid UTF-8: declare its charset (text/plain; charset=windows-1252) if it is in another one.',
      ),
    ],
  ),
  401: problemResponse(
    'No ingest API key, or not the right one: send `Authorization: Bearer <key>`. The answer carries `WWW-Authenticate: Bearer`.',
    [
      ingestProblem(
        'missingKey',
        'No Authorization header',
        401,
        'This route needs the ingest API key: send it as "Authorization: Bearer <key>".',
      ),
      ingestProblem('wrongKey', 'Another key', 401, 'The API key sent is not the ingest API key.'),
    ],
    { 'WWW-Authenticate': { type: 'string', description: '`Bearer realm="ingest"`.' } },
  ),
  403: problemResponse('Ingest is disabled on this service: it has no `INGEST_API_KEY`.', [
    ingestProblem(
      'ingestDisabled',
      'No INGEST_API_KEY set',
      403,
      'Ingest is disabled: the service has no INGEST_API_KEY set, so it accepts no writes.',
      '/problems/ingest-disabled',
    ),
  ]),
  429: problemResponse(
    'Too many writes from this client (`RATE_LIMIT_WRITES` per window); `Retry-After` says when to try again.',
    [
      ingestProblem(
        'rateLimited',
        'Rate limited',
        429,
        'At most 30 requests per 60 s from one client; retry after 1 minute.',
        '/problems/too-many-requests',
      ),
    ],
    { 'Retry-After': { type: 'integer', minimum: 0, description: 'Seconds to wait before trying again.' } },
  ),
  413: problemResponse(`The body is larger than ${MAX_PAGE_BYTES} bytes.`, [
    ingestProblem(
      'tooLarge',
      'A 3 MiB page',
      413,
      `The body is larger than the ${MAX_PAGE_BYTES} bytes this route takes.`,
    ),
  ]),
  415: problemResponse('The body is of a media type or charset the route does not take.', [
    ingestProblem(
      'unsupportedType',
      'Content-Type: application/pdf',
      415,
      'Content-Type "application/pdf" is not accepted here; send application/json, text/plain, text/html.',
    ),
  ]),
  422: problemResponse(
    'The page is well-formed but cannot be used: nothing of it reads as a story, or it is not text.',
    [
      ingestProblem(
        'noStory',
        'A page of navigation only',
        422,
        'content: no line of the page reads as story text (3 line(s) dropped as short)',
      ),
      ingestProblem('notText', 'A page with NUL characters', 422, 'content: is not text: it contains NUL characters'),
    ],
  ),
};
