import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { BASES, DATE_PRECISIONS } from '../../db/schema.ts';
import { notFound } from '../../lib/errors.ts';
import { whereAll } from '../filters.ts';
import { listPage, type Page, queryScope, type SortColumn } from '../pagination.ts';
import type { SourceDetail, SourceItem, SourceListQuery } from './schemas.ts';

interface SourceRow {
  id: string;
  name: string | null;
  nameBasis: (typeof BASES)[number] | null;
  nameNote: string | null;
  homepage: string | null;
  country: string | null;
  language: string | null;
  kind: string | null;
  selfDescription: string | null;
  notes: string | null;
  articleCount: number;
  languages: string | null;
  coverageFrom: string | null;
  coverageTo: string | null;
}

interface SourceArticleRow {
  id: string;
  title: string | null;
  publishedDate: string | null;
  publishedPrecision: (typeof DATE_PRECISIONS)[number] | null;
}

/** Sources with their article aggregates, one row each; `conditions` apply to the sources table `s`. */
const sourcesWithCounts = (conditions: readonly SQL[]) => sql`select s.id, s.name, s.name_basis as nameBasis,
    s.name_note as nameNote, s.homepage, s.country, s.language, s.kind, s.self_description as selfDescription,
    s.notes, count(a.id) as articleCount, group_concat(distinct a.language) as languages,
    min(nullif(a.published_sort, '')) as coverageFrom, max(nullif(a.published_end, '')) as coverageTo
  from sources s left join articles a on a.source_id = s.id
  ${whereAll(conditions)}
  group by s.id`;

/** Keyset columns over the aggregated rows (named `s` in the outer query); each list ends with the unique id. */
const SORTS: Record<SourceListQuery['sort'], { columns: SortColumn[]; keyOf: (r: SourceRow) => (string | number)[] }> =
  {
    name: {
      // Unnamed outlets last: sort on "has no name" first, so the key never compares a NULL.
      columns: [
        { expr: sql`(s.name is null)`, direction: 'asc' },
        { expr: sql`coalesce(s.name, '') collate nocase`, direction: 'asc' },
        { expr: sql`s.id`, direction: 'asc' },
      ],
      keyOf: (r) => [r.name === null ? 1 : 0, r.name ?? '', r.id],
    },
    '-articles': {
      columns: [
        { expr: sql`s.articleCount`, direction: 'desc' },
        { expr: sql`s.id`, direction: 'asc' },
      ],
      keyOf: (r) => [r.articleCount, r.id],
    },
    id: { columns: [{ expr: sql`s.id`, direction: 'asc' }], keyOf: (r) => [r.id] },
  };

function toSource(row: SourceRow): SourceItem {
  return {
    id: row.id,
    name: row.name,
    nameBasis: row.nameBasis,
    nameNote: row.nameNote,
    homepage: row.homepage,
    country: row.country,
    language: row.language,
    kind: row.kind,
    articleCount: row.articleCount,
    // group_concat does not promise an order.
    languages: row.languages ? row.languages.split(',').sort() : [],
    coverage: row.coverageFrom && row.coverageTo ? { from: row.coverageFrom, to: row.coverageTo } : null,
  };
}

export function listSources(db: Db, query: SourceListQuery): Page<SourceItem> {
  const { columns, keyOf } = SORTS[query.sort];
  const filters: SQL[] = [];
  if (query.language) filters.push(sql`s.language = ${query.language}`);
  // instr rather than LIKE: no wildcard in the user's text needs escaping.
  if (query.q !== undefined) filters.push(sql`instr(lower(s.name), ${query.q.trim().toLowerCase()}) > 0`);
  return listPage(
    db,
    {
      scope: queryScope('sources', query),
      select: sql`with s as (${sourcesWithCounts(filters)}) select * from s`,
      count: sql`select count(*) as n from sources s ${whereAll(filters)}`,
      conditions: [],
      columns,
      keyOf,
      toItems: (rows) => rows.map(toSource),
    },
    query,
  );
}

export function getSource(db: Db, id: string): SourceDetail {
  const row = db.get<SourceRow>(sourcesWithCounts([sql`s.id = ${id}`]));
  if (!row) throw notFound('source', id);
  const articles = db.all<SourceArticleRow>(sql`select id, title, published_date as publishedDate,
      published_precision as publishedPrecision
    from articles where source_id = ${id}
    order by published_sort desc, published_end desc, id`);
  return { ...toSource(row), selfDescription: row.selfDescription, notes: row.notes, articles };
}
