import { z } from 'zod';
import {
  BasisSchema,
  DatePrecisionSchema,
  errorResponses,
  fieldsParam,
  idParams,
  invalidParamsExample,
  jsonResponse,
  listOf,
  listResponse,
  notFoundExample,
  PageParams,
  queryOf,
  sparseListOf,
} from '../common-schemas.ts';

/** The outlets that published the articles, with what their pages tell about them. */

export const SOURCE_SORTS = ['name', '-articles', 'id'] as const;

export const SourceCoverageSchema = z
  .object({
    from: z.string().describe('First day any of its articles can have been published, YYYY-MM-DD.'),
    to: z.string().describe('Last day any of its articles can have been published, YYYY-MM-DD.'),
  })
  .meta({ id: 'SourceCoverage', example: { from: '2024-06-01', to: '2024-06-30' } });

const sourceFields = {
  id: z.string(),
  name: z.string().nullable().describe('Null when the page never names its outlet.'),
  nameBasis: BasisSchema.nullable().describe('Printed as the site’s own name, or derived (see `nameNote`).'),
  nameNote: z.string().nullable().describe('How the name was found, or why there is none.'),
  homepage: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string().nullable().describe("The outlet's language, ISO 639-1."),
  kind: z.string().nullable().describe('What kind of outlet it is, when the page tells.'),
  articleCount: z.number().int().describe('Its articles in the corpus.'),
  languages: z.array(z.string()).describe('Distinct languages of its articles, sorted.'),
  coverage: SourceCoverageSchema.nullable().describe(
    'The days its articles span (earliest possible publication to latest); null when no article is dated.',
  ),
};

const NEWSMAN = {
  id: 'newsman',
  name: 'Newsman',
  nameBasis: 'inferred',
  nameNote:
    'The story opens with the credit "Newsman:" where a wire dateline would stand; the page\'s mission statement speaks for the site but does not name it.',
  homepage: null,
  country: null,
  language: 'en',
  kind: null,
  articleCount: 1,
  languages: ['en'],
  coverage: { from: '2024-06-01', to: '2024-06-30' },
};

export const SourceSchema = z.object(sourceFields).meta({ id: 'Source', example: NEWSMAN });

/** `GET /v1/sources?q=newsman`. */
export const SourceListSchema = listOf(SourceSchema, 'SourceList', { data: [NEWSMAN], nextCursor: null });

export const SourceListSparseSchema = sparseListOf(SourceSchema, 'SourceListSparse', {
  data: [{ id: NEWSMAN.id, name: NEWSMAN.name }],
  nextCursor: null,
});

export const SourceListQuerySchema = queryOf({
  language: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a 2-letter ISO 639-1 code such as `en`')
    .transform((v) => v.toLowerCase())
    .optional()
    .describe("The outlet's language, a 2-letter ISO 639-1 code: `en`."),
  q: z
    .string()
    .max(200, 'must be at most 200 characters')
    .refine((v) => v.trim().length > 0, 'must not be blank')
    .optional()
    .describe('Case-insensitive substring of the name (surrounding spaces are ignored); unnamed outlets never match.'),
  sort: z
    .enum(SOURCE_SORTS)
    .default('name')
    .describe(
      '`name` (default): by name, unnamed outlets last, then by id; `-articles`: most articles first, then by id; `id`.',
    ),
  fields: fieldsParam(SourceSchema),
  ...PageParams,
});

export type SourceListQuery = z.infer<typeof SourceListQuerySchema>;

export const SourceArticleSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable().describe('Null when the page has no headline.'),
    publishedDate: z
      .string()
      .nullable()
      .describe('ISO date as precise as the page allows: YYYY, YYYY-MM or YYYY-MM-DD.'),
    publishedPrecision: DatePrecisionSchema.nullable(),
  })
  .meta({
    id: 'SourceArticle',
    example: {
      id: 'putin-kim-sign-comprehensive-pact',
      title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
      publishedDate: '2024-06',
      publishedPrecision: 'month',
    },
  });

export const SourceDetailSchema = z
  .object({
    ...sourceFields,
    selfDescription: z.string().nullable().describe("The outlet's description of itself, verbatim."),
    notes: z.string().nullable(),
    articles: z.array(SourceArticleSchema).describe('Its articles, newest first.'),
  })
  .meta({
    id: 'SourceDetail',
    example: {
      ...NEWSMAN,
      selfDescription:
        'This mission is rooted in our belief that great journalism has the power to enrich the experience of life…',
      notes:
        'The page header shows the date "Thursday, July 25, 2024", the day the page was displayed, not the story\'s date.',
      articles: [
        {
          id: 'putin-kim-sign-comprehensive-pact',
          title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
          publishedDate: '2024-06',
          publishedPrecision: 'month',
        },
      ],
    },
  });

export type SourceItem = z.infer<typeof SourceSchema>;
export type SourceDetail = z.infer<typeof SourceDetailSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The routes' responses.

export const SourceIdParamsSchema = idParams('source', 'newsman');

export const SourceListResponses = {
  200: listResponse('Outlets, by name unless `sort` says otherwise.', {
    item: SourceSchema,
    list: SourceListSchema,
    sparse: SourceListSparseSchema,
  }),
  ...errorResponses({
    url: '/v1/sources',
    list: true,
    invalid: [
      invalidParamsExample('unknownSort', 'A sort the list does not offer', '/v1/sources?sort=popularity', [
        ['querystring.sort', 'must be one of name, -articles, id'],
      ]),
    ],
  }),
};

export const SourceDetailResponses = {
  200: jsonResponse('The outlet and its articles.', SourceDetailSchema),
  ...errorResponses({
    url: '/v1/sources/newsman',
    invalid: [
      invalidParamsExample('malformedId', 'An id that is not kebab-case', '/v1/sources/News%20Man', [
        ['params.id', 'must be a lower-case kebab-case id'],
      ]),
    ],
    notFound: notFoundExample('source', '/v1/sources/no-such-source', 'no-such-source'),
  }),
};
