import { z } from 'zod';
import {
  ArticleRefSchema,
  BasisSchema,
  BooleanParamSchema,
  DateMatchSchema,
  DatePrecisionSchema,
  EntityRefSchema,
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
  PartialDateParamSchema,
  queryOf,
  repeatable,
  sparseListOf,
} from '../common-schemas.ts';

/** The timeline: dated happenings, who took part, and which articles report them in which words. */

export const EVENT_SORTS = ['date', '-date'] as const;

export const EventParticipantSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    status: EntityStatusSchema,
    role: z.string().describe('What the entity did in the event, in the words of the corpus: `host`, `signatory`…'),
  })
  .meta({
    id: 'EventParticipant',
    example: { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed', role: 'signatory' },
  });

export const EventDisagreementSchema = z
  .object({
    about: z.string().describe('What the articles disagree on: `date`, `duration`…'),
    summary: z.string().describe('Who says what, in one paragraph.'),
  })
  .meta({
    id: 'EventDisagreement',
    example: {
      about: 'duration',
      summary:
        'putin-state-visit-partnership-treaty says the talks with delegations lasted an hour and a half and were followed by a one-on-one discussion, while putin-lavish-welcome-kim-closer-ties says the meeting lasted about two hours.',
    },
  });

const eventFields = {
  id: z.string(),
  title: z.string(),
  description: z.string(),
  date: z.string().describe('ISO date as precise as the articles allow: YYYY, YYYY-MM or YYYY-MM-DD.'),
  precision: DatePrecisionSchema,
  time: z.string().nullable().describe('Local clock time HH:MM, when the precision is `time`.'),
  timezone: z.string().nullable().describe('IANA time zone of the place, when known.'),
  dateBasis: BasisSchema,
  dateNote: z.string().nullable().describe('For an inferred date: how it was derived.'),
  location: EntityRefSchema.nullable().describe('Where it happened, when the articles tell.'),
  participants: z.array(EventParticipantSchema).describe('Who took part, ordered by name.'),
  attestationCount: z.number().int().describe('Articles that report the event.'),
  sourceCount: z.number().int().describe('Distinct sources whose articles report the event.'),
  disputed: z.boolean().describe('True when the articles disagree about the event.'),
};

const treatyEvent = {
  id: 'putin-kim-sign-partnership-treaty',
  title: 'Putin and Kim Jong-un sign a comprehensive strategic partnership treaty',
  description:
    'Putin and Kim signed a Treaty on Comprehensive Strategic Partnership covering relations in all spheres, including a pledge of mutual assistance in case of aggression against either party.',
  date: '2024-06-19',
  precision: 'day',
  time: null,
  timezone: 'Asia/Pyongyang',
  dateBasis: 'inferred',
  dateNote:
    'putin-kim-sign-comprehensive-pact says the pact was signed "Wednesday"; the visit was in the week of 17 June 2024, so 19 June 2024.',
  location: { id: 'pyongyang', name: 'Pyongyang', type: 'place', status: 'confirmed' },
  participants: [
    { id: 'kim-jong-un', name: 'Kim Jong-un', type: 'person', status: 'confirmed', role: 'signatory' },
    { id: 'north-korea', name: 'North Korea', type: 'country', status: 'confirmed', role: 'party' },
    { id: 'russia', name: 'Russia', type: 'country', status: 'confirmed', role: 'party' },
    { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', status: 'confirmed', role: 'signatory' },
  ],
  attestationCount: 3,
  sourceCount: 3,
  disputed: false,
};

export const EventSchema = z
  .object({
    ...eventFields,
    disagreement: EventDisagreementSchema.nullable().describe('What the articles disagree on; null when undisputed.'),
  })
  .meta({ id: 'Event', example: { ...treatyEvent, disagreement: null } });

/** `GET /v1/events?from=2024-06-19&to=2024-06-19`, cut to one event. */
export const EventListSchema = listOf(EventSchema, 'EventList', {
  data: [{ ...treatyEvent, disagreement: null }],
  nextCursor: null,
});

export const EventListSparseSchema = sparseListOf(EventSchema, 'EventListSparse', {
  data: [{ id: treatyEvent.id, title: treatyEvent.title, date: treatyEvent.date, precision: treatyEvent.precision }],
  nextCursor: null,
});

export const EventListQuerySchema = queryOf({
  from: PartialDateParamSchema.optional().describe(
    'Earliest date, YYYY, YYYY-MM or YYYY-MM-DD: `2024` means from 1 January 2024. See `dateMatch`.',
  ),
  to: PartialDateParamSchema.optional().describe(
    'Latest date, YYYY, YYYY-MM or YYYY-MM-DD: `2024-06` means up to 30 June 2024. See `dateMatch`.',
  ),
  dateMatch: DateMatchSchema,
  participant: repeatable(IdSchema)
    .optional()
    .describe('Entity id of any type (person, organization, place, country); repeat it for events with all of them.'),
  location: IdSchema.optional().describe('Entity id: events that took place there.'),
  source: repeatable(IdSchema)
    .optional()
    .describe('Source id; repeat it for events reported by an article of any of those sources.'),
  article: repeatable(IdSchema)
    .optional()
    .describe('Article id; repeat it for events reported by any of those articles.'),
  q: z
    .string()
    .max(200, 'must be at most 200 characters')
    .refine((v) => v.trim().length > 0, 'must not be blank')
    .optional()
    .describe('Case-insensitive substring of the title or the description (surrounding spaces are ignored).'),
  disputed: BooleanParamSchema.optional().describe(
    '`true`: only events the articles disagree about; `false`: only events they agree on.',
  ),
  sort: z
    .enum(EVENT_SORTS)
    .default('date')
    .describe('`date` (default): chronological, earliest first; `-date`: latest first.'),
  fields: fieldsParam(EventSchema),
  ...PageParams,
});

export type EventListQuery = z.infer<typeof EventListQuerySchema>;

const treatyAttestation = {
  article: {
    id: 'putin-kim-sign-comprehensive-pact',
    title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
    source: { id: 'newsman', name: 'Newsman' },
  },
  quote:
    'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed Wednesday what they called a “comprehensive” diplomatic and defense pact.',
  start: 9,
  end: 158,
  claim: null,
};

export const EventAttestationSchema = z
  .object({
    article: ArticleRefSchema,
    quote: z.string().describe("The article's own words, verbatim."),
    start: z.number().int().describe("UTF-16 offset of the quote in the article's cleaned body."),
    end: z.number().int().describe('Offset just past the quote (JavaScript `body.slice(start, end)` gives it).'),
    claim: z.string().nullable().describe("This article's version, where the articles disagree."),
  })
  .meta({
    id: 'EventAttestation',
    example: treatyAttestation,
  });

export const EventDisagreementVersionSchema = z
  .object({
    articleId: z.string(),
    sourceId: z.string(),
    claim: z.string().describe("The article's version."),
    quote: z.string().describe('The words it is read from, verbatim.'),
  })
  .meta({
    id: 'EventDisagreementVersion',
    example: {
      articleId: 'putin-lavish-welcome-kim-closer-ties',
      sourceId: 'news7f',
      claim: 'about two hours',
      quote: 'Their meeting lasted about two hours',
    },
  });

export const EventDisagreementDetailSchema = z
  .object({
    about: z.string().describe('What the articles disagree on: `date`, `duration`…'),
    summary: z.string().describe('Who says what, in one paragraph.'),
    versions: z
      .array(EventDisagreementVersionSchema)
      .describe('Each attestation that carries a claim, in the order of the attestations.'),
  })
  .meta({
    id: 'EventDisagreementDetail',
    example: {
      about: 'duration',
      summary:
        'putin-state-visit-partnership-treaty says the talks with delegations lasted an hour and a half and were followed by a one-on-one discussion, while putin-lavish-welcome-kim-closer-ties says the meeting lasted about two hours.',
      versions: [
        {
          articleId: 'putin-lavish-welcome-kim-closer-ties',
          sourceId: 'news7f',
          claim: 'about two hours',
          quote: 'Their meeting lasted about two hours',
        },
        {
          articleId: 'putin-state-visit-partnership-treaty',
          sourceId: 'unnamed-outlet-comments-closed',
          claim: 'an hour and a half with delegations, then a one-on-one',
          quote:
            'Talks between Kim Jong-un and Putin, which involved the countries’ delegations, lasted for an hour and a half, and were followed by a one-on-one discussion between the two leaders.',
        },
      ],
    },
  });

export const EventDetailSchema = z
  .object({
    ...eventFields,
    attestations: z
      .array(EventAttestationSchema)
      .describe('Every passage reporting the event, by article publication date, then article id.'),
    disagreement: EventDisagreementDetailSchema.nullable().describe(
      "The disagreement with each article's version; null when undisputed.",
    ),
  })
  .meta({
    id: 'EventDetail',
    example: {
      ...treatyEvent,
      attestations: [
        treatyAttestation,
        {
          article: {
            id: 'putin-lavish-welcome-kim-closer-ties',
            title: 'Vladimir Putin receives lavish welcome in North Korea as Kim Jong Un vows closer ties',
            source: { id: 'news7f', name: 'News7f' },
          },
          quote:
            'Vladimir Putin and Kim Jong Un signed a strategic partnership aimed at strengthening trade and military ties between Russia and North Korea',
          start: 0,
          end: 139,
          claim: null,
        },
        {
          article: {
            id: 'putin-state-visit-partnership-treaty',
            title:
              'Putin’s state visit to North Korea: Warm welcome, bilateral agreements and a new comprehensive partnership treaty',
            source: { id: 'unnamed-outlet-comments-closed', name: null },
          },
          quote:
            'Following the bilateral negotiations, Putin and Kim signed a Treaty on Comprehensive Strategic Partnership',
          start: 2576,
          end: 2682,
          claim: null,
        },
      ],
      disagreement: null,
    },
  });

export type EventItem = z.infer<typeof EventSchema>;
export type EventDetail = z.infer<typeof EventDetailSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The routes' responses.

export const EventIdParamsSchema = idParams('event', 'putin-kim-sign-partnership-treaty');

export const EventListResponses = {
  200: listResponse('Events, oldest first unless `sort` says otherwise.', {
    item: EventSchema,
    list: EventListSchema,
    sparse: EventListSparseSchema,
  }),
  ...errorResponses({
    url: '/v1/events',
    list: true,
    invalid: [
      invalidParamsExample('notABoolean', 'Not a boolean', '/v1/events?disputed=yes', [
        ['querystring.disputed', 'must be `true` or `false`'],
      ]),
      invalidParamsExample('misspeltParameter', 'A misspelt parameter', '/v1/events?form=2024-06', [
        ['querystring.form', 'is not a parameter of this route; did you mean "from"?'],
      ]),
    ],
  }),
};

export const EventDetailResponses = {
  200: jsonResponse('The event with its attestations.', EventDetailSchema),
  ...errorResponses({
    url: '/v1/events/putin-kim-sign-partnership-treaty',
    invalid: [
      invalidParamsExample('malformedId', 'An id that is not kebab-case', '/v1/events/Treaty_Signing', [
        ['params.id', 'must be a lower-case kebab-case id'],
      ]),
    ],
    notFound: notFoundExample('event', '/v1/events/no-such-event', 'no-such-event'),
  }),
};
