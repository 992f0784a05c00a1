import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { z } from 'zod';
import { HttpProblem } from '../plugins/errors.ts';
import { pickFields } from '../plugins/fields.ts';
import { compiledSerializer } from '../plugins/serializer.ts';
import { CSV, type LIST_FORMATS, NDJSON, SPARSE_JSON, sparseItemOf } from './common-schemas.ts';
import type { Page } from './pagination.ts';
import type { ReadInput, ReadName, ReadResult } from './reads.ts';

/**
 * How every list answers: a page of JSON (with `Link: rel="next"` beside `nextCursor`), or the whole list as CSV or
 * NDJSON, streamed page by page so memory stays flat whatever its size. The format comes from `format` or, failing
 * that, from `Accept`; an `Accept` none of them meets is a 406.
 */

const JSON_TYPE = 'application/json';
type Format = (typeof LIST_FORMATS)[number];

/** Items per page while streaming an export. */
const EXPORT_PAGE = 100;

interface ListQuery {
  limit: number;
  cursor?: string | undefined;
  fields?: string[] | undefined;
  format?: Format | undefined;
}

/** The format a request asks for; a 406 naming the choices when its `Accept` allows none of them. */
function formatOf(request: FastifyRequest, query: ListQuery): Format {
  if (query.format) return query.format;
  if (!request.headers.accept) return 'json';
  const offered = [JSON_TYPE, SPARSE_JSON, CSV, NDJSON];
  const chosen = new Negotiator(request.raw).mediaType(offered);
  if (chosen === CSV) return 'csv';
  if (chosen === NDJSON) return 'ndjson';
  if (chosen) return 'json';
  throw new HttpProblem(
    406,
    'Not acceptable',
    `A list can be answered as ${offered.join(', ')} (or choose with format=json|csv|ndjson); the Accept header allows none of them.`,
  );
}

/** The URL of the next page: this request's URL with `cursor` replaced. */
function nextUrl(request: FastifyRequest, cursor: string): string {
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

/** A list item's schema: an object with an `id`. */
type ItemSchema = z.ZodObject<z.ZodRawShape & { id: z.ZodType }>;

/** The item schema of a list schema (`{ data: Item[], … }`). */
export function itemOf(list: z.ZodObject): ItemSchema {
  return (list.shape.data as z.ZodArray<ItemSchema>).element;
}

/** The CSV columns of an item schema: nested objects flattened to dot-separated paths, everything else one column. */
export function csvColumns(schema: z.ZodType, prefix = ''): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape).flatMap(([key, value]) => csvColumns(value as z.ZodType, `${prefix}${key}.`));
  }
  return [prefix.slice(0, -1)];
}

/** An item as one CSV record: each column's value, arrays as JSON text, absent or null values empty. */
function csvRecord(item: Record<string, unknown>, columns: readonly string[]): unknown[] {
  return columns.map((column) => {
    let value: unknown = item;
    for (const key of column.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[key];
    if (value === null || value === undefined) return '';
    return typeof value === 'object' ? JSON.stringify(value) : value;
  });
}

type ListRead = {
  [K in ReadName]: ReadInput<K> extends ListQuery ? K : never;
}[ReadName];

/**
 * Answers a list route. `item` is the list's item schema (for the CSV columns); `read` is the name of the read that
 * answers one page of it.
 */
export async function answerList<K extends ListRead>(
  request: FastifyRequest,
  reply: FastifyReply,
  read: K,
  query: ReadInput<K> & ListQuery,
  item: ItemSchema,
): Promise<ReadResult<K>> {
  const format = formatOf(request, query);
  const readPage = (input: ReadInput<K>) => request.read(read, input) as Promise<Page<Record<string, unknown>>>;
  if (format === 'json') {
    const page = await readPage(query);
    if (page.nextCursor) reply.header('link', `<${nextUrl(request, page.nextCursor)}>; rel="next"`);
    // `fields` trims the items after the handler (src/plugins/fields.ts); the answer says it is the sparse variant.
    reply.type(query.fields ? SPARSE_JSON : JSON_TYPE);
    return page as ReadResult<K>;
  }

  // An export: every item from `cursor` on, page after page, each page one read with its own time budget. The first
  // page is read before answering, so a bad filter or cursor is still a 400 rather than a broken download.
  const fields = query.fields;
  const pageOf = (cursor: string | undefined) =>
    readPage({ ...query, cursor, limit: EXPORT_PAGE, includeTotal: false });
  const first = await pageOf(query.cursor);
  async function* items() {
    let page = first;
    for (;;) {
      for (const entry of page.data) yield fields ? pickFields(entry, fields) : entry;
      if (!page.nextCursor) return;
      page = await pageOf(page.nextCursor);
    }
  }
  const source = Readable.from(items());
  const name =
    request.routeOptions.url
      ?.split('/')
      .filter((part) => part && !part.startsWith(':'))
      .pop() ?? 'list';
  reply.header('content-disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'ndjson') {
    reply.type(NDJSON);
    const line = lineWriter(item, fields !== undefined);
    return stream(source.map((entry) => `${line(entry)}\n`));
  }
  const all = csvColumns(item);
  const columns = fields ? all.filter((c) => fields.includes(c.split('.')[0] as string)) : all;
  reply.type(`${CSV}; charset=utf-8; header=present`);
  const csv = stringify({ header: true, columns, cast: { boolean: (v) => String(v) } });
  // A page that fails half-way (over its budget) breaks the download visibly rather than ending it short.
  pipeline(
    source.map((entry) => csvRecord(entry as Record<string, unknown>, columns)),
    csv,
    (error) => error && request.log.warn({ err: error }, 'export stopped'),
  );
  return stream(csv);
}

const writers = new WeakMap<ItemSchema, { full: (item: unknown) => string; sparse: (item: unknown) => string }>();

/**
 * Writes one item as JSON exactly as the list's JSON answer would (the fields of the item schema, no others),
 * compiled once per schema; the sparse writer for items `fields` trimmed.
 */
function lineWriter(item: ItemSchema, sparse: boolean): (item: unknown) => string {
  let pair = writers.get(item);
  if (!pair) {
    pair = {
      full: compileWriter(item),
      sparse: compileWriter(sparseItemOf(item)),
    };
    writers.set(item, pair);
  }
  return sparse ? pair.sparse : pair.full;
}

const compileWriter = (schema: z.ZodObject) =>
  compiledSerializer({ schema, method: 'GET', url: '', httpStatus: '200' }) as (item: unknown) => string;

/** A stream handed to Fastify, which sends it as it comes; typed as the route's answer, whose schema it bypasses. */
const stream = <T>(readable: Readable) => readable as unknown as T;
