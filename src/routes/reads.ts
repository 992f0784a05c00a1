import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { EntityType } from '../db/schema.ts';
import { getArticle, listArticles, listMentions } from './articles/queries.ts';
import { type EntityListInput, getEntity, listEntities } from './entities/queries.ts';
import { getEvent, listEvents } from './events/queries.ts';
import { getQuotation, listQuotations } from './quotations/queries.ts';
import { getSource, listSources } from './sources/queries.ts';

/**
 * Every database read a route can ask for, by name: plain functions of (db, input) that return plain data or throw
 * a domain error. The read pool runs them on its threads, so inputs and results cross threads by structured clone.
 */
export const READS = {
  health: (db: Db, _input: null) => ({
    articles: db.all<{ n: number }>(sql`select count(*) as n from articles`)[0]?.n ?? 0,
  }),
  listArticles,
  getArticle,
  listMentions,
  listPeople: (db: Db, input: EntityListInput) => listEntities(db, input, { route: 'people', types: ['person'] }),
  getPerson: (db: Db, id: string) => getEntity(db, id, 'person'),
  listEntities: (db: Db, input: EntityListInput & { type?: EntityType[] }) =>
    listEntities(db, input, { route: 'entities', types: input.type }),
  getEntity: (db: Db, id: string) => getEntity(db, id),
  listEvents,
  getEvent,
  listQuotations,
  getQuotation,
  listSources,
  getSource,
} satisfies Record<string, (db: Db, input: never) => unknown>;

export type Reads = typeof READS;
export type ReadName = keyof Reads;
export type ReadInput<K extends ReadName> = Parameters<Reads[K]>[1];
export type ReadResult<K extends ReadName> = ReturnType<Reads[K]>;

/** Runs one read on `db`. */
export function runRead<K extends ReadName>(db: Db, name: K, input: ReadInput<K>): ReadResult<K> {
  const read = READS[name] as (db: Db, input: ReadInput<K>) => ReadResult<K>;
  return read(db, input);
}
