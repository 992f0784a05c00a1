import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Attribution, EntityStatus, EntityType, QuotationKind } from '../../db/schema.ts';
import { invalidParam, notFound } from '../../lib/errors.ts';
import { type PublishedRow, published } from '../articles/queries.ts';
import { entityRefOf } from '../common-schemas.ts';
import { dateWindowConditions, requireKnownIds } from '../filters.ts';
import { hitOrder, type KeyValue, listPage, type Page, queryScope } from '../pagination.ts';
import { readSnippet, SNIPPET_CLOSE, SNIPPET_OPEN, toFtsQuery } from '../search-query.ts';
import type { QuotationDetail, QuotationItem, QuotationListQuery } from './schemas.ts';

interface QuotationRow extends PublishedRow {
  id: number;
  text: string;
  start: number;
  end: number;
  kind: QuotationKind;
  speakerId: string | null;
  speakerName: string | null;
  speakerType: EntityType | null;
  speakerStatus: EntityStatus | null;
  speakerSurface: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  attribution: Attribution | null;
  verb: string | null;
  cue: string | null;
  publishedSort: string;
  articleId: string;
  articleTitle: string | null;
  sourceId: string;
  sourceName: string | null;
}

const QUOTATION_COLUMNS = sql`q.id, q.text, q.start, q."end", q.kind, q.speaker_id as speakerId,
  sp.name as speakerName, sp.type as speakerType, sp.status as speakerStatus, q.speaker_surface as speakerSurface,
  q.speaker_start as speakerStart, q.speaker_end as speakerEnd, q.attribution, q.verb, q.cue,
  q.published_sort as publishedSort, q.article_id as articleId, a.title as articleTitle,
  a.published_date as publishedDate, a.published_precision as publishedPrecision,
  a.published_basis as publishedBasis, a.published_note as publishedNote, a.published_time as publishedTime,
  a.published_timezone as publishedTimezone, a.source_id as sourceId, s.name as sourceName`;

/**
 * What a quotation row needs besides `quotations q`. Every quotation has its article and every article its source:
 * left joins keep `q` first, so SQLite reads the quotations in index order and stops at the page's end.
 */
const QUOTATION_JOINS = sql`left join articles a on a.id = q.article_id left join sources s on s.id = a.source_id
  left join entities sp on sp.id = q.speaker_id`;

function filterConditions(db: Db, query: QuotationListQuery): SQL[] {
  requireKnownIds(db, [
    { param: 'speaker', ids: query.speaker ?? [], table: 'entities' },
    { param: 'article', ids: query.article ?? [], table: 'articles' },
    { param: 'source', ids: query.source ?? [], table: 'sources' },
  ]);
  const conditions: SQL[] = [];
  if (query.speaker) conditions.push(sql`q.speaker_id in ${query.speaker}`);
  if (query.attributed !== undefined) {
    conditions.push(query.attributed ? sql`q.speaker_id is not null` : sql`q.speaker_id is null`);
  }
  if (query.kind) conditions.push(sql`q.kind = ${query.kind}`);
  if (query.article) conditions.push(sql`q.article_id in ${query.article}`);
  if (query.source) conditions.push(sql`a.source_id in ${query.source}`);
  // The article's published days: `published_sort` is copied onto each quotation, so the window reads its index.
  conditions.push(
    ...dateWindowConditions(sql`q.published_sort`, sql`a.published_end`, {
      from: query.from,
      to: query.to,
      match: query.dateMatch,
    }),
  );
  return conditions;
}

function toItem(row: QuotationRow): Omit<QuotationItem, 'match'> {
  return {
    id: row.id,
    text: row.text,
    start: row.start,
    end: row.end,
    kind: row.kind,
    speaker: entityRefOf(row.speakerId, row.speakerName, row.speakerType, row.speakerStatus),
    speakerText:
      row.speakerSurface !== null && row.speakerStart !== null && row.speakerEnd !== null
        ? { surface: row.speakerSurface, start: row.speakerStart, end: row.speakerEnd }
        : null,
    attribution: row.attribution,
    verb: row.verb,
    cue: row.cue,
    article: { id: row.articleId, title: row.articleTitle, published: published(row) },
    source: { id: row.sourceId, name: row.sourceName },
  };
}

export function listQuotations(db: Db, query: QuotationListQuery): Page<QuotationItem> {
  const sort = query.sort ?? (query.q ? 'relevance' : '-published');
  if (sort === 'relevance' && !query.q) throw invalidParam('sort', 'relevance needs a full-text query q');
  const fts = query.q ? toFtsQuery(query.q) : null;
  const conditions = filterConditions(db, query);
  const scope = queryScope('quotations', query);
  const direction = sort === 'published' ? 'asc' : 'desc';

  if (!fts) {
    return listPage(
      db,
      {
        scope,
        select: sql`select ${QUOTATION_COLUMNS} from quotations q ${QUOTATION_JOINS}`,
        count: sql`select count(*) as n from quotations q left join articles a on a.id = q.article_id`,
        conditions,
        columns: [
          { expr: sql`q.published_sort`, direction },
          { expr: sql`q.id`, direction },
        ],
        keyOf: (row: QuotationRow) => [row.publishedSort, row.id],
        toItems: (rows) => rows.map(toItem),
      },
      query,
    );
  }

  // As article search: rank every match on the index (joining the quotations only when a filter or the sort needs
  // them), then read the columns and snippets of the page's rows alone.
  const joinRows = conditions.length > 0 || sort !== 'relevance';
  const hits = sql`select quotation_search.rowid as id, bm25(quotation_search) as rank
      ${joinRows ? sql`, q.published_sort as publishedSort` : sql``}
    from quotation_search ${
      joinRows
        ? sql`join quotations q on q.id = quotation_search.rowid left join articles a on a.id = q.article_id`
        : sql``
    }
    where quotation_search match ${fts} and within_budget()
      ${conditions.length ? sql`and ${sql.join(conditions, sql` and `)}` : sql``}`;
  type Hit = { id: number; rank: number; publishedSort?: string };
  const columns = hitOrder(sort, direction, sql`id`);
  return listPage(
    db,
    {
      scope,
      select: sql`select * from (${hits})`,
      conditions: [],
      columns,
      keyOf: (hit: Hit): KeyValue[] => (sort === 'relevance' ? [hit.rank, hit.id] : [hit.publishedSort ?? '', hit.id]),
      toItems: (page) => {
        const details = searchDetails(db, fts, page);
        return page.flatMap((hit) => {
          const row = details.get(hit.id);
          return row ? [{ ...toItem(row), match: { score: -hit.rank, ...readSnippet(row.snippet) } }] : [];
        });
      },
    },
    query,
  );
}

/** Columns and a snippet for each hit of a page of search results, by quotation id. */
function searchDetails(db: Db, fts: string, hits: readonly { id: number }[]) {
  const ids = hits.map((h) => h.id);
  if (ids.length === 0) return new Map<number, QuotationRow & { snippet: string }>();
  const rows = db.all<QuotationRow & { snippet: string }>(
    sql`select ${QUOTATION_COLUMNS},
        snippet(quotation_search, 0, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 32) as snippet
      from quotation_search join quotations q on q.id = quotation_search.rowid ${QUOTATION_JOINS}
      where quotation_search match ${fts} and quotation_search.rowid in ${ids}`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** How far the context reaches either side of a quotation, at most. */
const CONTEXT_REACH = 200;

/** The end of a sentence: its punctuation and any closing quotation marks or brackets, before a space or the end. */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;

/**
 * The sentence or sentences that hold [start, end) in `body`: from the end of the sentence before it to the end of
 * the one it closes (a quotation's own final stop counts), within its paragraph and CONTEXT_REACH either side, cut
 * back to whole words where the reach stops it.
 */
export function quotationContext(body: string, start: number, end: number) {
  const paragraphStart = Math.min(start, body.lastIndexOf('\n', start - 1) + 1);
  const newline = body.indexOf('\n', end);
  const paragraphEnd = newline === -1 ? body.length : newline;
  const lo = Math.max(paragraphStart, start - CONTEXT_REACH);
  const hi = Math.min(paragraphEnd, end + CONTEXT_REACH);

  let from = lo;
  for (const match of body.slice(lo, start).matchAll(SENTENCE_END)) from = lo + match.index + match[0].length;
  if (from === lo && lo > paragraphStart) {
    const space = body.indexOf(' ', lo);
    if (space !== -1 && space < start) from = space + 1;
  }
  while (from < start && /\s/u.test(body[from] ?? '')) from++;

  const ending = new RegExp(SENTENCE_END);
  ending.lastIndex = Math.max(start, end - 1);
  const stop = ending.exec(body);
  let to = stop && stop.index + stop[0].length <= hi ? stop.index + stop[0].length : hi;
  if (to === hi && hi < paragraphEnd) {
    const space = body.lastIndexOf(' ', hi);
    if (space >= end) to = space;
  }
  to = Math.max(to, end);

  // Line breaks inside a quotation become spaces of the same length: the offsets stay true.
  const text = body.slice(from, to).replace(/\s+/g, (ws) => (ws.includes('\n') ? ' '.padEnd(ws.length) : ws));
  return { text, start: start - from, end: end - from };
}

export function getQuotation(db: Db, id: number): QuotationDetail {
  const row = db.get<QuotationRow & { body: string }>(
    sql`select ${QUOTATION_COLUMNS}, a.body from quotations q ${QUOTATION_JOINS} where q.id = ${id}`,
  );
  if (!row) throw notFound('quotation', String(id));
  return { ...toItem(row), context: quotationContext(row.body, row.start, row.end) };
}
