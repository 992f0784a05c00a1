import { z } from 'zod';
import { BASES, DATE_PRECISIONS, ENTITY_TYPES, TEXT_ORIGINS } from '../db/schema.ts';
import { isRealPartialDate } from '../lib/dates.ts';

/** The shapes of the curated seed files. Every field is required (null where the documents are silent). */

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id of lower-case letters, digits and hyphens');

const Text = z.string().trim().min(1, 'must not be empty');
const NullableText = Text.nullable();

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'is not a real calendar date');

export const SourceFileSchema = z.array(
  z.strictObject({
    id: SlugSchema,
    name: NullableText,
    nameBasis: z.enum(BASES).nullable(),
    nameNote: NullableText,
    homepage: z.url().nullable(),
    country: NullableText,
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')
      .nullable(),
    kind: NullableText,
    selfDescription: NullableText,
    notes: NullableText,
  }),
);

const PublishedSchema = z
  .strictObject({
    date: PartialDateSchema,
    precision: z.enum(['year', 'month', 'day']),
    basis: z.enum(BASES),
    note: NullableText,
  })
  .refine((p) => p.date.split('-').length === ['year', 'month', 'day'].indexOf(p.precision) + 1, {
    message: 'precision must match the number of parts in date',
    path: ['precision'],
  })
  .refine((p) => p.basis === 'stated' || p.note !== null, {
    message: 'an inferred date needs a note saying what it was inferred from',
    path: ['note'],
  });

export const ArticleFileSchema = z.array(
  z.strictObject({
    id: SlugSchema,
    source: SlugSchema,
    title: NullableText,
    language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code'),
    published: PublishedSchema.nullable(),
    textOrigin: z.enum(TEXT_ORIGINS),
    textOriginNote: NullableText,
    originalPublisher: z
      .strictObject({ name: Text, basis: z.enum(BASES), note: NullableText })
      .refine((p) => p.basis === 'stated' || p.note !== null, {
        message: 'an inferred publisher needs a note with the evidence',
        path: ['note'],
      })
      .nullable(),
  }),
);

export const EntityFileSchema = z.array(
  z
    .strictObject({
      id: SlugSchema,
      type: z.enum(ENTITY_TYPES),
      name: Text,
      familyName: NullableText,
      aliases: z.array(Text),
      searchAliases: z.array(Text).default([]),
      /**
       * The name in other languages' news, by ISO 639-1 code, as written there (in the nominative: case endings of
       * declining languages are matched by rule). Matched in texts like aliases, and found by name search.
       */
      labels: z
        .record(z.string().regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code'), z.array(Text))
        .default({}),
      description: Text,
      wikidataId: z
        .string()
        .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id like Q7747')
        .nullable(),
    })
    .refine((e) => e.type === 'person' || e.familyName === null, {
      message: 'only persons have a family name',
      path: ['familyName'],
    }),
);

const LocalTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a local time HH:MM');

export const EventFileSchema = z.array(
  z
    .strictObject({
      id: SlugSchema,
      title: Text,
      description: Text,
      date: PartialDateSchema,
      precision: z.enum(DATE_PRECISIONS),
      time: LocalTime.nullable(),
      timezone: NullableText,
      dateBasis: z.enum(BASES),
      dateNote: NullableText,
      location: SlugSchema.nullable(),
      participants: z.array(z.strictObject({ entity: SlugSchema, role: Text })),
      disagreement: z
        .strictObject({ about: z.enum(['date', 'time', 'duration', 'count', 'detail', 'place']), summary: Text })
        .nullable(),
      attestations: z
        .array(z.strictObject({ article: SlugSchema, quote: Text, claim: NullableText }))
        .min(1, 'every event needs at least one attesting article'),
    })
    .refine((e) => (e.precision === 'time') === (e.time !== null), {
      message: 'time is given exactly when precision is "time"',
      path: ['time'],
    })
    .refine((e) => e.date.split('-').length === Math.min(3, DATE_PRECISIONS.indexOf(e.precision) + 1), {
      message: 'precision must match the number of parts in date',
      path: ['precision'],
    })
    .refine((e) => e.dateBasis === 'stated' || e.dateNote !== null, {
      message: 'an inferred date needs a dateNote saying what it was inferred from',
      path: ['dateNote'],
    })
    .refine((e) => e.precision !== 'time' || e.timezone !== null, {
      message: 'a clock time needs its time zone',
      path: ['timezone'],
    }),
);

export type SourceRecord = z.infer<typeof SourceFileSchema>[number];
export type ArticleRecord = z.infer<typeof ArticleFileSchema>[number];
export type EntityRecord = z.infer<typeof EntityFileSchema>[number];
export type EventRecord = z.infer<typeof EventFileSchema>[number];
