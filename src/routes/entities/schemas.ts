import { z } from 'zod';
import {
  DatePrecisionSchema,
  EntityStatusSchema,
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
  queryOf,
  repeatable,
  SourceRefSchema,
  sparseListOf,
} from '../common-schemas.ts';

export const ENTITY_SORTS = ['-mentions', 'mentions', '-articles', 'articles', 'name', '-name'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

const NameQuerySchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .describe(
    'Part of a name or alias (search spellings included), ignoring case, accents, hyphens and spacing: `kim jong-un`, `KIM JONG UN` and `Jong Un` all find Kim Jong-un.',
  )
  .meta({ example: 'kim jong-un' });

const SortSchema = z
  .enum(ENTITY_SORTS)
  .default('-mentions')
  .describe(
    '`-mentions` (most mentioned first, the default), `mentions`, `-articles`, `articles`, `name` or `-name`; ties go by id.',
  );

const MinMentionsSchema = z.coerce
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(1_000_000_000, 'must be at most 1000000000')
  .optional()
  .describe('Only items with at least this many mentions (counted within the article filters, when given).');

const listParams = {
  status: repeatable(EntityStatusSchema)
    .optional()
    .describe(
      '`confirmed` (curated) or `candidate` (a name found in a page that matches no curated entity); repeat for both, which is the default.',
    ),
  q: NameQuerySchema.optional(),
  article: repeatable(IdSchema)
    .optional()
    .describe('Article id; repeat for any of several. Counts are then taken over those articles only.'),
  source: repeatable(IdSchema)
    .optional()
    .describe('Source id; repeat for any of several. Counts are then taken over their articles only.'),
  minMentions: MinMentionsSchema,
  sort: SortSchema,
  ...PageParams,
};

const personFields = {
  id: z.string(),
  name: z.string().describe('The canonical name.'),
  status: EntityStatusSchema,
  aliases: z.array(z.string()).describe('Other forms of the name the articles use.'),
  searchAliases: z.array(z.string()).describe('Spellings people search for that the articles do not use.'),
  description: z.string().nullable().describe('The curated description; null for a candidate, which has none.'),
  wikidataId: z.string().nullable().describe('Given only where certain.'),
  mentionCount: z
    .number()
    .int()
    .describe('Mentions in the articles passing the article filters, or in the whole corpus without them.'),
  articleCount: z
    .number()
    .int()
    .describe('Articles mentioning it among those passing the article filters, or in the whole corpus without them.'),
};

/** Everything after the id and name, so the entity shapes can put `type` next to the name. */
const { id: idField, name: nameField, ...restOfPerson } = personFields;

const PUTIN = {
  id: 'vladimir-putin',
  name: 'Vladimir Putin',
  status: 'confirmed',
  aliases: [],
  searchAliases: ['Vladimir Vladimirovich Putin'],
  description: 'President of Russia.',
  wikidataId: 'Q7747',
  mentionCount: 61,
  articleCount: 5,
};

const PYONGYANG = {
  id: 'pyongyang',
  name: 'Pyongyang',
  type: 'place',
  status: 'confirmed',
  aliases: [],
  searchAliases: [],
  description: 'Capital of North Korea.',
  wikidataId: 'Q18808',
  mentionCount: 29,
  articleCount: 5,
};

export const PersonSchema = z.object(personFields).meta({ id: 'Person', example: PUTIN });

export const EntitySchema = z
  .object({ id: idField, name: nameField, type: EntityTypeSchema, ...restOfPerson })
  .meta({ id: 'Entity', example: PYONGYANG });

/** `GET /v1/people`, its first person. */
export const PersonListSchema = listOf(PersonSchema, 'PersonList', { data: [PUTIN], nextCursor: null });
export const PersonListSparseSchema = sparseListOf(PersonSchema, 'PersonListSparse', {
  data: [{ id: PUTIN.id, name: PUTIN.name, mentionCount: PUTIN.mentionCount }],
  nextCursor: null,
});

/** `GET /v1/entities?type=place`, its first place. */
export const EntityListSchema = listOf(EntitySchema, 'EntityList', { data: [PYONGYANG], nextCursor: null });
export const EntityListSparseSchema = sparseListOf(EntitySchema, 'EntityListSparse', {
  data: [{ id: PYONGYANG.id, type: PYONGYANG.type }],
  nextCursor: null,
});

export const PersonListQuerySchema = queryOf({
  ...listParams,
  fields: fieldsParam(PersonSchema),
  mentionedWith: repeatable(IdSchema)
    .optional()
    .describe(
      'Person id; repeat for several. Only people mentioned in an article that also mentions each of them (themselves excluded); counts are taken over those articles.',
    ),
});
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;

export const EntityListQuerySchema = queryOf({
  type: repeatable(EntityTypeSchema).optional().describe('Entity type; repeat for any of several.'),
  ...listParams,
  fields: fieldsParam(EntitySchema),
});
export type EntityListQuery = z.infer<typeof EntityListQuerySchema>;

export const EntityArticleSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable().describe('Null when the page carries no headline.'),
    source: SourceRefSchema,
    publishedDate: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD; null when unknown.'),
    mentionCount: z.number().int().describe('Mentions in this article.'),
  })
  .meta({
    id: 'EntityArticle',
    example: {
      id: 'putin-kim-begin-talks-pyongyang',
      title: null,
      source: { id: 'unnamed-outlet-bd-link-list', name: null },
      publishedDate: '2024-06-19',
      mentionCount: 1,
    },
  });

export const EntityEventSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string().describe('YYYY, YYYY-MM or YYYY-MM-DD.'),
    precision: DatePrecisionSchema,
    role: z.string().describe('What part it played in the event.'),
  })
  .meta({
    id: 'EntityEvent',
    example: {
      id: 'putin-arrives-in-pyongyang',
      title: 'Putin arrives in Pyongyang and is greeted by Kim Jong-un',
      date: '2024-06-19',
      precision: 'day',
      role: 'accompanying official',
    },
  });

const sharedArticles = z.number().int().describe('Articles mentioning both.');

export const CoMentionedPersonSchema = z
  .object({ id: z.string(), name: z.string(), status: EntityStatusSchema, sharedArticles })
  .meta({
    id: 'CoMentionedPerson',
    example: { id: 'vladimir-putin', name: 'Vladimir Putin', status: 'confirmed', sharedArticles: 3 },
  });

export const CoMentionedEntitySchema = z
  .object({ id: z.string(), name: z.string(), type: EntityTypeSchema, status: EntityStatusSchema, sharedArticles })
  .meta({
    id: 'CoMentionedEntity',
    example: { id: 'north-korea', name: 'North Korea', type: 'country', status: 'confirmed', sharedArticles: 4 },
  });

const detailFields = {
  status: personFields.status,
  aliases: personFields.aliases,
  searchAliases: personFields.searchAliases,
  familyName: z.string().nullable().describe('Persons: the family name as it stands alone in the texts.'),
  description: personFields.description,
  foundBy: z
    .string()
    .nullable()
    .describe('For a candidate: how its name was found (the rule and the words around it); null for a curated entity.'),
  wikidataId: personFields.wikidataId,
  mentionCount: z.number().int().describe('Mentions in the whole corpus.'),
  articleCount: z.number().int().describe('Articles mentioning it.'),
  articles: z.array(EntityArticleSchema).describe('Every article mentioning it, most mentions first.'),
  events: z.array(EntityEventSchema).describe('The events it takes part in, in date order.'),
};

/** Vladimir Putin's page, cut to its first article and event. */
const PUTIN_DETAIL = {
  id: 'vladimir-putin',
  name: 'Vladimir Putin',
  status: 'confirmed',
  aliases: [],
  searchAliases: ['Vladimir Vladimirovich Putin'],
  familyName: 'Putin',
  description: 'President of Russia.',
  foundBy: null,
  wikidataId: 'Q7747',
  mentionCount: 61,
  articleCount: 5,
  articles: [
    {
      id: 'putin-kim-sign-comprehensive-pact',
      title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
      source: { id: 'newsman', name: 'Newsman' },
      publishedDate: '2024-06',
      mentionCount: 16,
    },
  ],
  events: [
    {
      id: 'putin-first-takes-office',
      title: 'Putin first takes office as president of Russia',
      date: '2000',
      precision: 'year',
      role: 'subject',
    },
  ],
};

export const PersonDetailSchema = z
  .object({
    id: idField,
    name: nameField,
    ...detailFields,
    coMentioned: z
      .array(CoMentionedPersonSchema)
      .describe('The ten people most often mentioned in the same articles, most shared articles first.'),
  })
  .meta({
    id: 'PersonDetail',
    example: {
      ...PUTIN_DETAIL,
      coMentioned: [
        { id: 'kim-jong-un', name: 'Kim Jong-un', status: 'confirmed', sharedArticles: 5 },
        { id: 'andrei-belousov', name: 'Andrei Belousov', status: 'confirmed', sharedArticles: 3 },
      ],
    },
  });

export const EntityDetailSchema = z
  .object({
    id: idField,
    name: nameField,
    type: EntityTypeSchema,
    ...detailFields,
    coMentioned: z
      .array(CoMentionedEntitySchema)
      .describe('The ten entities of any type most often mentioned in the same articles, most shared articles first.'),
  })
  .meta({
    id: 'EntityDetail',
    example: {
      id: 'pyongyang',
      name: 'Pyongyang',
      type: 'place',
      status: 'confirmed',
      aliases: [],
      searchAliases: [],
      familyName: null,
      description: 'Capital of North Korea.',
      foundBy: null,
      wikidataId: 'Q18808',
      mentionCount: 29,
      articleCount: 5,
      articles: [
        {
          id: 'putin-state-visit-partnership-treaty',
          title:
            'Putin’s state visit to North Korea: Warm welcome, bilateral agreements and a new comprehensive partnership treaty',
          source: { id: 'unnamed-outlet-comments-closed', name: null },
          publishedDate: '2024-06',
          mentionCount: 9,
        },
      ],
      events: [
        {
          id: 'moscow-pyongyang-treaty-1961',
          title: 'Moscow and Pyongyang sign a treaty in 1961',
          date: '1961',
          precision: 'year',
          role: 'party',
        },
      ],
      coMentioned: [
        { id: 'kim-jong-un', name: 'Kim Jong-un', type: 'person', status: 'confirmed', sharedArticles: 5 },
        { id: 'north-korea', name: 'North Korea', type: 'country', status: 'confirmed', sharedArticles: 5 },
      ],
    },
  });

// ---------------------------------------------------------------------------------------------------------------
// The routes' responses.

const listErrors = (path: string, invalid: Parameters<typeof errorResponses>[0]['invalid']) =>
  errorResponses({ url: path, list: true, invalid });

const detailErrors = (path: string, what: string, example: string) =>
  errorResponses({
    url: `${path}/${example}`,
    invalid: [
      invalidParamsExample('malformedId', 'An id that is not kebab-case', `${path}/Kim_Jong_Un`, [
        ['params.id', 'must be a lower-case kebab-case id'],
      ]),
    ],
    notFound: notFoundExample(what, `${path}/no-such-${what}`, `no-such-${what}`),
  });

export const PersonIdParamsSchema = idParams('person', 'vladimir-putin');
export const EntityIdParamsSchema = idParams('entity', 'pyongyang');

export const PersonListResponses = {
  200: listResponse('People, most mentioned first unless `sort` says otherwise.', {
    item: PersonSchema,
    list: PersonListSchema,
    sparse: PersonListSparseSchema,
  }),
  ...listErrors('/v1/people', [
    invalidParamsExample('minMentionsTooSmall', 'A minimum below 1', '/v1/people?minMentions=0', [
      ['querystring.minMentions', 'must be at least 1'],
    ]),
    invalidParamsExample('unknownStatus', 'A status that does not exist', '/v1/people?status=pending', [
      ['querystring.status', 'must be one of confirmed, candidate'],
    ]),
    invalidParamsExample('misspeltParameter', 'A misspelt parameter', '/v1/people?mentionedwith=kim-jong-un', [
      ['querystring.mentionedwith', 'is not a parameter of this route; did you mean "mentionedWith"?'],
    ]),
  ]),
};

export const PersonDetailResponses = {
  200: jsonResponse('The person.', PersonDetailSchema),
  ...detailErrors('/v1/people', 'person', 'vladimir-putin'),
};

export const EntityListResponses = {
  200: listResponse('Entities, most mentioned first unless `sort` says otherwise.', {
    item: EntitySchema,
    list: EntityListSchema,
    sparse: EntityListSparseSchema,
  }),
  ...listErrors('/v1/entities', [
    invalidParamsExample('unknownType', 'A type that does not exist', '/v1/entities?type=city', [
      ['querystring.type', 'must be one of person, organization, place, country'],
    ]),
  ]),
};

export const EntityDetailResponses = {
  200: jsonResponse('The entity.', EntityDetailSchema),
  ...detailErrors('/v1/entities', 'entity', 'pyongyang'),
};
