import { relations } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Where a date, a name or an attribution comes from: printed in the page, or derived by us (with a note saying how). */
export const BASES = ['stated', 'inferred'] as const;
export type Basis = (typeof BASES)[number];

export const DATE_PRECISIONS = ['year', 'month', 'day', 'time'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const ENTITY_TYPES = ['person', 'organization', 'place', 'country'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** unassessed: an ingested page, which no one has checked for machine translation or paraphrase. */
export const TEXT_ORIGINS = ['original', 'machine-translated', 'machine-paraphrased', 'unassessed'] as const;
export type TextOrigin = (typeof TEXT_ORIGINS)[number];

/** confirmed: curated in `seed/entities.yaml`; candidate: a name found in a page that matches no entity yet. */
export const ENTITY_STATUSES = ['confirmed', 'candidate'] as const;
export type EntityStatus = (typeof ENTITY_STATUSES)[number];

/**
 * How a mention was linked: exact (the entity's name, or its name in the page's language), alias (a spelling listed
 * for it), family-name (a family name, alone or after a title, of the one person of that name the article names),
 * context (a name that could mean several people, settled by where it stands in the text).
 */
export const MATCHED_BY = ['exact', 'alias', 'family-name', 'context'] as const;
export type MatchedBy = (typeof MATCHED_BY)[number];

export const QUOTATION_KINDS = ['direct', 'reported'] as const;
export type QuotationKind = (typeof QUOTATION_KINDS)[number];

/**
 * How a quotation's speaker was found: after-quote ("…," Putin said), before-quote (Putin said: "…" / Putin said
 * that …), according-to ("…", according to Putin), colon (Putin: "…"), pronoun ("…," he said: the person the
 * sentence before is about), description ("…," the spokeswoman said / the statement said: the person the text gave
 * that title, or whose statement it named), interview (an answer in an interview), introduced (a paragraph of quoted
 * words alone after a sentence about one person, or a post under its author's line), repeated (words quoted again,
 * as in a heading, that another quotation gives with its speaker).
 */
export const ATTRIBUTIONS = [
  'after-quote',
  'before-quote',
  'according-to',
  'colon',
  'pronoun',
  'description',
  'interview',
  'introduced',
  'repeated',
] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export const ARTICLE_ORIGINS = ['seed', 'ingest'] as const;
export type ArticleOrigin = (typeof ARTICLE_ORIGINS)[number];

export const PAGE_CONTENT_TYPES = ['text/plain', 'text/html'] as const;
export type PageContentType = (typeof PAGE_CONTENT_TYPES)[number];

export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    /** null when the page never names its outlet. */
    name: text('name'),
    nameBasis: text('name_basis', { enum: BASES }),
    nameNote: text('name_note'),
    homepage: text('homepage'),
    country: text('country'),
    language: text('language'),
    kind: text('kind'),
    /** The outlet's description of itself, verbatim, when the page carries one. */
    selfDescription: text('self_description'),
    notes: text('notes'),
    /** The outlet's web host ("example.com", no "www."): how an ingested page finds its outlet. */
    host: text('host'),
  },
  (t) => [index('sources_host_idx').on(t.host)],
);

export const articles = sqliteTable(
  'articles',
  {
    id: text('id').primaryKey(),
    /** Integer key of the full-text index: explicit, because VACUUM may renumber implicit rowids. */
    docId: integer('doc_id').notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    /** The seed file the raw text came from. */
    file: text('file').notNull(),
    title: text('title'),
    language: text('language').notNull(),
    /** ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the evidence allows. */
    publishedDate: text('published_date'),
    publishedPrecision: text('published_precision', { enum: DATE_PRECISIONS }),
    publishedBasis: text('published_basis', { enum: BASES }),
    publishedNote: text('published_note'),
    /** First and last day the published date can mean ('' when unknown): date order and range filters. */
    publishedSort: text('published_sort').notNull(),
    publishedEnd: text('published_end').notNull(),
    textOrigin: text('text_origin', { enum: TEXT_ORIGINS }).notNull(),
    textOriginNote: text('text_origin_note'),
    /** The outlet whose story this page carries, when it is a republication. */
    originalPublisher: text('original_publisher'),
    originalPublisherBasis: text('original_publisher_basis', { enum: BASES }),
    originalPublisherNote: text('original_publisher_note'),
    wordCount: integer('word_count').notNull(),
    /** JSON: the five entities mentioned most, `[{ id, name, type, mentionCount }]`, written by the bulk load. */
    topEntities: text('top_entities').notNull().default('[]'),
    // The two long texts last: a row's other columns then sit on its first page, and reading them
    // never walks the overflow pages of the text.
    rawText: text('raw_text').notNull(),
    body: text('body').notNull(),
    /** seed: a page of the curated corpus in `seed/`; ingest: a page posted to the API or given to `npm run ingest`. */
    origin: text('origin', { enum: ARTICLE_ORIGINS }).notNull().default('seed'),
    /** Local clock time HH:MM and the zone as printed, when the page states the time it was published. */
    publishedTime: text('published_time'),
    publishedTimezone: text('published_timezone'),
    /** The address the page was fetched from, as the client or the page states it. */
    url: text('url'),
    /** How the page arrived: `text/plain` or `text/html`. */
    contentType: text('content_type', { enum: PAGE_CONTENT_TYPES }).notNull().default('text/plain'),
    /** SHA-256 of the content type and the page as received: the same page again is the same article. */
    contentHash: text('content_hash'),
    ingestedAt: text('ingested_at'),
    /** JSON: what the pipeline dropped, inferred and warned about when the page went in. */
    ingestReport: text('ingest_report'),
  },
  (t) => [
    uniqueIndex('articles_doc_id_idx').on(t.docId),
    index('articles_published_idx').on(t.publishedSort, t.id),
    index('articles_source_published_idx').on(t.sourceId, t.publishedSort, t.id),
    index('articles_language_published_idx').on(t.language, t.publishedSort, t.id),
    uniqueIndex('articles_content_hash_idx').on(t.contentHash),
  ],
);

export const entities = sqliteTable(
  'entities',
  {
    id: text('id').primaryKey(),
    type: text('type', { enum: ENTITY_TYPES }).notNull(),
    name: text('name').notNull(),
    /** Persons: the family name as it stands alone in text ("Kim"); resolved per article. */
    familyName: text('family_name'),
    description: text('description').notNull(),
    wikidataId: text('wikidata_id'),
    /** Totals over the whole corpus, kept so unfiltered lists sort without counting. */
    mentionCount: integer('mention_count').notNull().default(0),
    articleCount: integer('article_count').notNull().default(0),
    status: text('status', { enum: ENTITY_STATUSES }).notNull().default('confirmed'),
    /** Candidates: how the name was found (the rule and the words around it); null for curated entities. */
    foundBy: text('found_by'),
  },
  (t) => [
    index('entities_type_name_idx').on(t.type, t.name),
    index('entities_type_mentions_idx').on(t.type, t.mentionCount, t.id),
    index('entities_type_articles_idx').on(t.type, t.articleCount, t.id),
    index('entities_status_type_mentions_idx').on(t.status, t.type, t.mentionCount, t.id),
  ],
);

export const ALIAS_KINDS = ['name', 'alias', 'label', 'search'] as const;

export const entityAliases = sqliteTable(
  'entity_aliases',
  {
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id),
    alias: text('alias').notNull(),
    /**
     * name: the canonical name; alias: a form seen in the texts; label: the name in another language's news;
     * search: a spelling users type that the texts lack. Texts are matched against names, aliases and labels.
     */
    kind: text('kind', { enum: ALIAS_KINDS }).notNull(),
    /** Lower case, no accents, hyphens or spaces: what name search compares. */
    searchKey: text('search_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.alias] }), index('entity_aliases_search_idx').on(t.searchKey)],
);

export const mentions = sqliteTable(
  'mentions',
  {
    id: integer('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id),
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id),
    /** UTF-16 code unit offsets into the article's cleaned body, end exclusive (JavaScript string slice). */
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    surface: text('surface').notNull(),
    /** How the mention was linked: see MATCHED_BY. */
    matchedBy: text('matched_by', { enum: MATCHED_BY }).notNull(),
  },
  (t) => [
    uniqueIndex('mentions_article_start_idx').on(t.articleId, t.start),
    index('mentions_entity_article_idx').on(t.entityId, t.articleId),
  ],
);

/** Mention counts per article and entity, kept beside the mentions so lists sort without counting rows. */
export const articleEntities = sqliteTable(
  'article_entities',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id),
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id),
    mentionCount: integer('mention_count').notNull(),
    firstOffset: integer('first_offset').notNull(),
    /** The article's `published_sort`, copied here so "articles mentioning X, newest first" reads one index. */
    publishedSort: text('published_sort').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.entityId] }),
    index('article_entities_entity_published_idx').on(t.entityId, t.publishedSort, t.articleId),
  ],
);

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: text('date').notNull(),
    precision: text('precision', { enum: DATE_PRECISIONS }).notNull(),
    /** Local clock time HH:MM when precision is time. */
    time: text('time'),
    timezone: text('timezone'),
    dateBasis: text('date_basis', { enum: BASES }).notNull(),
    dateNote: text('date_note'),
    /** First and last calendar day the date can mean, so partial dates compare honestly. */
    dateStart: text('date_start').notNull(),
    dateEnd: text('date_end').notNull(),
    locationId: text('location_id').references(() => entities.id),
    disputed: integer('disputed', { mode: 'boolean' }).notNull(),
    /** Attesting articles and their distinct sources, kept beside the event so the timeline counts nothing. */
    attestationCount: integer('attestation_count').notNull().default(0),
    sourceCount: integer('source_count').notNull().default(0),
    disagreementAbout: text('disagreement_about'),
    disagreementSummary: text('disagreement_summary'),
  },
  (t) => [
    index('events_date_idx').on(t.dateStart, t.dateEnd, t.id),
    index('events_location_idx').on(t.locationId, t.dateStart),
    index('events_disputed_idx').on(t.disputed, t.dateStart),
  ],
);

export const eventParticipants = sqliteTable(
  'event_participants',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    entityId: text('entity_id')
      .notNull()
      .references(() => entities.id),
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.entityId, t.role] }),
    index('event_participants_entity_idx').on(t.entityId, t.eventId),
  ],
);

export const eventAttestations = sqliteTable(
  'event_attestations',
  {
    id: integer('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id),
    /** Verbatim words of the article; start/end are its offsets in the cleaned body. */
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** This article's version where the articles disagree. */
    claim: text('claim'),
  },
  (t) => [
    index('event_attestations_event_idx').on(t.eventId, t.articleId),
    index('event_attestations_article_idx').on(t.articleId, t.eventId),
  ],
);

/** Words an article quotes, verbatim, with who said them where the text tells it. */
export const quotations = sqliteTable(
  'quotations',
  {
    id: integer('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id),
    /** The quoted words without their quotation marks; start/end are their offsets in the article's cleaned body. */
    text: text('text').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    kind: text('kind', { enum: QUOTATION_KINDS }).notNull(),
    /** The speaker's entity (a candidate too); null when the text names no speaker the service can link. */
    speakerId: text('speaker_id').references(() => entities.id),
    /** The speaker's name as the text gives it, and its offsets (null for a pronoun or no speaker). */
    speakerSurface: text('speaker_surface'),
    speakerStart: integer('speaker_start'),
    speakerEnd: integer('speaker_end'),
    attribution: text('attribution', { enum: ATTRIBUTIONS }),
    /** The reporting verb as written ("said", "a déclaré", "заявил"), when there is one. */
    verb: text('verb'),
    /** The attributing words verbatim ("Putin said", "according to Peskov"). */
    cue: text('cue'),
    /** The article's `published_sort`, copied so "quotations of X, newest first" reads one index. */
    publishedSort: text('published_sort').notNull(),
  },
  (t) => [
    uniqueIndex('quotations_article_start_idx').on(t.articleId, t.start),
    index('quotations_speaker_published_idx').on(t.speakerId, t.publishedSort, t.id),
    index('quotations_published_idx').on(t.publishedSort, t.id),
  ],
);

export const sourcesRelations = relations(sources, ({ many }) => ({ articles: many(articles) }));
export const articlesRelations = relations(articles, ({ one, many }) => ({
  source: one(sources, { fields: [articles.sourceId], references: [sources.id] }),
  mentions: many(mentions),
  attestations: many(eventAttestations),
}));
export const entitiesRelations = relations(entities, ({ many }) => ({
  aliases: many(entityAliases),
  mentions: many(mentions),
}));
export const entityAliasesRelations = relations(entityAliases, ({ one }) => ({
  entity: one(entities, { fields: [entityAliases.entityId], references: [entities.id] }),
}));
export const mentionsRelations = relations(mentions, ({ one }) => ({
  article: one(articles, { fields: [mentions.articleId], references: [articles.id] }),
  entity: one(entities, { fields: [mentions.entityId], references: [entities.id] }),
}));
export const eventsRelations = relations(events, ({ one, many }) => ({
  location: one(entities, { fields: [events.locationId], references: [entities.id] }),
  participants: many(eventParticipants),
  attestations: many(eventAttestations),
}));
export const eventParticipantsRelations = relations(eventParticipants, ({ one }) => ({
  event: one(events, { fields: [eventParticipants.eventId], references: [events.id] }),
  entity: one(entities, { fields: [eventParticipants.entityId], references: [entities.id] }),
}));
export const eventAttestationsRelations = relations(eventAttestations, ({ one }) => ({
  event: one(events, { fields: [eventAttestations.eventId], references: [events.id] }),
  article: one(articles, { fields: [eventAttestations.articleId], references: [articles.id] }),
}));
