// The running service: health, docs, the OpenAPI document, one error shape, config validation.
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import t from 'tap';
import { parse } from 'yaml';
import { OPENAPI_PATH, renderOpenapi } from '../scripts/openapi.ts';
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

t.test('the committed openapi.yaml is up to date (run `npm run openapi`)', async (t) => {
  t.equal(readFileSync(OPENAPI_PATH, 'utf8'), await renderOpenapi());
});

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
    LOG_LEVEL: 'info',
    WORKERS: 1,
  });
  t.same(loadConfig({ PORT: '8080', LOG_LEVEL: 'debug', DATABASE_PATH: '/tmp/x.db', HOST: '0.0.0.0', WORKERS: '2' }), {
    PORT: 8080,
    HOST: '0.0.0.0',
    DATABASE_PATH: '/tmp/x.db',
    LOG_LEVEL: 'debug',
    WORKERS: 2,
  });
  t.throws(() => loadConfig({ PORT: 'eighty' }), { name: 'ConfigError', message: /PORT/ });
  t.throws(() => loadConfig({ PORT: '70000' }), /PORT/);
  t.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
  t.throws(() => loadConfig({ DATABASE_PATH: '' }), /DATABASE_PATH/);
  t.throws(() => loadConfig({ WORKERS: '0' }), /WORKERS/);
});

t.test('every config variable is documented in the README', async (t) => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  for (const name of Object.keys(ConfigSchema.shape)) t.match(readme, `\`${name}\``, name);
});
