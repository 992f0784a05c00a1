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

/** Inserts rows in parents-first order. Call inside a transaction. */
export function insertRows(db: Db, rows: Partial<DatabaseRows>): void {
  const plan = [
    [sources, rows.sources],
    [entities, rows.entities],
    [entityAliases, rows.entityAliases],
    [articles, rows.articles],
    [mentions, rows.mentions],
    [articleEntities, rows.articleEntities],
    [events, rows.events],
    [eventParticipants, rows.eventParticipants],
    [eventAttestations, rows.eventAttestations],
  ] as const;
  for (const [table, list] of plan) {
    if (!list) continue;
    for (let i = 0; i < list.length; i += CHUNK) {
      // biome-ignore lint/suspicious/noExplicitAny: each pair holds a table with its own row type
      db.insert(table as any).values(list.slice(i, i + CHUNK) as any).run();
    }
  }
}

/** Writes a whole knowledge base in one transaction: all of it or none. */
export function writeRows(db: Db, rows: DatabaseRows): void {
  db.transaction((tx) => insertRows(tx as unknown as Db, rows));
}
