import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { PageContentType, sources } from '../db/schema.ts';
import { partialDateRange } from '../lib/dates.ts';
import { unprocessable } from '../lib/errors.ts';
import { countWords, searchKey, slugOf } from '../lib/text.ts';
import {
  type CandidateEntity,
  descriptionsOf,
  type LinkContext,
  linkPage,
  linksAcrossPages,
  type PageLinks,
  withCandidateIds,
} from './link.ts';
import { type AliasMatcher, buildAliasMatcher, type MentionableEntity } from './mentions.ts';
import type { DroppedLine } from './page/boilerplate.ts';
import type { Inference } from './page/inference.ts';
import type { NormalizationChange } from './page/normalize.ts';
import { type GivenValues, type PageInput, type PreparedPage, preparePage } from './page/prepare-page.ts';
import { type PublishedDate, parseMetaDate } from './page/published.ts';
import { type DatabaseRows, insertRows, nextDocId, refreshEntityTotals } from './write.ts';

/**
 * One scraped page into the knowledge base: the per-page pipeline, then every row derived from the page (the
 * article, its mentions and entity counts, its list entry's top entities, the full-text index, the entity totals,
 * a new source when the outlet is unknown) written in one transaction. The same page again changes nothing.
 */

/** A page as a client or a file hands it over; what it states wins over what the pipeline infers. */
export interface PageSubmission {
  content: string;
  contentType: PageContentType;
  url?: string | null | undefined;
  /** The outlet: a source id, or the outlet's name. */
  source?: string | null | undefined;
  title?: string | null | undefined;
  /** ISO 639-1 code. */
  language?: string | null | undefined;
  /** ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or a date and time with an optional zone. */
  published?: string | null | undefined;
}

/** What the pipeline did with a page: what it dropped and why, what it found and inferred, and its doubts. */
export interface IngestReport {
  extractor: PreparedPage['extractor'];
  keptLines: number;
  dropped: DroppedLine[];
  mentions: {
    count: number;
    entities: { id: string; name: string; mentionCount: number }[];
    /** Family names that could mean no one or several people named in full in the page, left unlinked. */
    unresolved: { surface: string; start: number; end: number; candidates: string[] }[];
    /** Names that match no entity, added as candidate entities. */
    candidates: { id: string; type: string; name: string; aliases: string[]; foundBy: string }[];
    /** Quotations found, and how many of them are attributed to a speaker. */
    quotations: { count: number; attributed: number };
  };
  inferred: {
    title: Inference<string>;
    language: Inference<string>;
    published: Inference<PublishedDate>;
    outlet: Inference<string> & { host: string | null; sourceId: string; newSource: boolean };
  };
  normalization: NormalizationChange[];
  warnings: string[];
}

export interface IngestOutcome {
  /** created: a new article; existing: the same page was ingested before, and nothing changed. */
  status: 'created' | 'existing';
  articleId: string;
  report: IngestReport;
}

export interface IngestOptions {
  /** Where the page came from, kept with the article: a file path, or "POST /v1/articles". */
  provenance: string;
  /** The time of ingest (tests fix it). */
  now?: Date;
}

/** The language code stored when neither the page nor the client tells it: BCP 47's "undetermined". */
export const UNDETERMINED_LANGUAGE = 'und';

/** The source of pages whose outlet neither the page, its address nor the client names. */
export const UNIDENTIFIED_SOURCE = 'unidentified-outlet';

const BY_CLIENT = 'the client';

/** SHA-256 of the content type and the page exactly as received: the identity of a page. */
export function contentHash(contentType: string, content: string): string {
  return createHash('sha256').update(contentType).update('\n').update(content).digest('hex');
}

/** What the client states, as given values with their basis. Throws `unprocessable` on a date that is not one. */
export function clientGiven(submission: PageSubmission): GivenValues {
  const given: GivenValues = {};
  const stated = <T>(value: T) => ({
    value,
    basis: 'stated' as const,
    source: BY_CLIENT,
    evidence: 'stated by the client',
  });
  if (submission.title) given.title = stated(submission.title);
  if (submission.language) given.language = stated(submission.language.toLowerCase());
  if (submission.published) {
    const date = parseMetaDate(submission.published, null);
    if (!date || !/^\d{4}/.test(submission.published.trim())) {
      throw unprocessable('published', 'must be an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM');
    }
    given.published = stated(date);
  }
  return given;
}

/** Refuses what is not a page of text before any work is done. */
export function checkContent(content: string): void {
  if (content.trim() === '') throw unprocessable('content', 'is empty: the page has no text');
  if (content.includes('\u0000')) throw unprocessable('content', 'is not text: it contains NUL characters');
  const replaced = content.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > 16 && replaced > content.length / 100) {
    throw unprocessable('content', 'is not text: it is not valid UTF-8 (many characters could not be decoded)');
  }
}

/** Matchers by database, rebuilt when the entities or their aliases change. */
interface KnownEntities {
  key: number;
  matcher: AliasMatcher;
  types: Map<string, string>;
  descriptions: Map<string, string>;
}
const matchers = new WeakMap<Db, KnownEntities>();

/**
 * The entities in the database as linking sees them (names, aliases and labels; candidates included), with the
 * `entity_version` they were read at.
 */
export function knownEntities(db: Db): KnownEntities {
  const key = db.get<{ version: number }>(sql`select version from entity_version`)?.version ?? -1;
  const cached = matchers.get(db);
  if (cached?.key === key) return cached;
  const rows = db.all<{
    id: string;
    type: string;
    name: string;
    familyName: string | null;
    description: string | null;
    alias: string | null;
    kind: string | null;
    status: string;
  }>(
    sql`select e.id, e.type, e.name, e.family_name as familyName, e.description, a.alias, a.kind, e.status
      from entities e left join entity_aliases a on a.entity_id = e.id and a.kind in ('alias', 'label')
      order by e.id`,
  );
  const byId = new Map<
    string,
    MentionableEntity & { aliases: string[]; labels: string[]; description: string | null; status: string }
  >();
  for (const row of rows) {
    let entity = byId.get(row.id);
    if (!entity) {
      const { id, type, name, familyName, description, status } = row;
      entity = { id, type, name, familyName, description, status, aliases: [], labels: [] };
      byId.set(row.id, entity);
    }
    if (row.alias) (row.kind === 'label' ? entity.labels : entity.aliases).push(row.alias);
  }
  const known = {
    key,
    matcher: buildAliasMatcher([...byId.values()].filter((e) => e.status !== 'candidate' || linksAcrossPages(e))),
    types: new Map([...byId.values()].map((e) => [e.id, e.type])),
    descriptions: descriptionsOf(byId.values()),
  };
  matchers.set(db, known);
  return known;
}

/** What linking reads of the known entities: their names, and each one's type and curated description by id. */
function lookups({ matcher, types, descriptions }: KnownEntities): Omit<LinkContext, 'freeId'> {
  return { matcher, typeOf: (id) => types.get(id), describe: (id) => descriptions.get(id) };
}

/** Linking against the database's entities: a new candidate takes an id no entity has. Inside the write transaction. */
function databaseContext(db: Db): LinkContext & { key: number } {
  const known = knownEntities(db);
  const reserved = new Set<string>();
  return {
    key: known.key,
    ...lookups(known),
    freeId: (base) => {
      const id = uniqueId(db, 'entities', base, reserved);
      reserved.add(id);
      return id;
    },
  };
}

/** The rows one prepared page contributes, given its article id, source and full-text key. */
export interface PageRows {
  article: DatabaseRows['articles'][number];
  mentions: DatabaseRows['mentions'];
  articleEntities: DatabaseRows['articleEntities'];
  unresolved: IngestReport['mentions']['unresolved'];
  /** The candidate entities the page introduced, with their aliases. */
  entities: DatabaseRows['entities'];
  entityAliases: DatabaseRows['entityAliases'];
  candidates: CandidateEntity[];
  quotations: DatabaseRows['quotations'];
}

/** Links a body in a language: `linkPage` against some entities (a database's, or a corpus pass's `Linker`). */
/** Links a body; `aside` are the page's lines outside it (see `findCandidateNames`). */
export type LinkFn = (body: string, language: string | null, aside?: readonly string[]) => PageLinks;

/** The lines cleaning kept out of a page's body, as written: where a name the body shortens may stand in full. */
export const asideOf = (page: { dropped: readonly { text: string }[] }): string[] => page.dropped.map((d) => d.text);

/** The dropped lines an ingest report lists; none when the report is missing or not readable. */
export function asideOfReport(report: string | null): string[] {
  if (!report) return [];
  try {
    const dropped = (JSON.parse(report) as { dropped?: unknown }).dropped;
    return Array.isArray(dropped)
      ? dropped.flatMap((d) => (typeof d?.text === 'string' ? [d.text as string] : []))
      : [];
  } catch {
    return [];
  }
}

export interface ArticleFields {
  id: string;
  docId: number;
  sourceId: string;
  file: string;
  rawText: string;
  /** Curated values the page pipeline does not derive (the seed's provenance notes); ingest leaves them unassessed. */
  textOrigin?: DatabaseRows['articles'][number]['textOrigin'];
  textOriginNote?: string | null;
  originalPublisher?: { name: string; basis: 'stated' | 'inferred'; note: string | null } | null;
  extra?: Partial<DatabaseRows['articles'][number]>;
}

/** An article's row, its mentions and per-entity counts from a prepared page: the one path from a page to rows. */
export function pageRows(page: PreparedPage, fields: ArticleFields, link: LinkFn): PageRows {
  const published = page.published.value;
  const range = published ? partialDateRange(published.date) : null;
  const article: DatabaseRows['articles'][number] = {
    id: fields.id,
    docId: fields.docId,
    sourceId: fields.sourceId,
    file: fields.file,
    title: page.title.value,
    language: page.language.value ?? UNDETERMINED_LANGUAGE,
    publishedDate: published?.date ?? null,
    publishedPrecision: published?.precision ?? null,
    publishedBasis: published ? page.published.basis : null,
    publishedNote: published ? page.published.evidence : null,
    publishedTime: published?.time ?? null,
    publishedTimezone: published?.zone ?? null,
    publishedSort: range?.start ?? '',
    publishedEnd: range?.end ?? '',
    textOrigin: fields.textOrigin ?? 'unassessed',
    textOriginNote: fields.textOriginNote ?? null,
    originalPublisher: fields.originalPublisher?.name ?? null,
    originalPublisherBasis: fields.originalPublisher?.basis ?? null,
    originalPublisherNote: fields.originalPublisher?.note ?? null,
    rawText: fields.rawText,
    body: page.body,
    wordCount: countWords(page.body),
    ...fields.extra,
  };
  return { article, ...articleLinks({ ...article, aside: asideOf(page) }, link) };
}

/**
 * What links an article to the entities: its mentions in its body and its per-entity counts, the candidate entities
 * it introduces and its quotations. A rebuild that changes the entities links stored articles again through this,
 * from their stored bodies.
 */
export function articleLinks(
  article: { id: string; body: string; publishedSort: string; language: string; aside?: readonly string[] },
  link: LinkFn,
): Omit<PageRows, 'article'> {
  const articleId = article.id;
  const { publishedSort } = article;
  const language = article.language === UNDETERMINED_LANGUAGE ? null : article.language;
  const found = link(article.body, language, article.aside ?? []);
  const mentions = found.mentions.map((m) => ({ articleId, ...m }));
  const counts = new Map<string, { mentionCount: number; firstOffset: number }>();
  for (const m of found.mentions) {
    const count = counts.get(m.entityId);
    if (count) count.mentionCount++;
    else counts.set(m.entityId, { mentionCount: 1, firstOffset: m.start });
  }
  const articleEntities = [...counts].map(([entityId, count]) => ({ articleId, entityId, ...count, publishedSort }));
  const quotations = found.quotations.map((q) => ({
    articleId,
    text: q.text,
    start: q.start,
    end: q.end,
    kind: q.kind,
    speakerId: q.speaker?.entityId ?? null,
    speakerSurface: q.speaker?.surface ?? null,
    speakerStart: q.speaker?.start ?? null,
    speakerEnd: q.speaker?.end ?? null,
    attribution: q.attribution,
    verb: q.verb,
    cue: q.cue,
    publishedSort,
  }));
  return {
    mentions,
    articleEntities,
    unresolved: found.unresolved,
    ...candidateRows(found.candidates),
    candidates: found.candidates,
    quotations,
  };
}

/** A candidate's entity row (no curated description: stored empty, answered as null) and its spellings. */
export function candidateRows(
  candidates: readonly CandidateEntity[],
): Pick<DatabaseRows, 'entities' | 'entityAliases'> {
  return {
    entities: candidates.map((c) => ({
      id: c.id,
      type: c.type,
      name: c.name,
      familyName: c.familyName,
      description: '',
      wikidataId: null,
      status: 'candidate' as const,
      foundBy: c.foundBy,
    })),
    entityAliases: candidates.flatMap((c) =>
      c.aliases.map((alias, i) => ({
        entityId: c.id,
        alias,
        kind: i === 0 && alias === c.name ? ('name' as const) : ('alias' as const),
        searchKey: searchKey(alias),
      })),
    ),
  };
}

type SourceRow = typeof sources.$inferInsert;

/** The source a page belongs to: the one the client names, else the one of its host or name, else a new one. */
function resolveSource(
  db: Db,
  submission: PageSubmission,
  page: PreparedPage,
  language: string,
): { id: string; created: boolean; name: Inference<string> } {
  const outlet = page.outlet;
  const find = (condition: ReturnType<typeof sql>) =>
    db.get<{ id: string; name: string | null }>(sql`select id, name from sources where ${condition} limit 1`);
  const stated = submission.source?.trim();
  if (stated) {
    const known = find(sql`id = ${stated}`) ?? find(sql`name = ${stated} collate nocase`);
    const name: Inference<string> = {
      value: known?.name ?? stated,
      basis: 'stated',
      source: BY_CLIENT,
      evidence: known ? `the client names the source "${stated}"` : 'stated by the client',
    };
    if (known) return { id: known.id, created: false, name };
    return {
      id: insertSource(db, { name: stated, nameBasis: 'stated', nameNote: 'stated by the client' }, language),
      created: true,
      name,
    };
  }
  const known =
    (outlet.host ? find(sql`host = ${outlet.host}`) : undefined) ??
    (outlet.name.value ? find(sql`name = ${outlet.name.value} collate nocase`) : undefined);
  if (known) return { id: known.id, created: false, name: outlet.name };
  if (!outlet.name.value && !outlet.host) {
    const exists = find(sql`id = ${UNIDENTIFIED_SOURCE}`);
    if (!exists) {
      db.run(sql`insert into sources (id, name, name_basis, name_note, notes) values (${UNIDENTIFIED_SOURCE}, null, null,
        ${'Pages whose outlet neither the page, its address nor the client names.'},
        ${'Created by ingest to hold pages of unknown outlets.'})`);
    }
    return { id: UNIDENTIFIED_SOURCE, created: !exists, name: outlet.name };
  }
  const id = insertSource(
    db,
    {
      name: outlet.name.value,
      nameBasis: outlet.name.basis,
      nameNote: outlet.name.value ? outlet.name.evidence : `The page names no outlet; ${outlet.name.evidence}`,
      homepage: outlet.homepage,
      host: outlet.host,
    },
    language,
  );
  return { id, created: true, name: outlet.name };
}

function insertSource(db: Db, row: Omit<SourceRow, 'id'>, language: string): string {
  const base = slugOf(row.name ?? row.host ?? '') || 'outlet';
  const id = uniqueId(db, 'sources', base);
  insertRows(db, {
    sources: [
      {
        id,
        name: row.name ?? null,
        nameBasis: row.nameBasis ?? null,
        nameNote: row.nameNote ?? null,
        homepage: row.homepage ?? null,
        country: null,
        language: language === UNDETERMINED_LANGUAGE ? null : language,
        kind: null,
        selfDescription: null,
        notes: 'Created by ingest when the first page of this outlet arrived.',
        host: row.host ?? null,
      },
    ],
  });
  return id;
}

/** `base`, or `base-2`, `base-3`… : the first id the table does not hold yet. */
function uniqueId(
  db: Db,
  table: 'sources' | 'articles' | 'entities',
  base: string,
  reserved: ReadonlySet<string> = new Set(),
): string {
  const taken = new Set([
    ...reserved,
    ...db
      .all<{ id: string }>(sql`select id from ${sql.identifier(table)} where id = ${base} or id like ${`${base}-%`}`)
      .map((r) => r.id),
  ]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The id of an article: its title's words, else its outlet's host and date, else "article"; unique. */
function articleId(db: Db, page: PreparedPage): string {
  const fromTitle = page.title.value ? slugOf(page.title.value) : '';
  const fallback = [page.outlet.host, page.published.value?.date].filter(Boolean).join(' ');
  return uniqueId(db, 'articles', fromTitle || slugOf(fallback) || 'article');
}

function existing(db: Db, hash: string): IngestOutcome | null {
  const row = db.get<{ id: string; report: string | null }>(
    sql`select id, ingest_report as report from articles where content_hash = ${hash}`,
  );
  if (!row) return null;
  return { status: 'existing', articleId: row.id, report: row.report ? JSON.parse(row.report) : null };
}

/** The article the same page made before, if any; refuses what is not a page of text first. */
export function findIngested(db: Db, submission: PageSubmission): IngestOutcome | null {
  checkContent(submission.content);
  return existing(db, contentHash(submission.contentType, submission.content));
}

/** The pipeline's input for a submission: the page, and what its sender states as given values. */
export function pageInputOf(submission: PageSubmission): PageInput {
  return {
    content: submission.content,
    contentType: submission.contentType,
    url: submission.url ?? null,
    given: clientGiven(submission),
  };
}

/**
 * A page through the pipeline, and its links against the entities as of `entity_version` `version` (candidates with
 * provisional ids): what the page thread hands the writer, so that only the write runs in the write transaction.
 */
export interface PreparedSubmission {
  page: PreparedPage;
  links?: { version: number; links: PageLinks } | undefined;
}

/** The id a candidate takes in the page thread: the writer replaces it with one no entity has. */
export const PROVISIONAL_ID = (base: string, n: number) => `\u0000${n}\u0000${base}`;
const provisionalBase = (id: string) => id.split('\u0000')[2] ?? id;

/** Links a page in the page thread, read only: candidates take provisional ids. */
export function linkAhead(db: Db, page: PreparedPage): NonNullable<PreparedSubmission['links']> {
  const known = knownEntities(db);
  let n = 0;
  const context: LinkContext = { ...lookups(known), freeId: (base) => PROVISIONAL_ID(base, n++) };
  return { version: known.key, links: linkPage(page.body, page.language.value, context, asideOf(page)) };
}

/**
 * Writes a prepared page: all its rows in one immediate transaction, or none of them. A page with no story text is
 * refused; a page that another writer stored meanwhile answers that article. A page linked against older entities
 * than the database's is linked again here.
 */
export function storePage(
  db: Db,
  submission: PageSubmission,
  prepared: PreparedSubmission,
  options: IngestOptions,
): IngestOutcome {
  const { page } = prepared;
  if (page.lines.length === 0) {
    const reasons = [...new Set(page.dropped.map((d) => d.reason))].join(', ');
    throw unprocessable(
      'content',
      `no line of the page reads as story text (${page.dropped.length} line(s) dropped as ${reasons || 'empty'})`,
    );
  }
  const hash = contentHash(submission.contentType, submission.content);
  const now = (options.now ?? new Date()).toISOString();
  return db.$client
    .transaction((): IngestOutcome => {
      // Checked again inside the write lock: a page posted twice at once is written once.
      const raced = existing(db, hash);
      if (raced) return raced;
      const language = page.language.value ?? UNDETERMINED_LANGUAGE;
      const source = resolveSource(db, submission, page, language);
      const id = articleId(db, page);
      const rows = pageRows(
        page,
        {
          id,
          docId: nextDocId(db),
          sourceId: source.id,
          file: options.provenance,
          rawText: submission.content,
          extra: {
            origin: 'ingest',
            url: submission.url ?? page.outlet.url?.value ?? null,
            contentType: submission.contentType,
            contentHash: hash,
            ingestedAt: now,
          },
        },
        (body, language, aside) => {
          const context = databaseContext(db);
          const ahead = prepared.links?.version === context.key ? prepared.links.links : undefined;
          return ahead
            ? withCandidateIds(ahead, (id) => context.freeId(provisionalBase(id)))
            : linkPage(body, language, context, aside);
        },
      );
      const report = reportOf(db, page, rows, source);
      rows.article.ingestReport = JSON.stringify(report);
      insertRows(db, {
        entities: rows.entities,
        entityAliases: rows.entityAliases,
        articles: [rows.article],
        mentions: rows.mentions,
        articleEntities: rows.articleEntities,
        quotations: rows.quotations,
      });
      refreshEntityTotals(
        db,
        rows.articleEntities.map((c) => c.entityId),
      );
      return { status: 'created', articleId: id, report };
    })
    .immediate();
}

/** Ingests one page in this thread: the pipeline, then `storePage`. The same page again changes nothing. */
export function ingestPage(db: Db, submission: PageSubmission, options: IngestOptions): IngestOutcome {
  return (
    findIngested(db, submission) ?? storePage(db, submission, { page: preparePage(pageInputOf(submission)) }, options)
  );
}

/**
 * Ingests one page with the pipeline run by `prepare` (a worker thread, in the server: the pipeline is CPU work
 * that must not hold up other requests); only the short write runs here.
 */
export async function ingestPageWith(
  prepare: (input: PageInput) => Promise<PreparedSubmission>,
  db: Db,
  submission: PageSubmission,
  options: IngestOptions,
): Promise<IngestOutcome> {
  const before = findIngested(db, submission);
  if (before) return before;
  return storePage(db, submission, await prepare(pageInputOf(submission)), options);
}

function reportOf(
  db: Db,
  page: PreparedPage,
  rows: PageRows,
  source: { id: string; created: boolean; name: Inference<string> },
): IngestReport {
  const names = new Map(
    db
      .all<{ id: string; name: string }>(
        sql`select id, name from entities where id in ${rows.articleEntities.map((c) => c.entityId).concat([''])}`,
      )
      .map((e): [string, string] => [e.id, e.name])
      .concat(rows.candidates.map((c): [string, string] => [c.id, c.name])),
  );
  return {
    extractor: page.extractor,
    keptLines: page.lines.length,
    dropped: page.dropped,
    mentions: {
      count: rows.mentions.length,
      entities: rows.articleEntities
        .toSorted((a, b) => b.mentionCount - a.mentionCount || (a.entityId < b.entityId ? -1 : 1))
        .map((c) => ({ id: c.entityId, name: names.get(c.entityId) ?? c.entityId, mentionCount: c.mentionCount })),
      unresolved: rows.unresolved,
      candidates: rows.candidates.map((c) => ({
        id: c.id,
        type: c.type,
        name: c.name,
        aliases: c.aliases,
        foundBy: c.foundBy,
      })),
      quotations: { count: rows.quotations.length, attributed: rows.quotations.filter((q) => q.speakerId).length },
    },
    inferred: {
      title: page.title,
      language: page.language,
      published: page.published,
      outlet: { ...source.name, host: page.outlet.host, sourceId: source.id, newSource: source.created },
    },
    normalization: page.normalization,
    warnings: page.warnings,
  };
}
