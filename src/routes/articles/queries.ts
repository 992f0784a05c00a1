import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { ArticleOrigin, EntityStatus, EntityType, MatchedBy, TextOrigin } from '../../db/schema.ts';
import { invalidParam, notFound } from '../../lib/errors.ts';
import { dateWindowConditions, requireKnownIds } from '../filters.ts';
import { hitOrder, type KeyValue, listPage, queryScope } from '../pagination.ts';
import { readSnippet, SNIPPET_CLOSE, SNIPPET_OPEN, toFtsQuery } from '../search-query.ts';
import type { ArticleListQuery } from './schemas.ts';

/** An article's published columns, as every query that answers its date selects them. */
export interface PublishedRow {
  publishedDate: string | null;
  publishedPrecision: 'year' | 'month' | 'day' | 'time' | null;
  publishedBasis: 'stated' | 'inferred' | null;
  publishedNote: string | null;
  publishedTime: string | null;
  publishedTimezone: string | null;
}

interface ArticleRow extends PublishedRow {
  id: string;
  title: string | null;
  sourceId: string;
  sourceName: string | null;
  language: string;
  publishedSort: string;
  wordCount: number;
  /** JSON of the article's most-mentioned entities. */
  topEntities: string;
}

const ARTICLE_COLUMNS = sql`a.id, a.title, a.source_id as sourceId, s.name as sourceName, a.language,
  a.published_date as publishedDate, a.published_precision as publishedPrecision,
  a.published_basis as publishedBasis, a.published_note as publishedNote, a.published_time as publishedTime,
  a.published_timezone as publishedTimezone, a.published_sort as publishedSort,
  a.word_count as wordCount, a.top_entities as topEntities`;

export function published(
  row: Pick<
    PublishedRow,
    'publishedDate' | 'publishedPrecision' | 'publishedBasis' | 'publishedNote' | 'publishedTime' | 'publishedTimezone'
  >,
) {
  if (!row.publishedDate || !row.publishedPrecision || !row.publishedBasis) return null;
  return {
    date: row.publishedDate,
    precision: row.publishedPrecision,
    basis: row.publishedBasis,
    note: row.publishedNote,
    time: row.publishedTime,
    timezone: row.publishedTimezone,
  };
}

/** Ids of articles mentioning the entity, as an EXISTS condition on `a`. */
const mentioning = (entityId: string) =>
  sql`exists (select 1 from article_entities ae where ae.article_id = a.id and ae.entity_id = ${entityId})`;
/** An event has few attesting articles: an IN list lets SQLite start from them rather than test every article. */
const attesting = (eventId: string) =>
  sql`a.id in (select ea.article_id from event_attestations ea where ea.event_id = ${eventId})`;

export function listArticles(db: Db, query: ArticleListQuery) {
  const known = requireKnownIds(db, [
    { param: 'source', ids: query.source ?? [], table: 'sources' },
    { param: 'person', ids: query.person ?? [], table: 'entities', type: 'person' },
    { param: 'entity', ids: query.entity ?? [], table: 'entities' },
    { param: 'event', ids: query.event ?? [], table: 'events' },
  ]);
  const sort = query.sort ?? (query.q ? 'relevance' : '-publishedAt');
  if (sort === 'relevance' && !query.q) throw invalidParam('sort', 'relevance needs a full-text query q');

  const fts = query.q ? toFtsQuery(query.q) : null;
  const entityIds = [...new Set([...(query.person ?? []), ...(query.entity ?? [])])];
  // Without a search, a list filtered by entities reads the rarest entity's index of articles in date order
  // (article_entities keeps the published date for this), and checks the other filters on each article.
  const articleCount = (id: string) => known.entities.get(id)?.articleCount ?? 0;
  const driver = fts
    ? undefined
    : entityIds.toSorted((a, b) => articleCount(a) - articleCount(b) || (a < b ? -1 : a > b ? 1 : 0))[0];
  const sortColumn = driver ? sql`d.published_sort` : sql`a.published_sort`;

  const conditions: SQL[] = [];
  if (driver) conditions.push(sql`d.entity_id = ${driver}`);
  if (query.source) conditions.push(sql`a.source_id in ${query.source}`);
  if (query.language) conditions.push(sql`a.language in ${query.language}`);
  for (const id of entityIds) if (id !== driver) conditions.push(mentioning(id));
  for (const id of query.event ?? []) conditions.push(attesting(id));
  conditions.push(
    ...dateWindowConditions(sortColumn, sql`a.published_end`, {
      from: query.from,
      to: query.to,
      match: query.dateMatch,
    }),
  );

  const scope = queryScope('articles', query);
  const direction = sort === 'publishedAt' ? 'asc' : 'desc';
  if (!fts) {
    const from = driver ? sql`article_entities d join articles a on a.id = d.article_id` : sql`articles a`;
    // Every article has its source; the left join keeps the sources table inner, so SQLite reads the articles in
    // index order and stops at the limit instead of collecting each source's articles in the window and sorting.
    return listPage(
      db,
      {
        scope,
        select: sql`select ${ARTICLE_COLUMNS} from ${from} left join sources s on s.id = a.source_id`,
        count: sql`select count(*) as n from ${from}`,
        conditions,
        columns: [
          { expr: sortColumn, direction },
          { expr: driver ? sql`d.article_id` : sql`a.id`, direction },
        ],
        keyOf: (row: ArticleRow) => [row.publishedSort, row.id],
        toItems: (rows) =>
          toListItems(
            db,
            rows.map((row) => ({ row })),
          ),
      },
      query,
    );
  }
  // Rank every match on the index alone (joining the articles only when a filter or the sort needs them), then
  // fetch columns and snippets for the page's rows only: snippets cost far more than ranking.
  const joinArticles = conditions.length > 0 || sort !== 'relevance';
  const hits = sql`select article_search.rowid as docId, bm25(article_search, 10.0, 1.0) as rank
      ${joinArticles ? sql`, a.published_sort as publishedSort, a.id as id` : sql``}
    from article_search ${joinArticles ? sql`join articles a on a.doc_id = article_search.rowid` : sql``}
    where article_search match ${fts} and within_budget()
      ${conditions.length ? sql`and ${sql.join(conditions, sql` and `)}` : sql``}`;
  type Hit = { docId: number; rank: number; publishedSort?: string; id?: string };
  return listPage(
    db,
    {
      scope,
      select: sql`select * from (${hits})`,
      conditions: [],
      columns: hitOrder(sort, direction, sql`docId`),
      keyOf: (hit: Hit): KeyValue[] =>
        sort === 'relevance' ? [hit.rank, hit.docId] : [hit.publishedSort ?? '', hit.id ?? ''],
      toItems: (page) => {
        const details = searchDetails(db, fts, page);
        return toListItems(
          db,
          page.flatMap((hit) => {
            const row = details.get(hit.docId);
            return row ? [{ row, rank: hit.rank }] : [];
          }),
        );
      },
    },
    query,
  );
}

/** Columns and a snippet for each hit of a page of search results, by document id. */
function searchDetails(db: Db, fts: string, hits: readonly { docId: number }[]) {
  const docIds = hits.map((h) => h.docId);
  if (docIds.length === 0) return new Map<number, ArticleRow & { snippet: string }>();
  const rows = db.all<ArticleRow & { docId: number; snippet: string }>(
    sql`select ${ARTICLE_COLUMNS}, a.doc_id as docId,
        snippet(article_search, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 24) as snippet
      from article_search join articles a on a.doc_id = article_search.rowid
      join sources s on s.id = a.source_id
      where article_search match ${fts} and article_search.rowid in ${docIds}`,
  );
  return new Map(rows.map((row) => [row.docId, row]));
}

/**
 * The page's rows as list items. Each article keeps its top entities as JSON, written when it was stored; their
 * statuses are read now, in one query for the page, since a candidate may have been confirmed since (an entity no
 * longer there is left out).
 */
function toListItems(db: Db, rows: readonly { row: ArticleRow & { snippet?: string }; rank?: number }[]) {
  const tops = rows.map(({ row }) => JSON.parse(row.topEntities) as StoredEntityCount[]);
  const statuses = statusesOf(db, [...new Set(tops.flat().map((e) => e.id))]);
  return rows.map(({ row, rank }, i) =>
    toListItem(
      row,
      (tops[i] ?? []).flatMap(({ id, name, type, mentionCount }) => {
        const status = statuses.get(id);
        return status ? [{ id, name, type, status, mentionCount }] : [];
      }),
      rank,
    ),
  );
}

/** The status of each of `ids`, in one query. */
function statusesOf(db: Db, ids: readonly string[]): Map<string, EntityStatus> {
  if (ids.length === 0) return new Map();
  const rows = db.all<{ id: string; status: EntityStatus }>(sql`select id, status from entities where id in ${ids}`);
  return new Map(rows.map((r) => [r.id, r.status]));
}

function toListItem(row: ArticleRow & { snippet?: string }, topEntities: EntityCount[], rank?: number) {
  return {
    id: row.id,
    title: row.title,
    source: { id: row.sourceId, name: row.sourceName },
    language: row.language,
    published: published(row),
    wordCount: row.wordCount,
    topEntities,
    ...(row.snippet !== undefined && rank !== undefined
      ? { match: { score: -rank, ...readSnippet(row.snippet) } }
      : {}),
  };
}

/** An entry of `articles.top_entities`. */
type StoredEntityCount = { id: string; name: string; type: EntityType; mentionCount: number };

type EntityCount = StoredEntityCount & { status: EntityStatus };

export function getArticle(db: Db, id: string) {
  const row = db.all<
    ArticleRow & {
      homepage: string | null;
      country: string | null;
      kind: string | null;
      textOrigin: TextOrigin;
      textOriginNote: string | null;
      originalPublisher: string | null;
      originalPublisherBasis: 'stated' | 'inferred' | null;
      originalPublisherNote: string | null;
      body: string;
      rawText: string;
      origin: ArticleOrigin;
      url: string | null;
      ingestedAt: string | null;
    }
  >(
    sql`select ${ARTICLE_COLUMNS}, s.homepage, s.country, s.kind, a.text_origin as textOrigin,
        a.text_origin_note as textOriginNote, a.original_publisher as originalPublisher,
        a.original_publisher_basis as originalPublisherBasis, a.original_publisher_note as originalPublisherNote,
        a.body, a.raw_text as rawText, a.origin, a.url, a.ingested_at as ingestedAt
      from articles a join sources s on s.id = a.source_id where a.id = ${id}`,
  )[0];
  if (!row) return null;
  const entities = db.all<EntityCount & { firstOffset: number }>(
    sql`select e.id, e.name, e.type, e.status, ae.mention_count as mentionCount, ae.first_offset as firstOffset
      from article_entities ae join entities e on e.id = ae.entity_id
      where ae.article_id = ${id} order by ae.mention_count desc, e.id`,
  );
  const events = db.all<{
    id: string;
    title: string;
    date: string;
    precision: 'year' | 'month' | 'day' | 'time';
    quote: string;
    start: number;
    end: number;
    claim: string | null;
  }>(
    sql`select ev.id, ev.title, ev.date, ev.precision, ea.quote, ea.start, ea."end", ea.claim
      from event_attestations ea join events ev on ev.id = ea.event_id
      where ea.article_id = ${id} order by ev.date_start, ev.date_end, ev.id, ea.start`,
  );
  return {
    id: row.id,
    title: row.title,
    source: { id: row.sourceId, name: row.sourceName, homepage: row.homepage, country: row.country, kind: row.kind },
    language: row.language,
    published: published(row),
    textOrigin: row.textOrigin,
    textOriginNote: row.textOriginNote,
    originalPublisher:
      row.originalPublisher && row.originalPublisherBasis
        ? { name: row.originalPublisher, basis: row.originalPublisherBasis, note: row.originalPublisherNote }
        : null,
    wordCount: row.wordCount,
    origin: row.origin,
    url: row.url,
    ingestedAt: row.ingestedAt,
    body: row.body,
    rawText: row.rawText,
    entities,
    events,
  };
}

const CONTEXT = 60;

/** Up to CONTEXT characters either side of [start, end), cut back to whole words. */
export function contextAround(body: string, start: number, end: number) {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(body.length, end + CONTEXT);
  if (from > 0) from = body.indexOf(' ', from) + 1 || start;
  if (from > start) from = start;
  if (to < body.length) {
    const space = body.lastIndexOf(' ', to);
    to = space >= end ? space : end;
  }
  const text = body.slice(from, to).replace(/\s+/g, (ws) => (ws.includes('\n') ? ' '.padEnd(ws.length) : ws));
  return { text, start: start - from, end: end - from };
}

export function listMentions(
  db: Db,
  query: {
    article: string;
    entity?: string[] | undefined;
    type?: string[] | undefined;
    matchedBy?: MatchedBy[] | undefined;
    limit: number;
    cursor?: string | undefined;
    includeTotal?: boolean | undefined;
  },
) {
  const articleId = query.article;
  const article = db.all<{ body: string }>(sql`select body from articles where id = ${articleId}`)[0];
  if (!article) throw notFound('article', articleId);
  requireKnownIds(db, [{ param: 'entity', ids: query.entity ?? [], table: 'entities' }]);
  const conditions: SQL[] = [sql`m.article_id = ${articleId}`];
  if (query.entity) conditions.push(sql`m.entity_id in ${query.entity}`);
  if (query.type) conditions.push(sql`e.type in ${query.type}`);
  if (query.matchedBy) conditions.push(sql`m.matched_by in ${query.matchedBy}`);
  type MentionRow = {
    id: number;
    entityId: string;
    name: string;
    type: EntityType;
    status: EntityStatus;
    start: number;
    end: number;
    surface: string;
    matchedBy: MatchedBy;
  };
  return listPage(
    db,
    {
      scope: queryScope(`articles/${articleId}/mentions`, query),
      select: sql`select m.id, m.entity_id as entityId, e.name, e.type, e.status, m.start, m."end", m.surface,
          m.matched_by as matchedBy
        from mentions m join entities e on e.id = m.entity_id`,
      conditions,
      columns: [{ expr: sql`m.start`, direction: 'asc' }],
      keyOf: (m: MentionRow) => [m.start],
      toItems: (rows) =>
        rows.map((m) => ({
          id: m.id,
          entity: { id: m.entityId, name: m.name, type: m.type, status: m.status },
          start: m.start,
          end: m.end,
          surface: m.surface,
          matchedBy: m.matchedBy,
          context: contextAround(article.body, m.start, m.end),
        })),
    },
    query,
  );
}
