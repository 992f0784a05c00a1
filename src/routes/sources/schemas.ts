import { z } from 'zod';
import { BasisSchema, DatePrecisionSchema, fieldsParam, listOf, PageParams } from '../common-schemas.ts';

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

const news7f = {
  id: 'news7f',
  name: 'News7f',
  nameBasis: 'stated',
  nameNote: 'The page\'s footer names the site "News7f" and describes it as "News 7F".',
  homepage: null,
  country: null,
  language: 'en',
  kind: 'online news site',
  articleCount: 1,
  languages: ['en'],
  coverage: { from: '2024-06-01', to: '2024-06-30' },
};

export const SourceSchema = z.object(sourceFields).meta({ id: 'Source', example: news7f });

export const SourceListSchema = listOf(SourceSchema, 'SourceList');

export const SourceListQuerySchema = z.object({
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
      id: 'putin-lavish-welcome-kim-closer-ties',
      title: 'Vladimir Putin receives lavish welcome in North Korea as Kim Jong Un vows closer ties',
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
      ...news7f,
      selfDescription:
        "News 7F: Update the world's latest breaking news online of the day, breaking news, politics, society today, international mainstream news .Updated news 24/7: Entertainment, Sports...at the World everyday world. Hot news, images, video clips that are updated quickly and reliably",
      notes: null,
      articles: [
        {
          id: 'putin-lavish-welcome-kim-closer-ties',
          title: 'Vladimir Putin receives lavish welcome in North Korea as Kim Jong Un vows closer ties',
          publishedDate: '2024-06',
          publishedPrecision: 'month',
        },
      ],
    },
  });

export type SourceItem = z.infer<typeof SourceSchema>;
export type SourceDetail = z.infer<typeof SourceDetailSchema>;
