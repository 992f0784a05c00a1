import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { partialDateRange } from '../lib/dates.ts';
import { invalidParam } from '../lib/errors.ts';

/** Filter pieces shared by the list routes: known-id checks and honest date windows. */

export interface IdFilter {
  /** The query parameter, for the error. */
  param: string;
  ids: readonly string[];
  table: 'entities' | 'articles' | 'events' | 'sources';
  /** For entities: the type the ids must have (`person` for `?person=`). */
  type?: string;
}

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

const SINGULAR = { entities: 'entity', articles: 'article', events: 'event', sources: 'source' } as const;

const TABLES = {
  entities: sql`entities`,
  articles: sql`articles`,
  events: sql`events`,
  sources: sql`sources`,
} as const;

/** An id a filter named, as found: entities with their type and how many articles mention them. */
export interface KnownId {
  type: string | null;
  articleCount: number | null;
}

/**
 * A 400 naming the parameter when a filter names an id that does not exist (or an entity of another type),
 * so a typo is not mistaken for "no results". One query per table named, whatever the number of ids; answers
 * what it found, table by table, so a caller can plan with it without asking again.
 */
export function requireKnownIds(db: Db, filters: readonly IdFilter[]): Record<IdFilter['table'], Map<string, KnownId>> {
  const known: Record<IdFilter['table'], Map<string, KnownId>> = {
    entities: new Map(),
    articles: new Map(),
    events: new Map(),
    sources: new Map(),
  };
  for (const table of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
    const wanted = filters.filter((f) => f.table === table && f.ids.length > 0);
    const ids = [...new Set(wanted.flatMap((f) => f.ids))];
    if (ids.length === 0) continue;
    const entityColumns =
      table === 'entities' ? sql`type, article_count as articleCount` : sql`null as type, null as articleCount`;
    const rows = db.all<{ id: string } & KnownId>(
      sql`select id, ${entityColumns} from ${TABLES[table]} where id in ${ids}`,
    );
    const found = known[table];
    for (const row of rows) found.set(row.id, { type: row.type, articleCount: row.articleCount });
    for (const filter of wanted) {
      for (const id of filter.ids) {
        if (!found.has(id)) throw invalidParam(filter.param, `no ${SINGULAR[table]} has the id "${id}"`);
        const type = found.get(id)?.type;
        if (filter.type && type !== filter.type) {
          throw invalidParam(
            filter.param,
            `"${id}" is ${withArticle(type ?? 'unknown')}, not ${withArticle(filter.type)}`,
          );
        }
      }
    }
  }
  return known;
}

/** The ISO day a year (366 days) before `day`. */
function yearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y ?? 0, (m ?? 1) - 1, (d ?? 1) - 366);
  return date
    .toISOString()
    .slice(0, 10)
    .replace(/^\+?0*(\d{4})/, '$1');
}

export interface DateWindow {
  from?: string | undefined;
  to?: string | undefined;
  match: 'within' | 'overlaps';
}

/**
 * Conditions on an item whose date covers the days [start, end] (ISO dates, '' when unknown):
 * `within` keeps items certainly inside the window, `overlaps` items possibly inside it.
 */
export function dateWindowConditions(start: SQL, end: SQL, window: DateWindow): SQL[] {
  const from = window.from ? partialDateRange(window.from).start : undefined;
  const to = window.to ? partialDateRange(window.to).end : undefined;
  if (from && to && from > to) throw invalidParam('from', `is after to (${window.to})`);
  if (!from && !to) return [];
  const conditions: SQL[] = [sql`${start} <> ''`];
  // Every range is at most a year long (the coarsest precision), and start <= end: so each test on `end` also
  // bounds `start`, and the redundant bound lets the index on `start` read just the window, not all after it.
  if (window.match === 'within') {
    if (from) conditions.push(sql`${start} >= ${from}`);
    if (to) conditions.push(sql`${end} <= ${to}`, sql`${start} <= ${to}`);
  } else {
    if (from) conditions.push(sql`${end} >= ${from}`, sql`${start} >= ${yearBefore(from)}`);
    if (to) conditions.push(sql`${start} <= ${to}`);
  }
  return conditions;
}

export const whereAll = (conditions: readonly SQL[]): SQL =>
  conditions.length ? sql`where ${sql.join([...conditions], sql` and `)}` : sql``;
