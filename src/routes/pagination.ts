import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { invalidParam } from '../lib/errors.ts';
import { whereAll } from './filters.ts';

/**
 * Keyset pagination, one mechanism for every list. A cursor carries the sort key of the last row served and a
 * fingerprint of the query it belongs to, signed with a keyed HMAC: a cursor that was altered or forged, or one
 * replayed against other filters, is a 400.
 */

export type KeyValue = string | number | null;

export interface SortColumn {
  /** The SQL expression sorted on, e.g. sql`a.published_sort`. */
  expr: SQL;
  direction: 'asc' | 'desc';
}

let cursorKey: Buffer = randomBytes(32);

/** Sets the HMAC key cursors are signed with; every process serving the same clients must use the same one. */
export function setCursorKey(secret: string | Buffer): void {
  cursorKey = Buffer.from(secret);
}

const sign = (payload: string) => createHmac('sha256', cursorKey).update(payload).digest().subarray(0, 16);

/** What makes two requests the same query for paging: the route, the sort and the filters. */
export function queryScope(route: string, query: Record<string, unknown>): string {
  const { cursor: _c, limit: _l, fields: _f, includeTotal: _t, format: _o, ...rest } = query;
  const keys = Object.keys(rest)
    .filter((k) => rest[k] !== undefined)
    .sort();
  const text = `${route}?${JSON.stringify(keys.map((k) => [k, rest[k]]))}`;
  return createHash('sha256').update(text).digest('base64url').slice(0, 16);
}

export function encodeCursor(scope: string, key: readonly KeyValue[]): string {
  const payload = Buffer.from(JSON.stringify({ s: scope, k: key })).toString('base64url');
  return `${payload}.${sign(payload).toString('base64url')}`;
}

const bad = (reason: string) => invalidParam('cursor', reason);

/** Exactly the form encodeCursor writes: base64url without padding, so no two spellings decode alike. */
const CURSOR = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})$/;

/** The sort key a cursor resumes after; a 400 when the cursor is not one this query handed out. */
export function decodeCursor(cursor: string, scope: string, arity: number): KeyValue[] {
  const [, payload, check] = CURSOR.exec(cursor) ?? [];
  const mac = Buffer.from(check ?? '', 'base64url');
  const expected = payload ? sign(payload) : undefined;
  const canonical = (text: string) => Buffer.from(text, 'base64url').toString('base64url') === text;
  if (
    !payload ||
    !check ||
    !expected ||
    !canonical(payload) ||
    !canonical(check) ||
    mac.length !== expected.length ||
    !timingSafeEqual(mac, expected)
  ) {
    throw bad('is not a cursor this API handed out (it may have been altered)');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw bad('is not a cursor this API handed out');
  }
  const { s, k } = (parsed ?? {}) as { s?: unknown; k?: unknown };
  if (s !== scope) throw bad('belongs to a query with other filters or another sort; start again without it');
  const valid = (v: unknown) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  if (!Array.isArray(k) || k.length !== arity || !k.every(valid)) throw bad('is not a cursor this API handed out');
  return k as KeyValue[];
}

/** Rows strictly after `key` in the order of `columns` (which must end with a unique column). */
export function after(columns: readonly SortColumn[], key: readonly KeyValue[]): SQL {
  const terms: SQL[] = [];
  columns.forEach((column, i) => {
    const equal = columns.slice(0, i).map((c, j) => sql`${c.expr} = ${key[j]}`);
    const beyond = column.direction === 'asc' ? sql`${column.expr} > ${key[i]}` : sql`${column.expr} < ${key[i]}`;
    terms.push(sql.join([...equal, beyond], sql` and `));
  });
  return sql`(${sql.join(
    terms.map((t) => sql`(${t})`),
    sql` or `,
  )})`;
}

export function orderBy(columns: readonly SortColumn[]): SQL {
  return sql.join(
    columns.map((c) => (c.direction === 'asc' ? sql`${c.expr} asc` : sql`${c.expr} desc`)),
    sql`, `,
  );
}

/**
 * The order of full-text hits: best rank first (then `rankTie`), or by published date, newest or oldest first (then
 * `dateTie`). The hits' columns are named `rank` and `publishedSort`.
 */
export function hitOrder(sort: string, direction: 'asc' | 'desc', rankTie: SQL, dateTie: SQL = sql`id`): SortColumn[] {
  return sort === 'relevance'
    ? [
        { expr: sql`rank`, direction: 'asc' },
        { expr: rankTie, direction: 'asc' },
      ]
    : [
        { expr: sql`publishedSort`, direction },
        { expr: dateTie, direction },
      ];
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
  total?: number;
}

/** The paging parameters every list takes, as parsed. */
export interface PageInput {
  limit: number;
  cursor?: string | undefined;
  includeTotal?: boolean | undefined;
}

/** What a resource gives the list mechanism: where its rows come from, how they are ordered, how they are shown. */
export interface ListSpec<Row, Item> {
  /** Names the query for its cursors: the route and the parameters that select and order rows. */
  scope: string;
  /** `select … from …` without a where clause; the keyset condition and `conditions` are added to it. */
  select: SQL;
  conditions: readonly SQL[];
  /** The order, ending with a unique column. */
  columns: readonly SortColumn[];
  /** The values of `columns` for a row: the cursor of the page it ends. */
  keyOf: (row: Row) => KeyValue[];
  /** The page's rows as items (one batch, so lookups for the page take one query each). */
  toItems: (rows: Row[]) => Item[];
  /** What `total` counts, when cheaper than counting `select` (`select count(*) as n from …`, without a where). */
  count?: SQL;
}

/** One page of a list: decode the cursor, read `limit + 1` rows past it, cut the page, count when asked. */
export function listPage<Row, Item>(db: Db, spec: ListSpec<Row, Item>, input: PageInput): Page<Item> {
  const key = input.cursor ? decodeCursor(input.cursor, spec.scope, spec.columns.length) : null;
  const conditions = key ? [...spec.conditions, after(spec.columns, key)] : spec.conditions;
  const rows = db.all<Row>(
    sql`${spec.select} ${whereAll(conditions)} order by ${orderBy(spec.columns)} limit ${input.limit + 1}`,
  );
  const more = rows.length > input.limit;
  const data = more ? rows.slice(0, input.limit) : rows;
  const page: Page<Item> = {
    data: spec.toItems(data),
    nextCursor: more ? encodeCursor(spec.scope, spec.keyOf(data[data.length - 1] as Row)) : null,
  };
  if (input.includeTotal) {
    const counted = spec.count
      ? sql`${spec.count} ${whereAll(spec.conditions)}`
      : sql`select count(*) as n from (${spec.select} ${whereAll(spec.conditions)})`;
    page.total = db.all<{ n: number }>(counted)[0]?.n ?? 0;
  }
  return page;
}
