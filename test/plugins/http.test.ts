// The HTTP conventions every answer keeps: ETag/304, caching, compression, CORS, security headers, request ids,
// 405 with Allow, Link to the next page, signed cursors, 406, rate limits and parser errors as problems.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import t from 'tap';
import { assertProblem, build, get } from '../helper.ts';

t.test('strong ETags, and If-None-Match answered 304 on every GET', async (t) => {
  const app = await build(t);
  for (const url of [
    '/v1/articles',
    '/v1/articles/putin-kim-sign-comprehensive-pact',
    '/v1/people?limit=2',
    '/health',
  ]) {
    const first = await get(app, url);
    t.equal(first.statusCode, 200, url);
    const etag = first.headers.etag as string;
    t.match(etag, /^"[^"]+"$/, `${url}: a strong ETag`);
    const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    t.equal(again.statusCode, 304, `${url}: 304 when unchanged`);
    t.equal(again.body, '', `${url}: no body`);
    const other = await app.inject({ method: 'GET', url, headers: { 'if-none-match': '"something-else"' } });
    t.equal(other.statusCode, 200, `${url}: 200 for another tag`);
  }
});

t.test('Cache-Control: reusable data, never errors or health', async (t) => {
  const app = await build(t);
  t.match((await get(app, '/v1/articles')).headers['cache-control'], /^public, max-age=60/);
  t.equal((await get(app, '/health')).headers['cache-control'], 'no-store');
  t.equal((await get(app, '/v1/articles/nope')).headers['cache-control'], 'no-store');
  t.equal((await get(app, '/v1/articles?limit=0')).headers['cache-control'], 'no-store');
  t.match((await get(app, '/openapi.json')).headers['cache-control'], /^public, max-age=3600/);
});

t.test('brotli and gzip when asked, the same JSON underneath', async (t) => {
  const app = await build(t);
  const plain = await get(app, '/openapi.json');
  t.notOk(plain.headers['content-encoding'], 'identity by default');
  const br = await app.inject({ method: 'GET', url: '/openapi.json', headers: { 'accept-encoding': 'br' } });
  t.equal(br.headers['content-encoding'], 'br');
  t.same(JSON.parse(brotliDecompressSync(br.rawPayload).toString()), plain.json());
  t.ok(br.rawPayload.length < plain.rawPayload.length / 4, 'much smaller');
  const gz = await app.inject({ method: 'GET', url: '/v1/articles', headers: { 'accept-encoding': 'gzip' } });
  t.equal(gz.headers['content-encoding'], 'gzip');
  t.match(gz.headers.vary, /accept-encoding/i);
  t.same(JSON.parse(gunzipSync(gz.rawPayload).toString()).data.length, 5);
});

t.test('CORS for GET and HEAD from any origin by default, or only the configured ones', async (t) => {
  const open = await build(t);
  const res = await open.inject({ method: 'GET', url: '/v1/articles', headers: { origin: 'https://example.org' } });
  t.equal(res.headers['access-control-allow-origin'], '*');
  t.match(res.headers['access-control-expose-headers'], /ETag/);
  t.match(res.headers['access-control-expose-headers'], /Link/);
  t.match(
    res.headers['access-control-expose-headers'],
    /Location/,
    'a browser client reads where an ingested page went',
  );
  const preflight = await open.inject({
    method: 'OPTIONS',
    url: '/v1/articles',
    headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
  });
  t.equal(preflight.statusCode, 204, 'a preflight is answered');
  t.match(preflight.headers['access-control-allow-methods'], /GET/);

  const closed = await build(t, { CORS_ORIGIN: ['https://newsroom.example'] });
  const allowed = await closed.inject({
    method: 'GET',
    url: '/health',
    headers: { origin: 'https://newsroom.example' },
  });
  t.equal(allowed.headers['access-control-allow-origin'], 'https://newsroom.example');
  const refused = await closed.inject({ method: 'GET', url: '/health', headers: { origin: 'https://evil.example' } });
  t.notOk(refused.headers['access-control-allow-origin'], 'another origin gets no CORS grant');
});

t.test('security headers, with a CSP that keeps the docs to this host', async (t) => {
  const app = await build(t);
  const res = await get(app, '/docs');
  t.match(res.headers['content-security-policy'], /default-src 'none'/);
  t.match(res.headers['content-security-policy'], /script-src 'self'/);
  t.match(res.headers['content-security-policy'], /frame-ancestors 'none'/);
  t.equal(res.headers['x-content-type-options'], 'nosniff');
  t.ok(res.headers['referrer-policy']);
});

t.test('a request id in and out', async (t) => {
  const app = await build(t);
  const given = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-42.a:b' } });
  t.equal(given.headers['x-request-id'], 'trace-42.a:b', 'a plausible id is kept');
  const made = await get(app, '/health');
  t.match(made.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'otherwise a UUID');
  const bad = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'no spaces <please>' } });
  t.match(bad.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'an implausible one is replaced');
  const error = await get(app, '/v1/articles/nope');
  t.ok(error.headers['x-request-id'], 'errors carry it too');
});

t.test('a wrong method is a 405 that says which are allowed', async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: 'PUT', url: '/v1/articles' });
  const body = assertProblem(t, res, 405);
  t.equal(res.headers.allow, 'GET, HEAD, POST');
  t.match(body.detail, /answers GET, HEAD, POST, not PUT/);
  const detail = await app.inject({ method: 'DELETE', url: '/v1/people/vladimir-putin' });
  assertProblem(t, detail, 405);
  t.equal(detail.headers.allow, 'GET, HEAD');
  assertProblem(t, await app.inject({ method: 'POST', url: '/no/such/thing' }), 404);
});

t.test('Link: rel="next" beside nextCursor, and following it gives the next page', async (t) => {
  const app = await build(t);
  const first = await get(app, '/v1/articles?limit=2&language=en');
  const body = first.json();
  const link = first.headers.link as string;
  const match = /^<([^>]+)>; rel="next"$/.exec(link);
  t.ok(match, link);
  const next = new URL(match?.[1] ?? '', 'http://x');
  t.equal(next.pathname, '/v1/articles');
  t.equal(next.searchParams.get('cursor'), body.nextCursor);
  t.equal(next.searchParams.get('language'), 'en', 'keeps the filters');
  const second = await get(app, `${next.pathname}${next.search}`);
  t.equal(second.statusCode, 200);
  t.notSame(second.json().data[0].id, body.data[0].id);
  const last = await get(app, '/v1/articles?limit=100');
  t.notOk(last.headers.link, 'no Link on the last page');
});

t.test('cursors are signed with a key: a recomputed or foreign cursor is refused', async (t) => {
  const app = await build(t, { CURSOR_SECRET: 'a'.repeat(40) });
  const cursor = (await get(app, '/v1/articles?limit=1')).json().nextCursor as string;
  t.equal((await get(app, `/v1/articles?limit=1&cursor=${encodeURIComponent(cursor)}`)).statusCode, 200);
  const other = await build(t, { CURSOR_SECRET: 'b'.repeat(40) });
  assertProblem(
    t,
    await get(other, `/v1/articles?limit=1&cursor=${encodeURIComponent(cursor)}`),
    400,
    'querystring.cursor',
  );
  const same = await build(t, { CURSOR_SECRET: 'a'.repeat(40) });
  t.equal(
    (await get(same, `/v1/articles?limit=1&cursor=${encodeURIComponent(cursor)}`)).statusCode,
    200,
    'another process with the same key accepts it',
  );
  const [payload] = cursor.split('.');
  const { createHash } = await import('node:crypto');
  const unkeyed = `${payload}.${createHash('sha256')
    .update(payload ?? '')
    .digest('base64url')
    .slice(0, 16)}`;
  assertProblem(
    t,
    await get(app, `/v1/articles?limit=1&cursor=${encodeURIComponent(unkeyed)}`),
    400,
    'querystring.cursor',
  );
});

t.test('an Accept no format meets is a 406', async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: 'GET', url: '/v1/articles', headers: { accept: 'application/xml' } });
  const body = assertProblem(t, res, 406);
  t.match(body.detail, /text\/csv/);
  const any = await app.inject({ method: 'GET', url: '/v1/articles', headers: { accept: '*/*' } });
  t.match(any.headers['content-type'], /^application\/json/);
});

t.test('a flood from one client gets 429 with RateLimit headers; other clients are served', async (t) => {
  const app = await build(t, { RATE_LIMIT_READS: 3 });
  const from = (remoteAddress: string) => app.inject({ method: 'GET', url: '/v1/sources', remoteAddress });
  for (let i = 0; i < 3; i++) {
    const ok = await from('10.0.0.1');
    t.equal(ok.statusCode, 200);
    t.equal(ok.headers['ratelimit-limit'], '3');
    t.equal(ok.headers['ratelimit-remaining'], String(2 - i));
  }
  const limited = await from('10.0.0.1');
  const body = assertProblem(t, limited, 429);
  t.match(body.detail, /At most 3 requests/);
  t.ok(Number(limited.headers['retry-after']) >= 1, 'Retry-After');
  t.equal((await from('10.0.0.2')).statusCode, 200, 'another client is still served');
  t.equal(
    (await app.inject({ method: 'GET', url: '/health', remoteAddress: '10.0.0.1' })).statusCode,
    200,
    '/health is exempt',
  );
});

/** Sends raw bytes to a listening app and returns what came back, whole. */
async function rawExchange(port: number, request: string): Promise<string> {
  const { connect } = await import('node:net');
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(5000, () => socket.destroy(new Error('no answer')));
  });
}

t.test("the HTTP parser's errors are problems too (431, 400, 417)", async (t) => {
  const app = await build(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const problemOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

  const huge = await rawExchange(port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  t.match(huge, /^HTTP\/1\.1 431 /);
  t.match(huge, /content-type: application\/problem\+json/i);
  t.equal(problemOf(huge).status, 431);

  const garbage = await rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n');
  t.match(garbage, /^HTTP\/1\.1 400 /);
  t.equal(problemOf(garbage).title, 'Bad request');

  const expect = await rawExchange(
    port,
    'GET /health HTTP/1.1\r\nHost: x\r\nExpect: the-impossible\r\nConnection: close\r\n\r\n',
  );
  t.match(expect, /^HTTP\/1\.1 417 /);
  t.match(expect, /content-type: application\/problem\+json/i);
  t.equal(problemOf(expect).instance, '/health');
});

t.test('each encoding has its own strong ETag, and each revalidates', async (t) => {
  const app = await build(t);
  const url = '/v1/articles';
  const plain = await get(app, url);
  const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
  t.equal(br.headers['content-encoding'], 'br');
  t.not(br.headers.etag, plain.headers.etag, 'brotli is another representation');
  t.match(br.headers.etag, /-br"$/);
  const again = await app.inject({
    method: 'GET',
    url,
    headers: { 'accept-encoding': 'br', 'if-none-match': `"other", ${br.headers.etag}` },
  });
  t.equal(again.statusCode, 304, 'a list of tags is searched');
  t.equal(again.headers.etag, br.headers.etag);
  const mismatch = await app.inject({ method: 'GET', url, headers: { 'if-none-match': br.headers.etag as string } });
  t.equal(mismatch.statusCode, 200, 'the brotli tag does not validate the identity body');
});

t.test('a client that never finishes its request is cut off with a 408', async (t) => {
  const app = await build(t, { REQUEST_TIMEOUT_MS: 1000, HEADERS_TIMEOUT_MS: 1000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const started = performance.now();
  const answer = await rawExchange(port, 'GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n');
  t.match(answer, /^HTTP\/1\.1 408 /);
  t.match(answer, /content-type: application\/problem\+json/i);
  t.ok(performance.now() - started < 4000, `cut off after ${Math.round(performance.now() - started)} ms`);
});

t.test('OPTIONS that is not a preflight says which methods a path takes', async (t) => {
  const app = await build(t);
  const res = await app.inject({ method: 'OPTIONS', url: '/v1/events/putin-kim-sign-partnership-treaty' });
  t.equal(res.statusCode, 204);
  t.equal(res.headers.allow, 'GET, HEAD, OPTIONS');
  assertProblem(t, await app.inject({ method: 'OPTIONS', url: '/nowhere' }), 404);
  const half = await app.inject({ method: 'OPTIONS', url: '/v1/articles', headers: { origin: 'https://a.example' } });
  t.equal(half.statusCode, 204, 'an Origin without a requested method is not a preflight either');
});
