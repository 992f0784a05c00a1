// The running service: health, docs, the OpenAPI document, one error shape, config validation.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Validator } from '@seriousme/openapi-schema-validator';
import t from 'tap';
import { parse } from 'yaml';
import { renderOpenapi } from '../scripts/openapi.ts';
import { ConfigSchema, loadConfig } from '../src/config.ts';
import { build } from './helper.ts';

t.test('GET /health answers over the seeded database', async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: 'GET', url: '/health' });
  t.equal(res.statusCode, 200);
  t.same(res.json(), { status: 'ok', articles: 5 });
});

t.test('GET /docs serves Swagger UI and /openapi.json the document', async (t) => {
  const app = await build(t);
  const docs = await app.inject({ method: 'GET', url: '/docs' });
  t.equal(docs.statusCode, 200);
  t.match(docs.headers['content-type'], /^text\/html/);
  t.match(docs.body, /swagger-ui/);
  const css = await app.inject({ method: 'GET', url: '/docs/static/swagger-ui.css' });
  t.equal(css.statusCode, 200, 'its assets are served locally');
  const doc = await app.inject({ method: 'GET', url: '/openapi.json' });
  t.equal(doc.statusCode, 200);
  t.equal(doc.json().openapi, '3.1.0');
});

t.test('the OpenAPI document is valid OpenAPI 3.1', async (t) => {
  const validator = new Validator();
  const result = await validator.validate(parse(await renderOpenapi()));
  t.equal(validator.version, '3.1');
  t.same(result.errors ?? [], []);
  t.ok(result.valid);
});

// The contract itself (media types, examples, lint, generated types) is checked by test/contract/.
t.test('every documented operation has a tag, a summary, a description and its error responses', async (t) => {
  const doc = parse(await renderOpenapi()) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]) => ({ path, m, op })),
  );
  t.ok(operations.length > 0);
  for (const { path, m, op } of operations) {
    const label = `${m.toUpperCase()} ${path}`;
    t.ok((op.tags as string[] | undefined)?.length, `${label} has a tag`);
    t.ok(op.summary, `${label} has a summary`);
    t.ok(op.description, `${label} has a description`);
    const codes = Object.keys(op.responses as object);
    t.ok(codes.includes('500'), `${label} declares its 500`);
    if (path.includes('{')) t.ok(codes.includes('404'), `${label} declares its 404`);
    if ((op.parameters as unknown[] | undefined)?.length) t.ok(codes.includes('400'), `${label} declares its 400`);
  }
});

t.test('unknown routes answer a problem+json 404', async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: 'GET', url: '/no/such/route?x=1' });
  t.equal(res.statusCode, 404);
  t.match(res.headers['content-type'], /^application\/problem\+json/);
  t.same(res.json(), {
    type: '/problems/not-found',
    title: 'Not found',
    status: 404,
    detail: 'No route GET /no/such/route.',
    instance: '/no/such/route?x=1',
  });
});

t.test('config: defaults, and a bad value names the variable', async (t) => {
  t.same(loadConfig({}), {
    PORT: 3000,
    HOST: '127.0.0.1',
    DATABASE_PATH: 'data/news.db',
    DATABASE_CREATE: false,
    LOG_LEVEL: 'info',
    WORKERS: 1,
    READ_THREADS: Math.max(2, Math.min(4, availableParallelism())),
    QUERY_TIMEOUT_MS: 1000,
    CORS_ORIGIN: '*',
    TRUST_PROXY: false,
    RATE_LIMIT_READS: 600,
    RATE_LIMIT_WRITES: 30,
    RATE_LIMIT_WINDOW_MS: 60_000,
    MAX_EVENT_LOOP_DELAY_MS: 1000,
    REQUEST_TIMEOUT_MS: 10_000,
    HEADERS_TIMEOUT_MS: 5000,
    KEEP_ALIVE_TIMEOUT_MS: 5000,
    BODY_LIMIT_BYTES: 1_048_576,
    SHUTDOWN_TIMEOUT_MS: 10_000,
  });
  t.notOk('CURSOR_SECRET' in loadConfig({}), 'no cursor secret unless set');
  t.notOk('INGEST_API_KEY' in loadConfig({}), 'no ingest key unless set: writes are refused');
  t.equal(loadConfig({ INGEST_API_KEY: 'i'.repeat(16) }).INGEST_API_KEY, 'i'.repeat(16));

  const secret = 'k'.repeat(32);
  t.match(
    loadConfig({
      PORT: '8080',
      LOG_LEVEL: 'debug',
      DATABASE_PATH: '/tmp/x.db',
      DATABASE_CREATE: 'true',
      HOST: '0.0.0.0',
      WORKERS: '2',
      READ_THREADS: '8',
      CURSOR_SECRET: secret,
      QUERY_TIMEOUT_MS: '250',
      RATE_LIMIT_READS: '100',
      RATE_LIMIT_WRITES: '5',
      RATE_LIMIT_WINDOW_MS: '1000',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      REQUEST_TIMEOUT_MS: '30000',
      HEADERS_TIMEOUT_MS: '30000',
      KEEP_ALIVE_TIMEOUT_MS: '65000',
      BODY_LIMIT_BYTES: '2048',
      SHUTDOWN_TIMEOUT_MS: '30000',
    }),
    {
      PORT: 8080,
      HOST: '0.0.0.0',
      DATABASE_PATH: '/tmp/x.db',
      DATABASE_CREATE: true,
      LOG_LEVEL: 'debug',
      WORKERS: 2,
      READ_THREADS: 8,
      CURSOR_SECRET: secret,
      QUERY_TIMEOUT_MS: 250,
      RATE_LIMIT_READS: 100,
      RATE_LIMIT_WRITES: 5,
      RATE_LIMIT_WINDOW_MS: 1000,
      MAX_EVENT_LOOP_DELAY_MS: 0,
      REQUEST_TIMEOUT_MS: 30_000,
      HEADERS_TIMEOUT_MS: 30_000,
      KEEP_ALIVE_TIMEOUT_MS: 65_000,
      BODY_LIMIT_BYTES: 2048,
      SHUTDOWN_TIMEOUT_MS: 30_000,
    },
  );

  const cors = (value: string) => loadConfig({ CORS_ORIGIN: value }).CORS_ORIGIN;
  t.equal(cors('*'), '*');
  t.same(cors('https://news.example'), ['https://news.example']);
  t.same(cors('https://News.Example/, http://localhost:5173'), ['https://news.example', 'http://localhost:5173']);

  const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).TRUST_PROXY;
  t.equal(trust('true'), true);
  t.equal(trust('false'), false);
  t.equal(trust('2'), 2);
  t.same(trust('10.0.0.0/8, 192.168.1.7,::1,fd00::/8,loopback'), [
    '10.0.0.0/8',
    '192.168.1.7',
    '::1',
    'fd00::/8',
    'loopback',
  ]);

  const bad: [string, string][] = [
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', ''],
    ['PORT', '8e3'],
    ['HOST', ''],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_PATH', ''],
    ['DATABASE_CREATE', 'yes'],
    ['DATABASE_CREATE', '1'],
    ['DATABASE_CREATE', ''],
    ['WORKERS', '0'],
    ['WORKERS', 'two'],
    ['WORKERS', '1.5'],
    ['READ_THREADS', '-1'],
    ['READ_THREADS', '33'],
    ['CURSOR_SECRET', 'k'.repeat(31)],
    ['CURSOR_SECRET', ''],
    ['INGEST_API_KEY', 'i'.repeat(15)],
    ['INGEST_API_KEY', ''],
    ['INGEST_API_KEY', 'has a space in it, so no'],
    ['QUERY_TIMEOUT_MS', '49'],
    ['QUERY_TIMEOUT_MS', '60001'],
    ['CORS_ORIGIN', ''],
    ['CORS_ORIGIN', 'news.example'],
    ['CORS_ORIGIN', 'https://news.example/path'],
    ['CORS_ORIGIN', 'ftp://news.example'],
    ['CORS_ORIGIN', 'https://a.example,,https://b.example'],
    ['TRUST_PROXY', 'yes'],
    ['TRUST_PROXY', '0'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', '10.0.0.300'],
    ['TRUST_PROXY', 'loopback,proxy.internal'],
    ['RATE_LIMIT_READS', '0'],
    ['RATE_LIMIT_READS', 'many'],
    ['RATE_LIMIT_WRITES', '-1'],
    ['RATE_LIMIT_WINDOW_MS', '999'],
    ['MAX_EVENT_LOOP_DELAY_MS', '-1'],
    ['MAX_EVENT_LOOP_DELAY_MS', '60001'],
    ['REQUEST_TIMEOUT_MS', '0'],
    ['HEADERS_TIMEOUT_MS', '999'],
    ['KEEP_ALIVE_TIMEOUT_MS', '99'],
    ['BODY_LIMIT_BYTES', '1MB'],
    ['BODY_LIMIT_BYTES', '1023'],
    ['SHUTDOWN_TIMEOUT_MS', '99'],
    ['SHUTDOWN_TIMEOUT_MS', '600001'],
  ];
  for (const [name, value] of bad) {
    t.throws(
      () => loadConfig({ [name]: value }),
      { name: 'ConfigError', message: new RegExp(`^ {2}${name}: `, 'm') },
      `${name}=${value}`,
    );
  }
  t.throws(
    () => loadConfig({ REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '5001' }),
    /HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS/,
    'headers may not take longer than the whole request',
  );
  t.ok(loadConfig({ REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '5000' }), 'equal is fine');
});

t.test('every config variable is documented in the README', async (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const name of Object.keys(ConfigSchema.shape)) t.match(readme, `\`${name}\``, name);
});
