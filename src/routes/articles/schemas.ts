import { z } from 'zod';
import {
  ArticleRefSchema,
  BasisSchema,
  DateMatchSchema,
  DatePrecisionSchema,
  EntityRefSchema,
  EntityTypeSchema,
  fieldsParam,
  IdSchema,
  listOf,
  PageParams,
  PartialDateParamSchema,
  PublishedSchema,
  repeatable,
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

export const ArticleListItemSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable().describe('Null when the page carries no headline.'),
    source: ArticleRefSchema.shape.source,
    language: z.string(),
    published: PublishedSchema.nullable(),
    wordCount: z.number().int().describe('Words in the cleaned body.'),
    topEntities: z.array(MentionedEntitySchema).describe('The five entities mentioned most.'),
    match: SearchMatchSchema.optional().describe('With `q`: why the article matched.'),
  })
  .meta({
    id: 'ArticleListItem',
    example: {
      id: 'putin-kim-sign-comprehensive-pact',
      title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
      source: { id: 'newsman', name: 'Newsman' },
      language: 'en',
      published: { date: '2024-06', precision: 'month', basis: 'inferred', note: 'The header date…' },
      wordCount: 453,
      topEntities: [{ id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', mentionCount: 16 }],
    },
  });

export const ArticleListSchema = listOf(ArticleListItemSchema, 'ArticleList');

export const ArticleListQuerySchema = z.object({
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
    textOrigin: z.enum(['original', 'machine-translated', 'machine-paraphrased']),
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
      published: {
        date: '2024-06',
        precision: 'month',
        basis: 'inferred',
        note: 'The header date "Thursday, July 25, 2024" is the site’s date bar…',
      },
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
  .meta({
    id: 'Mention',
    example: {
      id: 245,
      entity: { id: 'kim-jong-un', name: 'Kim Jong-un', type: 'person' },
      start: 646,
      end: 653,
      surface: 'Mr. Kim',
      matchedBy: 'family-name',
      context: {
        text: 'used by the West to maintain its hegemony.”  Putin thanked Mr. Kim for the North Korean leader’s support war in Ukraine as he',
        start: 59,
        end: 66,
      },
    },
  });

export const MentionListSchema = listOf(MentionSchema, 'MentionList');

export const MentionListQuerySchema = z.object({
  entity: repeatable(IdSchema).optional().describe('Only mentions of these entities.'),
  type: repeatable(EntityTypeSchema).optional().describe('Only mentions of entities of these types.'),
  fields: fieldsParam(MentionSchema),
  ...PageParams,
});
