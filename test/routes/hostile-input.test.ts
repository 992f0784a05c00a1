// No input of any kind gets a 500; every error is problem+json: hostile values for every parameter of every route of the OpenAPI document, unknown parameters, tampered cursors, other methods, HEAD, Accept, and a seeded fuzz.
import { createHash } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import t, { type Test } from 'tap';
import { encodeCursor } from '../../src/routes/pagination.ts';
import { build, getJson, ids, type ListBody, type ProblemBody } from '../helper.ts';

/** The slice of an OpenAPI parameter schema this test reads. */
interface ParamSchema {
  type?: string | string[];
  enum?: string[];
  default?: unknown;
  pattern?: string;
  anyOf?: ParamSchema[];
  items?: ParamSchema;
}

interface OpenApiParam {
  name: string;
  in: string;
  schema?: ParamSchema;
}

interface Route {
  /** As the OpenAPI document writes it: `/v1/articles/{id}/mentions`. */
  template: string;
  /** Query parameters the route declares. */
  query: { name: string; schema: ParamSchema }[];
  /** The list route the `{id}` comes from, when the path has one. */
  listPath: string | null;
}

/** Where the hostile part of a request is: a 400 for a query parameter must name it in `invalidParams`. */
type Where = 'query' | 'path' | 'other';

interface Probe {
  url: string;
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS' | 'TRACE';
  headers?: Record<string, string>;
  payload?: string;
  where: Where;
  /** Statuses the request must get, beyond "no 500 and a problem for every error". */
  expect?: readonly number[];
}

// ---------------------------------------------------------------------------------------------------------------
// The hostile values. RAW values are percent-encoded before sending; ENCODED ones go into the URL as they are.

const LONG = 10_000;
const nested = (depth: number) => `${'('.repeat(depth)}a${')'.repeat(depth)}`;

const RAW_VALUES: readonly string[] = [
  // empty and whitespace
  '',
  ' ',
  '   ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\u200b',
  '\ufeff',
  // very long
  'a'.repeat(LONG),
  `${'a-'.repeat(LONG / 2 - 1)}a`,
  'é'.repeat(LONG),
  '😀'.repeat(LONG / 2),
  '('.repeat(LONG),
  '"'.repeat(LONG),
  '%'.repeat(LONG),
  'kim '.repeat(LONG / 4),
  '9'.repeat(LONG),
  'a OR '.repeat(LONG / 5),
  // unicode: emoji, RTL, combining marks, NUL and control characters, lone surrogates
  '😀',
  '👩‍👩‍👧‍👦',
  '🇰🇵',
  'Путин',
  'مرحبا',
  'שלום',
  '\u202eevil\u202c',
  'e\u0301',
  '\u0301',
  'Z\u0334\u0321\u032a\u0344a\u0338\u0327l\u0335g\u0337o\u0337',
  '金正恩',
  'ǅ',
  'ﬁ',
  'İ',
  'ß',
  '\u0000',
  'a\u0000b',
  '\u0002\u0003',
  '\u001b[31m',
  '\uD800',
  '\uDC00',
  'a\uD83D',
  '\uFFFF',
  '\u{10FFFF}',
  // SQL-ish
  "' OR 1=1 --",
  '"; drop table articles; --',
  "'; select * from sqlite_master; --",
  "1' union select name, sql from sqlite_master --",
  '%_%',
  '\\',
  "''",
  'NULL',
  'null',
  'undefined',
  // FTS5 syntax
  '"',
  '*',
  'NEAR(a b)',
  'NEAR(a b, 10)',
  'a:b',
  'title:putin',
  '{title body}:putin',
  '^a',
  '(',
  ')',
  '()',
  '(a',
  'a)',
  'AND',
  'OR NOT',
  'NOT a',
  'a AND',
  'a NOT b',
  '-a',
  '+a',
  'a*',
  '*a',
  'a**',
  '"a',
  '""',
  '" "',
  'a + b',
  'putin NEAR/2 kim',
  nested(10),
  nested(99),
  nested(120),
  nested(249),
  `${'a ('.repeat(50)}a${')'.repeat(50)}`,
  `${'a NOT '.repeat(80)}a`,
  // numbers at the edges
  '-1',
  '0',
  '-0',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '0b11',
  '9007199254740993',
  '1.5',
  '1e2',
  '+1',
  '01',
  '1_000',
  '١٢',
  '100',
  '101',
  '1000000001',
  ' 5 ',
  '5abc',
  // dates
  '2024-02-29',
  '2023-02-29',
  '0000',
  '0000-02-29',
  '9999-12-31',
  '2024-1-1',
  '24-06',
  '2024-13',
  '2024-00',
  '2024-06-31',
  '2024-06-00',
  '10000',
  '2024-06-19T00:00:00Z',
  '-2024',
  '２０２４',
  // booleans
  'TRUE',
  'True',
  'true',
  'false',
  '1',
  'yes',
  'on',
  // enum neighbours
  'person',
  'PERSON',
  'relevance',
  'overlaps',
  '-date',
  'name',
  'en',
  'EN',
  'e',
  'eng',
  // structure and injection of other kinds
  'a/b',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as these very characters.
  '${7*7}',
  '{{7*7}}',
  '[]',
  '{}',
  'a&b=c',
  'a=b',
  '#',
  '?',
  '__proto__',
  'constructor',
];

const ENCODED_VALUES: readonly string[] = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%ED%B0%80',
  '%F0%9F%98',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%FF',
  '%2',
  'a%',
  '%%',
  '%25',
  '%u0041',
  '+',
  '+a',
  'a+b',
  '%2B',
  '%20',
  '%0A',
  '%0D%0A',
  '%26',
  '%3D',
  '%23',
  '%2F',
];

/** Sent without any encoding, as a careless client would. */
const VERBATIM_VALUES: readonly string[] = [
  "' OR 1=1 --",
  '"; drop table articles; --',
  'NEAR(a b)',
  'a:b',
  '^a',
  '"',
  '*',
  '(',
  ')',
  'OR NOT',
  '-a',
  '+a',
  'a b#frag',
  'a|b`{}<>',
  '😀',
  '\uD800',
];

/** Percent-encodes as a browser would, except that a lone surrogate becomes its three WTF-8 bytes (`%ED%A0%80`). */
function enc(value: string): string {
  let out = '';
  for (const ch of value) {
    const unit = ch.charCodeAt(0);
    if (ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

/** Every hostile value, in URL form. */
const HOSTILE: readonly string[] = [...RAW_VALUES.map(enc), ...ENCODED_VALUES];

/** mulberry32: a tiny seeded PRNG, so the fuzz is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The checksum the service puts after a cursor's payload; used here only to forge well-sealed hostile cursors. */
const seal = (payload: string) => `${payload}.${createHash('sha256').update(payload).digest('base64url').slice(0, 16)}`;
const b64 = (text: string) => Buffer.from(text).toString('base64url');

const join = (path: string, query: string) => (query ? `${path}?${query}` : path);
const short = (url: string) => (url.length > 240 ? `${url.slice(0, 240)}… (${url.length} chars)` : url);

// ---------------------------------------------------------------------------------------------------------------

t.test('hostile input: no 500 anywhere, every error a problem+json', async (t) => {
  // No load shedding and no rate limit: a 503 or a 429 would hide what the input itself does.
  const app: FastifyInstance = await build(t, { MAX_EVENT_LOOP_DELAY_MS: 0, RATE_LIMIT_READS: 1_000_000 });
  let sent = 0;
  const failures: string[] = [];

  /** Sends one request and checks the rule; one assertion per request, its message naming the URL. */
  async function probe(t: Test, p: Probe): Promise<LightMyRequestResponse> {
    const method = p.method ?? 'GET';
    sent++;
    const res = await app.inject({
      method,
      url: p.url,
      ...(p.headers ? { headers: p.headers } : {}),
      ...(p.payload !== undefined ? { payload: p.payload } : {}),
    });
    const status = res.statusCode;
    const type = String(res.headers['content-type'] ?? '');
    const problems: string[] = [];
    if (status >= 500) problems.push(`got ${status}`);
    if (p.expect && !p.expect.includes(status)) problems.push(`got ${status}, expected ${p.expect.join(' or ')}`);
    if (status >= 400) {
      if (!type.startsWith('application/problem+json')) problems.push(`content-type is "${type}"`);
      if (method !== 'HEAD') {
        let body: Partial<ProblemBody> | undefined;
        try {
          body = res.json() as Partial<ProblemBody>;
        } catch {
          problems.push('body is not JSON');
        }
        if (body) {
          for (const field of ['type', 'title', 'detail', 'instance'] as const) {
            if (typeof body[field] !== 'string') problems.push(`no string ${field}`);
          }
          if (body.status !== status) problems.push(`body status ${String(body.status)} is not ${status}`);
          if (status === 400 && p.where === 'query') {
            if (!Array.isArray(body.invalidParams) || body.invalidParams.length === 0)
              problems.push('a 400 for a query parameter without invalidParams');
          }
        }
      }
    }
    const label = `${method} ${short(p.url)}`;
    if (problems.length > 0)
      failures.push(`${label} -> ${status}: ${problems.join('; ')}\n    ${res.body.slice(0, 600)}`);
    t.ok(problems.length === 0, problems.length ? `${label}: ${problems.join('; ')}` : `${label} -> ${status}`, {
      status,
      contentType: type,
      body: res.body.slice(0, 2000),
    });
    return res;
  }

  /** A plain GET that must answer 200, counted in the tally; the fixtures come from these. */
  const fetchJson = <T>(url: string): Promise<T> => {
    sent++;
    return getJson<T>(app, url);
  };

  // --- the routes, from the OpenAPI document ---
  const doc = await fetchJson<{ paths: Record<string, Record<string, { parameters?: OpenApiParam[] }>> }>(
    '/openapi.json',
  );
  const routes: Route[] = Object.entries(doc.paths).map(([template, ops]) => {
    const parameters = ops.get?.parameters ?? [];
    return {
      template,
      query: parameters.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
      listPath: template.includes('{id}') ? (template.split('/{id}')[0] as string) : null,
    };
  });
  t.ok(routes.length >= 11, `the OpenAPI document lists the routes (${routes.map((r) => r.template).join(', ')})`);
  t.ok(
    routes.every((r) =>
      Object.keys(doc.paths[r.template] ?? {}).every(
        (m) => m === 'get' || (m === 'post' && r.template === '/v1/articles'),
      ),
    ),
    'every documented route is a GET, but the ingest POST',
  );

  // --- real ids, from the list routes ---
  const idsOf = new Map<string, string[]>();
  for (const listPath of new Set(routes.flatMap((r) => (r.listPath ? [r.listPath] : [])))) {
    // As text: a quotation's id is a whole number, which a path or a query carries as its digits.
    idsOf.set(listPath, ids(await fetchJson<ListBody<{ id: string }>>(`${listPath}?limit=100`)).map(String));
  }
  const allIds = [...new Set([...idsOf.values()].flat())];
  const firstId = (listPath: string) => {
    const id = idsOf.get(listPath)?.[0];
    if (!id) throw new Error(`no id from ${listPath}`);
    return id;
  };
  const realPath = (route: Route, id = route.listPath ? firstId(route.listPath) : '') =>
    route.template.replace('{id}', id);

  /** Real ids a filter parameter takes, by its name. */
  const ID_POOLS: Record<string, string> = {
    source: '/v1/sources',
    person: '/v1/people',
    mentionedWith: '/v1/people',
    entity: '/v1/entities',
    participant: '/v1/entities',
    location: '/v1/entities',
    article: '/v1/articles',
    event: '/v1/events',
    speaker: '/v1/entities',
  };
  const idPool = (name: string) => idsOf.get(ID_POOLS[name] ?? '') ?? allIds;

  const enumOf = (s: ParamSchema): string[] => s.enum ?? s.items?.enum ?? s.anyOf?.find((b) => b.enum)?.enum ?? [];

  /** A value the parameter accepts; for enums one other than the default, so it changes the query. */
  function validValue(name: string, schema: ParamSchema): string {
    const values = enumOf(schema).filter((v) => v !== schema.default);
    if (schema.type === 'boolean') return 'true';
    if (values.length > 0) return values[values.length - 1] as string;
    if (name === 'limit') return '5';
    if (name === 'minMentions') return '2';
    if (name === 'from' || name === 'to') return '2024-06';
    if (name === 'language') return 'en';
    if (name === 'q') return 'putin';
    return idPool(name)[0] ?? 'a';
  }

  const listRoutes = routes.filter((r) => r.query.some((q) => q.name === 'cursor'));

  // --- real cursors: one per list route, from its first page of one item ---
  const cursorOf = new Map<string, { path: string; cursor: string }>();
  for (const route of listRoutes) {
    const path = realPath(route);
    const page = await fetchJson<ListBody<unknown>>(`${path}?limit=1`);
    if (page.nextCursor) cursorOf.set(route.template, { path, cursor: page.nextCursor });
  }
  t.equal(cursorOf.size, listRoutes.length, 'every list route hands out a cursor at limit=1');
  const allCursors = [...cursorOf.values()].map((c) => c.cursor);

  for (const route of routes) {
    t.test(route.template, async (t) => {
      const path = realPath(route);

      t.test('every declared query parameter, every hostile value', async (t) => {
        for (const { name } of route.query) {
          for (const value of HOSTILE) await probe(t, { url: join(path, `${name}=${value}`), where: 'query' });
          for (const value of VERBATIM_VALUES) await probe(t, { url: join(path, `${name}=${value}`), where: 'query' });
          await probe(t, { url: join(path, name), where: 'query' });
          await probe(t, { url: join(path, `${name}=`), where: 'query' });
        }
      });

      t.test('hostile values on top of a valid query', async (t) => {
        const base = route.query
          .filter((q) => q.name !== 'cursor')
          .map((q) => `${q.name}=${enc(validValue(q.name, q.schema))}`);
        for (const { name } of route.query) {
          const others = base.filter((b) => !b.startsWith(`${name}=`));
          for (const value of HOSTILE) {
            await probe(t, { url: join(path, [...others, `${name}=${value}`].join('&')), where: 'query' });
          }
        }
      });

      t.test('repeated parameters and arrays for scalars', async (t) => {
        for (const { name, schema } of route.query) {
          const valid = enc(validValue(name, schema));
          for (const times of [2, 21, 200]) {
            for (const value of [valid, 'a', '%zz']) {
              const query = Array.from({ length: times }, () => `${name}=${value}`).join('&');
              await probe(t, { url: join(path, query), where: 'query' });
            }
            const distinct = Array.from(
              { length: times },
              (_, i) => `${name}=${enc(idPool(name)[i % 7] ?? String(i))}`,
            );
            await probe(t, { url: join(path, distinct.join('&')), where: 'query' });
          }
          for (const query of [
            `${name}=1&${name}=2`,
            `${name}=&${name}=`,
            `${name}=${valid}&${name}=`,
            `${name}[]=${valid}`,
            `${name}[0]=${valid}&${name}[1]=${valid}`,
            `${name}[a]=${valid}`,
            `${name}.a=${valid}`,
            `${name}=${valid}&${name.toUpperCase()}=${valid}`,
          ]) {
            await probe(t, { url: join(path, query), where: 'query' });
          }
        }
      });

      t.test('unknown parameters are a 400 naming each of them', async (t) => {
        const names = async (url: string, expected: string[]) => {
          const res = await probe(t, { url, where: 'query', expect: [400] });
          const body = res.json() as ProblemBody;
          t.same(
            body.invalidParams?.map((p) => p.name).sort(),
            expected.map((name) => `querystring.${name}`).sort(),
            `${short(url)} names ${expected.join(', ')}`,
          );
          return body;
        };
        await names(join(path, 'foo=bar'), ['foo']);
        await names(join(path, 'foo=bar&foo=baz&FOO=1&Limit=1000&LIMIT=0'), ['foo', 'FOO', 'Limit', 'LIMIT']);
        await names(
          join(path, Array.from({ length: 200 }, (_, i) => `p${i}=x`).join('&')),
          Array.from({ length: 200 }, (_, i) => `p${i}`),
        );
        const known = route.query.find((q) => q.name.length > 3);
        if (known) {
          const typo = `${known.name.slice(0, -2)}${known.name.at(-1)}`;
          const body = await names(join(path, `${typo}=x`), [typo]);
          t.match(body.detail, `did you mean "${known.name}"?`, `${typo}: the nearest known name`);
        }
        for (const query of [
          '=x',
          '&&&',
          '?',
          '??foo=bar',
          '__proto__=1',
          '__proto__[x]=1',
          'constructor[prototype][x]=1',
          'hasOwnProperty=1',
          'toString=1',
          '%00=1',
          '%zz=1',
          '%=1',
          '%ED%A0%80=1',
          `${'k'.repeat(LONG)}=1`,
          `foo=${'v'.repeat(LONG)}`,
          `foo=${enc('😀'.repeat(100))}`,
        ]) {
          await probe(t, { url: join(path, query), where: 'query' });
        }
        for (const value of HOSTILE) await probe(t, { url: join(path, `foo=${value}`), where: 'query' });
      });

      if (route.listPath) {
        const listPath = route.listPath;
        t.test('path ids', async (t) => {
          const real = firstId(listPath);
          const ids = [
            ...HOSTILE,
            '..',
            '.',
            '...',
            '%2E%2E',
            '%2e%2e%2F%2e%2e',
            '..%2F..%2Fetc%2Fpasswd',
            '%2F',
            `${real}%2Fx`,
            `a%2F${real}`,
            real.toUpperCase(),
            `${real[0]?.toUpperCase()}${real.slice(1)}`,
            'a'.repeat(201),
            'a'.repeat(200),
            `${real}${'-x'.repeat(100)}`,
            `${real}/`,
            `${real}%00`,
            `${real}%20`,
            `%20${real}`,
            `${real}.json`,
            `${real};x`,
            `-${real}`,
            `${real}-`,
            real.replace('-', '--'),
            real.replace('-', '_'),
            `${real}%`,
            enc(`${real}\u0301`),
            enc(real.replace('a', 'а')), // a Cyrillic a
            ...allIds,
          ];
          for (const id of ids) await probe(t, { url: realPath(route, id), where: 'path' });
          for (const id of ['..', '%2F', real.toUpperCase(), 'a'.repeat(201), '%zz', '%ED%A0%80']) {
            for (const query of ['foo=bar', 'limit=abc', `limit=${'9'.repeat(LONG)}`]) {
              await probe(t, { url: join(realPath(route, id), query), where: 'other' });
            }
          }
          // A well-formed id nothing has, and one that is not of the form: a readable id or a whole number.
          const numbered = /^\d+$/.test(real);
          await probe(t, {
            url: realPath(route, numbered ? '9'.repeat(15) : 'a'.repeat(200)),
            where: 'path',
            expect: [404],
          });
          await probe(t, {
            url: realPath(route, numbered ? `${real}a` : real.toUpperCase()),
            where: 'path',
            expect: [400],
          });
          await probe(t, { url: realPath(route, 'a'.repeat(201)), where: 'path', expect: [400] });
          await probe(t, { url: realPath(route, real), where: 'path', expect: [200] });
        });
      }

      const own = cursorOf.get(route.template);
      if (own) {
        t.test('cursors', async (t) => {
          // Sanity first: the real cursor works, whatever the page size and includeTotal.
          await probe(t, { url: join(path, `limit=1&cursor=${enc(own.cursor)}`), where: 'query', expect: [200] });
          await probe(t, { url: join(path, `limit=3&cursor=${enc(own.cursor)}`), where: 'query', expect: [200] });
          await probe(t, {
            url: join(path, `limit=1&includeTotal=true&cursor=${enc(own.cursor)}`),
            where: 'query',
            expect: [200],
          });

          // Random base64, with and without a checksum part.
          const random = mulberry32(0x5eed + route.template.length);
          const randomB64 = (n: number) =>
            Array.from({ length: n }, () => BASE64URL[Math.floor(random() * 64)] as string).join('');
          for (let i = 0; i < 40; i++) {
            const n = 1 + Math.floor(random() * 200);
            const cursor =
              i % 4 === 0
                ? randomB64(n)
                : i % 4 === 1
                  ? `${randomB64(n)}.${randomB64(16)}`
                  : i % 4 === 2
                    ? Buffer.from(randomB64(n)).toString('base64')
                    : `${randomB64(n)}.${randomB64(16)}.${randomB64(4)}`;
            await probe(t, { url: join(path, `cursor=${enc(cursor)}`), where: 'query', expect: [400] });
          }

          // The real cursor with one character flipped, at every position: always a 400.
          for (let i = 0; i < own.cursor.length; i++) {
            const c = own.cursor[i];
            const flipped = `${own.cursor.slice(0, i)}${c === 'A' ? 'B' : 'A'}${own.cursor.slice(i + 1)}`;
            await probe(t, { url: join(path, `limit=1&cursor=${enc(flipped)}`), where: 'query', expect: [400] });
          }
          // Cut, doubled, padded, in another case or alphabet (each one that differs from the real cursor).
          for (const cursor of [
            own.cursor.slice(0, -1),
            own.cursor.slice(1),
            `${own.cursor}.`,
            `${own.cursor}=`,
            `${own.cursor}${own.cursor}`,
            `${own.cursor}.${own.cursor}`,
            own.cursor.toUpperCase(),
            own.cursor.split('.')[0] as string,
            `.${own.cursor.split('.')[1]}`,
            own.cursor.replaceAll('-', '+').replaceAll('_', '/'),
            `${own.cursor} `,
            own.cursor.repeat(20),
          ].filter((cursor) => cursor !== own.cursor)) {
            await probe(t, { url: join(path, `cursor=${enc(cursor)}`), where: 'query', expect: [400] });
          }

          // A real cursor from every other list route (and, for mentions, from another article).
          for (const [template, other] of cursorOf) {
            if (template === route.template) continue;
            await probe(t, { url: join(path, `limit=1&cursor=${enc(other.cursor)}`), where: 'query', expect: [400] });
          }
          if (route.listPath) {
            for (const id of (idsOf.get(route.listPath) ?? []).slice(1)) {
              await probe(t, {
                url: join(realPath(route, id), `limit=1&cursor=${enc(own.cursor)}`),
                where: 'query',
                expect: [400],
              });
            }
          }

          // The real cursor with a different filter or sort: a 400.
          for (const { name, schema } of route.query) {
            // What a page looks like, not which rows it holds: a cursor works with any of these.
            if (['cursor', 'limit', 'includeTotal', 'fields', 'format'].includes(name)) continue;
            const query = `limit=1&${name}=${enc(validValue(name, schema))}&cursor=${enc(own.cursor)}`;
            await probe(t, { url: join(path, query), where: 'query', expect: [400] });
          }

          // Forged cursors, well sealed, for this very query: hostile keys must not reach SQL as a 500.
          const decoded = JSON.parse(Buffer.from(own.cursor.split('.')[0] as string, 'base64url').toString()) as {
            s: string;
            k: (string | number | null)[];
          };
          const { s: scope, k: key } = decoded;
          const forgedKeys: unknown[] = [
            [],
            [...key, 1],
            key.slice(1),
            key.map(() => null),
            key.map((v) => (typeof v === 'number' ? 'x' : 0)),
            key.map((v) => (typeof v === 'number' ? 1e308 : '\uffff'.repeat(50))),
            key.map((v) => (typeof v === 'number' ? -1e308 : '')),
            key.map((v) => (typeof v === 'number' ? 0.5 : "' OR 1=1 --")),
            key.map((v) => (typeof v === 'number' ? Number.MAX_SAFE_INTEGER + 2 : '\u0000')),
            key.map((v) => (typeof v === 'number' ? -0 : '😀')),
            key.map(() => ({})),
            key.map(() => [1]),
            key.map(() => true),
          ];
          for (const k of forgedKeys) {
            const cursor = encodeCursor(scope, k as (string | number | null)[]);
            await probe(t, { url: join(path, `limit=1&cursor=${enc(cursor)}`), where: 'query' });
          }
          for (const payload of [
            '',
            'null',
            '[]',
            '{}',
            '"s"',
            '1',
            'not json',
            '{"s":',
            JSON.stringify({ s: scope }),
            JSON.stringify({ s: scope, k: null }),
            JSON.stringify({ s: scope, k: key, extra: 1 }),
            JSON.stringify({ s: 'other', k: key }),
            JSON.stringify({ __proto__: { s: scope }, k: key }),
          ]) {
            await probe(t, { url: join(path, `limit=1&cursor=${enc(seal(b64(payload)))}`), where: 'query' });
          }
        });
      }

      t.test('other methods, HEAD, Accept', async (t) => {
        for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'] as const) {
          // OPTIONS (not a CORS preflight) answers which methods the path takes.
          // POST /v1/articles is the ingest route: refused, as this app has no ingest key (test/routes/ingest.test.ts).
          const ingest = method === 'POST' && path === '/v1/articles';
          const expect = method === 'OPTIONS' ? [204] : ingest ? [403] : [404, 405];
          await probe(t, { url: path, method, where: 'other', expect });
          await probe(t, {
            url: path,
            method,
            headers: { 'content-type': 'application/json' },
            payload: '{}',
            where: 'other',
            expect,
          });
          for (const [contentType, payload] of [
            ['application/json', '{'],
            ['application/json', '{"__proto__":{"polluted":1}}'],
            ['application/json', '['.repeat(LONG)],
            ['application/xml', '<a/>'],
            ['text/plain', 'x'.repeat(2_000_000)],
            ['a/b;;;', 'x'],
            ['multipart/form-data; boundary=x', '--x\r\n'],
          ] as const) {
            await probe(t, { url: path, method, headers: { 'content-type': contentType }, payload, where: 'other' });
          }
        }
        await probe(t, {
          url: path,
          method: 'GET',
          headers: { 'content-type': 'application/json' },
          payload: '{',
          where: 'other',
        });

        const hostileQuery = route.query[0] ? `${route.query[0].name}=%zz` : 'foo=%zz';
        for (const url of [path, join(path, 'foo=bar'), join(path, hostileQuery), join(path, 'limit=abc')]) {
          await probe(t, { url, method: 'HEAD', where: 'other' });
        }
        if (route.listPath) await probe(t, { url: realPath(route, 'NOT-AN-ID'), method: 'HEAD', where: 'other' });

        for (const accept of ['text/html', 'application/xml', 'application/problem+json', '*/*;q=0', ';;;', '']) {
          await probe(t, { url: path, headers: { accept }, where: 'other' });
          await probe(t, { url: join(path, 'limit=abc'), headers: { accept }, where: 'other' });
        }
        // A list answers JSON, CSV or NDJSON, so an Accept of none of them is a 406; other routes answer JSON anyway.
        const isList = route.query.some((q) => q.name === 'cursor');
        await probe(t, { url: path, headers: { accept: 'text/html' }, where: 'other', expect: [isList ? 406 : 200] });
        if (route.query.length > 0) {
          await probe(t, {
            url: join(path, `${route.query[0]?.name}=%zz&limit=0`),
            headers: { accept: 'text/html' },
            where: 'query',
          });
        }
      });
    });
  }

  t.test('seeded fuzz: random combinations of declared parameters', async (t) => {
    const random = mulberry32(20240619);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let i = 0; i < 300; i++) {
      const route = pick(routes);
      const id = route.listPath
        ? pick([firstId(route.listPath), pick(allIds), pick(idsOf.get(route.listPath) ?? []), pick(HOSTILE)])
        : '';
      const path = realPath(route, id);
      const parts: string[] = [];
      const count = route.query.length === 0 ? 0 : 1 + Math.floor(random() * 4);
      for (let j = 0; j < count; j++) {
        const { name, schema } = pick(route.query);
        const enumValues = enumOf(schema);
        const pools: readonly string[][] = [
          [...HOSTILE],
          [enc(validValue(name, schema))],
          idPool(name).map(enc),
          allIds,
          allCursors.map(enc),
          enumValues.length ? enumValues : ['a'],
        ];
        const value = pick(pick(pools));
        const times = pick([1, 1, 1, 1, 2, 3, 21]);
        for (let k = 0; k < times; k++) parts.push(`${name}=${value}`);
      }
      if (random() < 0.1) parts.push('foo=bar');
      // A hostile path id may be what the 400 is about; invalidParams is then not required of the query.
      await probe(t, { url: join(path, parts.join('&')), where: HOSTILE.includes(id) ? 'other' : 'query' });
    }
  });

  t.teardown(() => {
    // The tally: how many requests this file sends and which of them broke the rule.
    console.log(`# hostile-input: ${sent} requests sent, ${failures.length} broke the rule`);
    for (const failure of failures) console.log(`# ${failure.replaceAll('\n', '\n# ')}`);
  });
});
