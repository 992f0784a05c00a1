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
  sources,
} from '../db/schema.ts';

/** Every row of a knowledge base, ready to insert; the one write path of the seed and of imports. */
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
}

/** Rows per INSERT: well under SQLite's limit on bound variables for the widest table. */
const CHUNK = 500;

function insertChunks<T extends SQLiteTable>(db: Db, table: T, list: T['$inferInsert'][] | undefined): void {
  if (!list) return;
  for (let i = 0; i < list.length; i += CHUNK)
    db.insert(table)
      .values(list.slice(i, i + CHUNK))
      .run();
}

/** Inserts rows in parents-first order. Call inside a transaction. */
export function insertRows(db: Db, rows: Partial<DatabaseRows>): void {
  insertChunks(db, sources, rows.sources);
  insertChunks(db, entities, rows.entities);
  insertChunks(db, entityAliases, rows.entityAliases);
  insertChunks(db, articles, rows.articles);
  insertChunks(db, mentions, rows.mentions);
  insertChunks(db, articleEntities, rows.articleEntities);
  insertChunks(db, events, rows.events);
  insertChunks(db, eventParticipants, rows.eventParticipants);
  insertChunks(db, eventAttestations, rows.eventAttestations);
}

/** Writes a whole knowledge base in one transaction: all of it or none. */
export function writeRows(db: Db, rows: DatabaseRows): void {
  db.transaction((tx) => insertRows(tx as unknown as Db, rows));
}
