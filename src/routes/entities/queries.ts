import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { DatePrecision, EntityStatus, EntityType } from '../../db/schema.ts';
import { invalidParam, notFound } from '../../lib/errors.ts';
import { searchKey } from '../../lib/text.ts';
import { requireKnownIds, whereAll } from '../filters.ts';
import { type KeyValue, listPage, queryScope, type SortColumn } from '../pagination.ts';
import type { EntitySort } from './schemas.ts';

/** People are entities of type `person`: one set of queries serves /people and /entities, parameterised by type. */

export interface EntityListInput {
  status?: EntityStatus[] | undefined;
  q?: string | undefined;
  article?: string[] | undefined;
  source?: string[] | undefined;
  mentionedWith?: string[] | undefined;
  minMentions?: number | undefined;
  sort: EntitySort;
  limit: number;
  cursor?: string | undefined;
  includeTotal?: boolean | undefined;
}

export interface EntityListOptions {
  /** The route name, so a cursor from one list is refused by the other. */
  route: 'people' | 'entities';
  /** Only entities of these types; all types when absent. */
  types?: readonly EntityType[] | undefined;
}

interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  status: EntityStatus;
  description: string;
  wikidataId: string | null;
  mentionCount: number;
  articleCount: number;
}

const SORT_COLUMNS: Record<EntitySort, SortColumn[]> = {
  '-mentions': [
    { expr: sql`mentionCount`, direction: 'desc' },
    { expr: sql`id`, direction: 'asc' },
  ],
  mentions: [
    { expr: sql`mentionCount`, direction: 'asc' },
    { expr: sql`id`, direction: 'asc' },
  ],
  '-articles': [
    { expr: sql`articleCount`, direction: 'desc' },
    { expr: sql`id`, direction: 'asc' },
  ],
  articles: [
    { expr: sql`articleCount`, direction: 'asc' },
    { expr: sql`id`, direction: 'asc' },
  ],
  name: [
    { expr: sql`name`, direction: 'asc' },
    { expr: sql`id`, direction: 'asc' },
  ],
  '-name': [
    { expr: sql`name`, direction: 'desc' },
    { expr: sql`id`, direction: 'asc' },
  ],
};

const sortKey = (sort: EntitySort, row: EntityRow): KeyValue[] => {
  if (sort === '-mentions' || sort === 'mentions') return [row.mentionCount, row.id];
  if (sort === '-articles' || sort === 'articles') return [row.articleCount, row.id];
  return [row.name, row.id];
};

/** A candidate has no curated description: the column holds '' for it, the API null. */
const descriptionOf = (row: Pick<EntityRow, 'status' | 'description'>) =>
  row.status === 'candidate' || row.description === '' ? null : row.description;

/** The search key of a name query; a 400 when nothing searchable is left (`q=--`). */
function nameKey(q: string): string {
  const key = searchKey(q);
  if (!key) throw invalidParam('q', 'has no letters or digits to search for');
  return key;
}

/** The mention counts every list item carries: corpus totals, or counts over the articles passing the filters. */
function countsOf(input: EntityListInput): SQL {
  const articleConditions: SQL[] = [];
  if (input.article) articleConditions.push(sql`a.id in ${input.article}`);
  if (input.source) articleConditions.push(sql`a.source_id in ${input.source}`);
  for (const id of input.mentionedWith ?? []) {
    articleConditions.push(
      sql`exists (select 1 from article_entities w where w.article_id = a.id and w.entity_id = ${id})`,
    );
  }
  if (articleConditions.length === 0) {
    return sql`select id, mention_count as mentions, article_count as articles from entities where mention_count > 0`;
  }
  return sql`select ae.entity_id as id, sum(ae.mention_count) as mentions, count(*) as articles
    from article_entities ae join articles a on a.id = ae.article_id
    ${whereAll(articleConditions)} group by ae.entity_id`;
}

export function listEntities(db: Db, input: EntityListInput, options: EntityListOptions) {
  requireKnownIds(db, [
    { param: 'article', ids: input.article ?? [], table: 'articles' },
    { param: 'source', ids: input.source ?? [], table: 'sources' },
    { param: 'mentionedWith', ids: input.mentionedWith ?? [], table: 'entities', type: 'person' },
  ]);
  const key = input.q === undefined ? undefined : nameKey(input.q);

  const conditions: SQL[] = [];
  // Status before type: the order of the index on (status, type, mention_count, id).
  const statuses = [...new Set(input.status ?? [])];
  if (statuses.length === 1) conditions.push(sql`e.status in ${statuses}`);
  if (options.types) conditions.push(sql`e.type in ${options.types}`);
  if (input.mentionedWith) conditions.push(sql`e.id not in ${input.mentionedWith}`);
  if (input.minMentions !== undefined) conditions.push(sql`c.mentions >= ${input.minMentions}`);
  if (key) {
    // The trigram index answers a substring LIKE; keys are letters and digits only, so nothing needs escaping.
    conditions.push(sql`e.id in (select entity_id from alias_search where search_key like ${`%${key}%`})`);
  }
  const items = sql`with counts as (${countsOf(input)}),
    items as (
      select e.id, e.type, e.name, e.status, e.description, e.wikidata_id as wikidataId,
        c.mentions as mentionCount, c.articles as articleCount
      from entities e join counts c on c.id = e.id ${whereAll(conditions)}
    )`;

  return listPage(
    db,
    {
      scope: queryScope(options.route, input as unknown as Record<string, unknown>),
      select: sql`${items} select * from items`,
      count: sql`${items} select count(*) as n from items`,
      conditions: [],
      columns: SORT_COLUMNS[input.sort],
      keyOf: (row: EntityRow) => sortKey(input.sort, row),
      toItems: (rows) => {
        const aliases = aliasesOf(
          db,
          rows.map((row) => row.id),
        );
        return rows.map((row) => ({
          id: row.id,
          type: row.type,
          name: row.name,
          status: row.status,
          ...(aliases.get(row.id) ?? { aliases: [], searchAliases: [] }),
          description: descriptionOf(row),
          wikidataId: row.wikidataId,
          mentionCount: row.mentionCount,
          articleCount: row.articleCount,
        }));
      },
    },
    input,
  );
}

interface Aliases {
  aliases: string[];
  searchAliases: string[];
}

/** The other names of every entity of a page, in one query. */
function aliasesOf(db: Db, ids: readonly string[]): Map<string, Aliases> {
  const out = new Map<string, Aliases>();
  if (ids.length === 0) return out;
  const rows = db.all<{ entityId: string; alias: string; kind: 'alias' | 'search' }>(
    sql`select entity_id as entityId, alias, kind from entity_aliases
      where entity_id in ${ids} and kind in ('alias', 'search') order by entity_id, alias`,
  );
  for (const row of rows) {
    const entry = out.get(row.entityId) ?? { aliases: [], searchAliases: [] };
    (row.kind === 'alias' ? entry.aliases : entry.searchAliases).push(row.alias);
    out.set(row.entityId, entry);
  }
  return out;
}

const CO_MENTIONED = 10;

const withArticle = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/**
 * One entity with its articles, events and co-mentions. With `type`, an entity of another type is a 404
 * pointing to its /entities address; co-mentions are then limited to that type too.
 */
export function getEntity(db: Db, id: string, type?: EntityType) {
  const row = db.all<EntityRow & { familyName: string | null; foundBy: string | null }>(
    sql`select id, type, name, status, family_name as familyName, description, found_by as foundBy,
        wikidata_id as wikidataId, mention_count as mentionCount, article_count as articleCount
      from entities where id = ${id}`,
  )[0];
  if (!row) throw notFound(type ?? 'entity', id);
  if (type && row.type !== type) {
    throw notFound(type, id, `"${id}" is ${withArticle(row.type)}, not ${withArticle(type)}; see /v1/entities/${id}.`);
  }

  const articles = db.all<{
    id: string;
    title: string | null;
    sourceId: string;
    sourceName: string | null;
    publishedDate: string | null;
    mentionCount: number;
  }>(
    sql`select a.id, a.title, s.id as sourceId, s.name as sourceName, a.published_date as publishedDate,
        ae.mention_count as mentionCount
      from article_entities ae join articles a on a.id = ae.article_id join sources s on s.id = a.source_id
      where ae.entity_id = ${id} order by ae.mention_count desc, a.id`,
  );
  const events = db.all<{ id: string; title: string; date: string; precision: DatePrecision; role: string }>(
    sql`select ev.id, ev.title, ev.date, ev.precision, ep.role
      from event_participants ep join events ev on ev.id = ep.event_id
      where ep.entity_id = ${id} order by ev.date_start, ev.date_end, coalesce(ev.time, ''), ev.id, ep.role`,
  );
  const coMentioned = db.all<{
    id: string;
    name: string;
    type: EntityType;
    status: EntityStatus;
    sharedArticles: number;
  }>(
    sql`select o.id, o.name, o.type, o.status, count(*) as sharedArticles
      from article_entities mine
      join article_entities theirs on theirs.article_id = mine.article_id and theirs.entity_id <> mine.entity_id
      join entities o on o.id = theirs.entity_id
      where mine.entity_id = ${id} ${type ? sql`and o.type = ${type}` : sql``}
      group by o.id order by sharedArticles desc, o.id limit ${CO_MENTIONED}`,
  );
  const names = aliasesOf(db, [id]).get(id) ?? { aliases: [], searchAliases: [] };

  return {
    id: row.id,
    type: row.type,
    name: row.name,
    status: row.status,
    ...names,
    familyName: row.familyName,
    description: descriptionOf(row),
    foundBy: row.foundBy,
    wikidataId: row.wikidataId,
    mentionCount: row.mentionCount,
    articleCount: row.articleCount,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      source: { id: a.sourceId, name: a.sourceName },
      publishedDate: a.publishedDate,
      mentionCount: a.mentionCount,
    })),
    events,
    coMentioned,
  };
}
