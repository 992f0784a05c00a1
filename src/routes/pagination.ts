import { createHash } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { invalidParam } from '../plugins/errors.ts';

/**
 * Keyset pagination. A cursor carries the sort key of the last row served and a fingerprint of the query it
 * belongs to, sealed with a checksum: a tampered cursor, or one replayed against other filters, is a 400.
 */

export type KeyValue = string | number | null;

export interface SortColumn {
  /** The SQL expression sorted on, e.g. sql`a.published_sort`. */
  expr: SQL;
  direction: 'asc' | 'desc';
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 16);

/** What makes two requests the same query for paging: the route, the sort and the filters. */
export function queryScope(route: string, query: Record<string, unknown>): string {
  const { cursor: _c, limit: _l, fields: _f, includeTotal: _t, ...rest } = query;
  const keys = Object.keys(rest).sort();
  return digest(`${route}?${JSON.stringify(keys.map((k) => [k, rest[k]]))}`);
}

export function encodeCursor(scope: string, key: readonly KeyValue[]): string {
  const payload = Buffer.from(JSON.stringify({ s: scope, k: key })).toString('base64url');
  return `${payload}.${digest(payload)}`;
}

const bad = (reason: string) => invalidParam('cursor', 'querystring', reason);

/** The sort key a cursor resumes after; a 400 when the cursor is not one this query handed out. */
export function decodeCursor(cursor: string, scope: string, arity: number): KeyValue[] {
  const [payload, check, extra] = cursor.split('.');
  if (!payload || !check || extra !== undefined || digest(payload) !== check) {
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

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Cuts the `limit + 1` rows a query fetched into a page and the cursor of the next. */
export function toPage<T>(rows: T[], limit: number, scope: string, keyOf: (row: T) => KeyValue[]): Page<T> {
  if (rows.length <= limit) return { data: rows, nextCursor: null };
  const data = rows.slice(0, limit);
  return { data, nextCursor: encodeCursor(scope, keyOf(data[data.length - 1] as T)) };
}
