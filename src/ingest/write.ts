import { eq, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.ts';
import {
  articleEntities,
  articles,
  entities,
  entityAliases,
  eventAttestations,
  eventParticipants,
  events,
  mentions,
  quotations,
  sources,
} from '../db/schema.ts';

/** Every row of a knowledge base, ready to insert: what a new database and a bulk import write. */
export interface DatabaseRows {
  sources: (typeof sources.$inferInsert)[];
  entities: (typeof entities.$inferInsert)[];
  entityAliases: (typeof entityAliases.$inferInsert)[];
  articles: (typeof articles.$inferInsert)[];
  mentions: (typeof mentions.$inferInsert)[];
  articleEntities: (typeof articleEntities.$inferInsert)[];
  events: (typeof events.$inferInsert)[];
  eventParticipants: (typeof eventParticipants.$inferInsert)[];
  eventAttestations: (typeof eventAttestations.$inferInsert)[];
  quotations: (typeof quotations.$inferInsert)[];
}

/** How many of an article's entities its list entry names. */
export const TOP_ENTITIES = 5;

/** Inserts a table's rows through one prepared statement, reused row after row. */
function insertEach<T extends SQLiteTable>(db: Db, table: T, list: T['$inferInsert'][] | undefined): void {
  const first = list?.[0];
  if (!list || !first) return;
  // The columns the rows carry (an omitted column keeps its default: an autoincrement id, a zero total).
  const values = Object.fromEntries(Object.keys(first).map((key) => [key, sql.placeholder(key)]));
  const insert = db
    .insert(table)
    .values(values as T['$inferInsert'])
    .prepare();
  for (const row of list) insert.run(row as Record<string, unknown>);
}

/**
 * Inserts rows in parents-first order. Call inside a transaction. An article's entity counts come in the same call
 * as the article: its list entry's top entities are worked out from them here, so the row is written once.
 */
export function insertRows(db: Db, rows: Partial<DatabaseRows>): void {
  insertEach(db, sources, rows.sources);
  insertEach(db, entities, rows.entities);
  insertEach(db, entityAliases, rows.entityAliases);
  insertEach(db, articles, rows.articles && withTopEntities(db, rows.articles, rows.articleEntities ?? []));
  insertEach(db, mentions, rows.mentions);
  insertEach(db, articleEntities, rows.articleEntities);
  insertEach(db, events, rows.events);
  insertEach(db, eventParticipants, rows.eventParticipants);
  insertEach(db, eventAttestations, rows.eventAttestations);
  insertEach(db, quotations, rows.quotations);
}

/**
 * A bulk load in one transaction. Indexing each row through the full-text trigger is about twice as slow as
 * indexing all new rows in one statement, so the insert trigger is set aside for the load (its SQL is read back
 * from the schema, not repeated here) and restored before the transaction commits; then the index is merged
 * once into a tidy segment. `finish` commits all of it; `abort` (or any failure in `finish`) keeps none of it.
 * Rows may be inserted between the two in as many calls as the loader likes, even across awaits.
 */
export class BulkLoad {
  private readonly trigger: string | undefined;
  private readonly firstDocId: number;

  constructor(private readonly db: Db) {
    db.run(sql`begin immediate`);
    this.trigger = db.get<{ sql: string } | undefined>(
      sql`select sql from sqlite_master where type = 'trigger' and name = 'articles_search_insert'`,
    )?.sql;
    this.firstDocId = nextDocId(db);
    if (this.trigger) db.run(sql`drop trigger articles_search_insert`);
  }

  insert(rows: Partial<DatabaseRows>): void {
    insertRows(this.db, rows);
  }

  finish(): void {
    try {
      this.db.run(sql`insert into article_search(rowid, title, body)
        select doc_id, coalesce(title, ''), body from articles where doc_id >= ${this.firstDocId} order by doc_id`);
      if (this.trigger) this.db.run(sql.raw(this.trigger));
      refreshEntityTotals(this.db);
      refreshEventTotals(this.db);
      this.db.run(sql`insert into article_search(article_search) values ('optimize')`);
      this.db.run(sql`commit`);
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  abort(): void {
    if (this.db.$client.inTransaction) this.db.run(sql`rollback`);
  }
}

type EntityCount = { id: string; name: string; type: string; mentionCount: number };

/**
 * Each article with its most-mentioned entities (most mentions first, then id), as the JSON its list entry carries.
 * Names and types come from the entities table, which the same transaction has already written.
 */
function withTopEntities(
  db: Db,
  list: DatabaseRows['articles'],
  counts: DatabaseRows['articleEntities'],
): DatabaseRows['articles'] {
  const top = topEntitiesOf(db, counts);
  return list.map((article) => ({ ...article, topEntities: top.get(article.id) ?? '[]' }));
}

/**
 * Rewrites the list entry's top entities of each article in `articleIds` from its entity counts in `counts` (an
 * article with none gets an empty list): after its links were computed again.
 */
export function updateTopEntities(
  db: Db,
  articleIds: readonly string[],
  counts: DatabaseRows['articleEntities'],
): void {
  const top = topEntitiesOf(db, counts);
  const update = db.$client.prepare('update articles set top_entities = ? where id = ?');
  for (const id of articleIds) update.run(top.get(id) ?? '[]', id);
}

/** The top entities' JSON of every article that has counts in `counts`. */
function topEntitiesOf(db: Db, counts: DatabaseRows['articleEntities']): Map<string, string> {
  const byArticle = new Map<string, DatabaseRows['articleEntities']>();
  for (const count of counts) {
    const own = byArticle.get(count.articleId);
    if (own) own.push(count);
    else byArticle.set(count.articleId, [count]);
  }
  const lookup = db
    .select({ id: entities.id, name: entities.name, type: entities.type })
    .from(entities)
    .where(eq(entities.id, sql.placeholder('id')))
    .prepare();
  const known = new Map<string, { id: string; name: string; type: string } | undefined>();
  const entity = (id: string) => {
    if (!known.has(id)) known.set(id, lookup.get({ id }));
    return known.get(id);
  };
  const top = new Map<string, string>();
  for (const [articleId, own] of byArticle) {
    const list = own
      .toSorted((a, b) => b.mentionCount - a.mentionCount || (a.entityId < b.entityId ? -1 : 1))
      .slice(0, TOP_ENTITIES)
      .flatMap((count): EntityCount[] => {
        const found = entity(count.entityId);
        return found ? [{ id: found.id, name: found.name, type: found.type, mentionCount: count.mentionCount }] : [];
      });
    top.set(articleId, JSON.stringify(list));
  }
  return top;
}

/** The full-text key the next new article takes: one past the highest in use. */
export function nextDocId(db: Db): number {
  return (db.get<{ last: number }>(sql`select coalesce(max(doc_id), 0) as last from articles`)?.last ?? 0) + 1;
}

/** Recomputes the corpus-wide mention and article totals from `article_entities`: of the given entities, or of all. */
export function refreshEntityTotals(db: Db, ids?: readonly string[]): void {
  if (ids?.length === 0) return;
  db.run(sql`update entities set
    mention_count = coalesce((select sum(mention_count) from article_entities ae where ae.entity_id = entities.id), 0),
    article_count = (select count(*) from article_entities ae where ae.entity_id = entities.id)
    ${ids ? sql`where id in ${ids}` : sql``}`);
}

/** Recomputes each event's number of attesting articles and of their distinct sources. */
export function refreshEventTotals(db: Db): void {
  db.run(sql`update events set
    attestation_count = (select count(distinct ea.article_id) from event_attestations ea where ea.event_id = events.id),
    source_count = (select count(distinct a.source_id) from event_attestations ea join articles a on a.id = ea.article_id
      where ea.event_id = events.id)`);
}

/** Writes a whole knowledge base in one transaction: all of it or none. */
export function writeRows(db: Db, rows: DatabaseRows): void {
  const load = new BulkLoad(db);
  try {
    load.insert(rows);
  } catch (error) {
    load.abort();
    throw error;
  }
  load.finish();
}
