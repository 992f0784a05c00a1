import { z } from 'zod';
import { ATTRIBUTIONS, QUOTATION_KINDS } from '../../db/schema.ts';
import {
  BooleanParamSchema,
  DateMatchSchema,
  EntityRefSchema,
  errorResponses,
  fieldsParam,
  HighlightSchema,
  IdSchema,
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
  SourceRefSchema,
  sparseListOf,
} from '../common-schemas.ts';

/** What the articles quote, verbatim, and who said it where the text tells. */

export const QUOTATION_SORTS = ['-published', 'published', 'relevance'] as const;

export const QuotationKindSchema = z
  .enum(QUOTATION_KINDS)
  .describe('`direct`: words in quotation marks; `reported`: words given as said ("Putin said that …").');

export const AttributionSchema = z
  .enum(ATTRIBUTIONS)
  .describe(
    'How the speaker was found: `after-quote` ("…," Putin said), `before-quote` (Putin said: "…" / Putin said that …), `according-to` ("…", according to Putin), `colon` (Putin: "…"), `pronoun` ("…," he said: the person the sentence before is about), `description` ("…," the spokeswoman said: the nearest person the text gave that title, before the name or in apposition; else the one person named whose curated description it fits, "the Russian president"; a definite role noun such as "the diplomat" is the person the text was just speaking of; "the statement said" is whoever the text last said made a statement), `interview` (an answer in a question-and-answer interview: the person the questions address by name, or the one quoted with a colon before the first question), `introduced` (a paragraph of quoted words alone, right after a sentence about one person and no one else: "Dr Park, a lecturer, was more cautious." then "“…”"; or a post under the line naming its author, "Olena Marchuk @OMarchuk_UA"), `repeated` (words quoted again, in a heading or a summary, that another quotation of the article gives with its speaker).',
  );

export const SpeakerTextSchema = z
  .object({
    surface: z.string().describe('The name as the text gives it: `body.slice(start, end)`.'),
    start: z.number().int().describe("UTF-16 offset of the name in the article's cleaned body."),
    end: z.number().int().describe('Offset just past the name.'),
  })
  .meta({ id: 'SpeakerText', example: { surface: 'Putin', start: 504, end: 509 } });

/** The article of the examples: the page dates the treaty's signing but prints no date of its own. */
const LAVISH_WELCOME = {
  id: 'putin-lavish-welcome-kim-closer-ties',
  title: 'Vladimir Putin receives lavish welcome in North Korea as Kim Jong Un vows closer ties',
  published: {
    date: '2024-06',
    precision: 'month' as const,
    basis: 'inferred' as const,
    note: 'The page prints no date. It reports the signing…',
    time: null,
    timezone: null,
  },
};

export const QuotationArticleSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable().describe('Null when the page carries no headline.'),
    published: PublishedSchema.nullable().describe('When the article was published; null when unknown.'),
  })
  .meta({
    id: 'QuotationArticle',
    example: LAVISH_WELCOME,
  });

export const QuotationMatchSchema = z
  .object({
    score: z.number().describe('BM25 relevance; higher is better.'),
    snippet: z.string().describe('The best-matching stretch of the quotation (all of it when short), plain text.'),
    highlights: z.array(HighlightSchema).describe('Where the matched words are in `snippet`.'),
    snippetHtml: z.string().describe('The snippet HTML-escaped, matched words wrapped in `<mark>`.'),
  })
  .meta({
    id: 'QuotationMatch',
    example: {
      score: 2.2670051902686668,
      snippet:
        'We will continue to oppose the use of suffocating sanctions as a tool used by the West to maintain its hegemony.',
      highlights: [{ start: 50, end: 59 }],
      snippetHtml:
        'We will continue to oppose the use of suffocating <mark>sanctions</mark> as a tool used by the West to maintain its hegemony.',
    },
  });

const quotationFields = {
  id: z.number().int(),
  text: z.string().describe('The quoted words, verbatim, without their quotation marks: `body.slice(start, end)`.'),
  start: z.number().int().describe("UTF-16 offset of the quotation in the article's cleaned body."),
  end: z.number().int().describe('Offset just past the quotation.'),
  kind: QuotationKindSchema,
  speaker: EntityRefSchema.nullable().describe(
    'Who said it (a candidate entity too); null when the text names no speaker the service can link.',
  ),
  speakerText: SpeakerTextSchema.nullable().describe(
    'Where the text names the speaker, as it names them; null when it names no one.',
  ),
  attribution: AttributionSchema.nullable().describe('How the speaker was found; null when no speaker was.'),
  verb: z
    .string()
    .nullable()
    .describe('The reporting verb as written ("said", "told", "a déclaré"), when there is one.'),
  cue: z.string().nullable().describe('The attributing words, verbatim ("Putin said", "according to Peskov").'),
  article: QuotationArticleSchema.describe('The article that quotes it.'),
  source: SourceRefSchema.describe("The article's outlet."),
};

/** `“These illegal actions …,” Putin said.` in putin-lavish-welcome-kim-closer-ties. */
const PUTIN_QUOTATION = {
  id: 37,
  text: 'These illegal actions are only aimed at weakening the world economic and political system,',
  start: 412,
  end: 502,
  kind: 'direct',
  speaker: { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed' },
  speakerText: { surface: 'Putin', start: 504, end: 509 },
  attribution: 'after-quote',
  verb: 'said',
  cue: 'Putin said',
  article: LAVISH_WELCOME,
  source: { id: 'news7f', name: 'News7f' },
};

export const QuotationSchema = z
  .object({
    ...quotationFields,
    match: QuotationMatchSchema.optional().describe('Only with `q`: why the quotation matched.'),
  })
  .meta({ id: 'Quotation', example: PUTIN_QUOTATION });

/** `GET /v1/quotations`, cut to one of Putin's. */
export const QuotationListSchema = listOf(QuotationSchema, 'QuotationList', {
  data: [PUTIN_QUOTATION],
  nextCursor: null,
});

/** `GET /v1/quotations?fields=text,speaker`, cut to the same one. */
export const QuotationListSparseSchema = sparseListOf(QuotationSchema, 'QuotationListSparse', {
  data: [{ id: PUTIN_QUOTATION.id, text: PUTIN_QUOTATION.text, speaker: PUTIN_QUOTATION.speaker }],
  nextCursor: null,
});

export const QuotationListQuerySchema = queryOf({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(500, 'must be at most 500 characters')
    .optional()
    .describe(
      'Full-text search over the quoted words, in the language of article search: words, "quoted phrases", prefix*, AND, OR, NOT and ( ); words side by side must all match. Stemmed: `sanction` finds "sanctions". Ranked by BM25; each hit carries a snippet with the matched words marked.',
    )
    .meta({ example: 'sanctions' }),
  speaker: repeatable(IdSchema)
    .optional()
    .describe('Entity id of the speaker (a person, or an organization that speaks); repeat for any of several.'),
  attributed: BooleanParamSchema.optional().describe(
    '`true`: only quotations whose speaker is known; `false`: only those whose speaker is not.',
  ),
  kind: QuotationKindSchema.optional(),
  article: repeatable(IdSchema).optional().describe('Article id; repeat for any of several.'),
  source: repeatable(IdSchema).optional().describe('Source id; repeat for any of several.'),
  from: PartialDateParamSchema.optional().describe(
    "The article's published date on or after: YYYY, YYYY-MM or YYYY-MM-DD. See `dateMatch`.",
  ),
  to: PartialDateParamSchema.optional().describe(
    "The article's published date on or before: YYYY, YYYY-MM or YYYY-MM-DD. See `dateMatch`.",
  ),
  dateMatch: DateMatchSchema,
  sort: z
    .enum(QUOTATION_SORTS)
    .optional()
    .describe(
      "`-published` (the article's published date, newest first: the default), `published`, or `relevance` (the default with `q`). Quotations of one date go by id, in the same direction.",
    ),
  fields: fieldsParam(QuotationSchema),
  ...PageParams,
});
export type QuotationListQuery = z.infer<typeof QuotationListQuerySchema>;

export const QuotationContextSchema = z
  .object({
    text: z.string().describe('The sentence or sentences the quotation stands in, within its paragraph.'),
    start: z.number().int().describe('Where the quotation starts in `text`.'),
    end: z.number().int().describe('Where it ends in `text`.'),
  })
  .meta({
    id: 'QuotationContext',
    example: {
      text: '“These illegal actions are only aimed at weakening the world economic and political system,” Putin said.',
      start: 1,
      end: 91,
    },
  });

export const QuotationDetailSchema = z
  .object({
    ...quotationFields,
    context: QuotationContextSchema.describe(
      'The words around the quotation: its sentence in the article, at most 200 characters either side.',
    ),
  })
  .meta({
    id: 'QuotationDetail',
    example: {
      ...PUTIN_QUOTATION,
      context: {
        text: '“These illegal actions are only aimed at weakening the world economic and political system,” Putin said.',
        start: 1,
        end: 91,
      },
    },
  });

export type QuotationItem = z.infer<typeof QuotationSchema>;
export type QuotationDetail = z.infer<typeof QuotationDetailSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The routes' responses.

/** A quotation's id in the path: a positive whole number, as `id` in the answers. */
export const QuotationIdParamsSchema = z.object({
  id: z.preprocess(
    (value) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value),
    z
      .number({ error: 'must be a positive whole number' })
      .int('must be a positive whole number')
      .min(1, 'must be a positive whole number')
      .describe("The quotation's id.")
      .meta({ examples: [PUTIN_QUOTATION.id] }),
  ),
});

export const QuotationListResponses = {
  200: listResponse("Quotations, by the article's published date, newest first (or by relevance with `q`).", {
    item: QuotationSchema,
    list: QuotationListSchema,
    sparse: QuotationListSparseSchema,
  }),
  ...errorResponses({
    url: '/v1/quotations',
    list: true,
    invalid: [
      invalidParamsExample('unknownSpeaker', 'A speaker id no entity has', '/v1/quotations?speaker=no-such-person', [
        ['querystring.speaker', 'no entity has the id "no-such-person"'],
      ]),
      invalidParamsExample('unknownKind', 'A kind that does not exist', '/v1/quotations?kind=indirect', [
        ['querystring.kind', 'must be one of direct, reported'],
      ]),
      invalidParamsExample('relevanceWithoutQ', 'Relevance without a search', '/v1/quotations?sort=relevance', [
        ['querystring.sort', 'relevance needs a full-text query q'],
      ]),
      invalidParamsExample('misspeltParameter', 'A misspelt parameter', '/v1/quotations?speakr=vladimir-putin', [
        ['querystring.speakr', 'is not a parameter of this route; did you mean "speaker"?'],
      ]),
    ],
  }),
};

export const QuotationDetailResponses = {
  200: jsonResponse('The quotation, with the words around it.', QuotationDetailSchema),
  ...errorResponses({
    url: `/v1/quotations/${PUTIN_QUOTATION.id}`,
    invalid: [
      invalidParamsExample('malformedId', 'An id that is not a positive whole number', '/v1/quotations/putin-1', [
        ['params.id', 'must be a positive whole number'],
      ]),
    ],
    notFound: notFoundExample('quotation', '/v1/quotations/999999', '999999'),
  }),
};
