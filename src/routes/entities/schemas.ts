import { z } from 'zod';
import {
  DatePrecisionSchema,
  EntityTypeSchema,
  fieldsParam,
  IdSchema,
  listOf,
  PageParams,
  repeatable,
  SourceRefSchema,
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
  aliases: z.array(z.string()).describe('Other forms of the name the articles use.'),
  searchAliases: z.array(z.string()).describe('Spellings people search for that the articles do not use.'),
  description: z.string(),
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

export const PersonSchema = z.object(personFields).meta({
  id: 'Person',
  example: {
    id: 'andrei-belousov',
    name: 'Andrei Belousov',
    aliases: ['Andrey Belousov'],
    searchAliases: [],
    description: 'Defence Minister of Russia.',
    wikidataId: null,
    mentionCount: 3,
    articleCount: 3,
  },
});

export const EntitySchema = z.object({ id: idField, name: nameField, type: EntityTypeSchema, ...restOfPerson }).meta({
  id: 'Entity',
  example: {
    id: 'kim-il-sung-square',
    name: 'Kim Il-sung Square',
    aliases: ['Kim Il Sung Sq.', 'Kim Il Sung Square'],
    searchAliases: [],
    description: 'Central square of Pyongyang, venue of parades and of the welcoming ceremony for Putin.',
    wikidataId: null,
    mentionCount: 4,
    articleCount: 4,
    type: 'place',
  },
});

export const PersonListSchema = listOf(PersonSchema, 'PersonList');
export const EntityListSchema = listOf(EntitySchema, 'EntityList');

export const PersonListQuerySchema = z.object({
  ...listParams,
  fields: fieldsParam(PersonSchema),
  mentionedWith: repeatable(IdSchema)
    .optional()
    .describe(
      'Person id; repeat for several. Only people mentioned in an article that also mentions each of them (themselves excluded); counts are taken over those articles.',
    ),
});
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;

export const EntityListQuerySchema = z.object({
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
  .object({ id: z.string(), name: z.string(), sharedArticles })
  .meta({ id: 'CoMentionedPerson', example: { id: 'vladimir-putin', name: 'Vladimir Putin', sharedArticles: 3 } });

export const CoMentionedEntitySchema = z
  .object({ id: z.string(), name: z.string(), type: EntityTypeSchema, sharedArticles })
  .meta({
    id: 'CoMentionedEntity',
    example: { id: 'north-korea', name: 'North Korea', type: 'country', sharedArticles: 4 },
  });

const detailFields = {
  aliases: personFields.aliases,
  searchAliases: personFields.searchAliases,
  familyName: z.string().nullable().describe('Persons: the family name as it stands alone in the texts.'),
  description: personFields.description,
  wikidataId: personFields.wikidataId,
  mentionCount: z.number().int().describe('Mentions in the whole corpus.'),
  articleCount: z.number().int().describe('Articles mentioning it.'),
  articles: z.array(EntityArticleSchema).describe('Every article mentioning it, most mentions first.'),
  events: z.array(EntityEventSchema).describe('The events it takes part in, in date order.'),
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
      id: 'andrei-belousov',
      name: 'Andrei Belousov',
      aliases: ['Andrey Belousov'],
      searchAliases: [],
      familyName: 'Belousov',
      description: 'Defence Minister of Russia.',
      wikidataId: null,
      mentionCount: 3,
      articleCount: 3,
      articles: [
        {
          id: 'putin-kim-begin-talks-pyongyang',
          title: null,
          source: { id: 'unnamed-outlet-bd-link-list', name: null },
          publishedDate: '2024-06-19',
          mentionCount: 1,
        },
      ],
      events: [
        {
          id: 'putin-arrives-in-pyongyang',
          title: 'Putin arrives in Pyongyang and is greeted by Kim Jong-un',
          date: '2024-06-19',
          precision: 'day',
          role: 'accompanying official',
        },
      ],
      coMentioned: [{ id: 'kim-jong-un', name: 'Kim Jong-un', sharedArticles: 3 }],
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
      id: 'kim-il-sung-square',
      name: 'Kim Il-sung Square',
      type: 'place',
      aliases: ['Kim Il Sung Sq.', 'Kim Il Sung Square'],
      searchAliases: [],
      familyName: null,
      description: 'Central square of Pyongyang, venue of parades and of the welcoming ceremony for Putin.',
      wikidataId: null,
      mentionCount: 4,
      articleCount: 4,
      articles: [
        {
          id: 'kim-jong-un-warm-welcome-putin',
          title: 'This was Kim Jong-un’s warm welcome to Vladimir Putin on his historic visit to North Korea',
          source: { id: 'unnamed-outlet-peru-health-links', name: null },
          publishedDate: '2024-06-18',
          mentionCount: 1,
        },
      ],
      events: [],
      coMentioned: [{ id: 'kim-jong-un', name: 'Kim Jong-un', type: 'person', sharedArticles: 4 }],
    },
  });
