// The docs work in a real browser: /docs renders, loads nothing from off the host, logs no error, and "Try it out"
// shows the service's own live answers, under whatever security headers the service sends.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Locator, type Page } from 'playwright-core';
import t, { type Test } from 'tap';
import { build } from '../helper.ts';

/** Debian's chromium; the test never downloads a browser. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const SCREENSHOT = join(ARTIFACTS, 'docs.png');
/** The id to use where Swagger UI offers none for `{id}`. */
const ARTICLE_ID = 'putin-kim-sign-comprehensive-pact';
/** Per browser step; generous, as the Swagger UI bundle is parsed and rendered on a shared CI machine. */
const TIMEOUT = 30_000;

const hasChromium = existsSync(CHROMIUM);
const skip =
  !hasChromium && !process.env.CI
    ? `${CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run this test; CI always runs it`
    : false;

// More than the suite's default: a browser start and the Swagger UI bundle are slow on a loaded machine.
t.setTimeout(180_000);

t.test('Swagger UI at /docs, in headless Chromium', { skip }, async (t) => {
  if (!hasChromium) {
    t.fail(`${CHROMIUM} is absent: CI must install it (apt-get install chromium, as .ci/run does)`);
    return;
  }
  // The app the other tests use (buildApp over its own seeded database, closed in teardown), listening for real.
  const app = await build(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: TIMEOUT });
  // Teardowns run last first: the browser closes before the app.
  t.teardown(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(TIMEOUT);
  const requests: string[] = [];
  const errors: string[] = [];
  // Chromium logs a blocked resource as a console error; this also names the CSP directive that blocked it.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) =>
      console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI))`,
  });
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  try {
    const docs = await page.goto(`${origin}/docs`);
    t.equal(docs?.status(), 200, '/docs answers 200');
    const csp = docs?.headers()['content-security-policy'];
    t.comment(csp ? `/docs is served under Content-Security-Policy: ${csp}` : '/docs is served without one');

    await operation(page, '/v1/articles').waitFor();
    t.ok(await page.locator('.opblock').count(), 'the operations list renders');
    t.ok(await page.locator('.information-container .title').isVisible(), 'the API title renders');

    await t.test('"Try it out" on GET /v1/articles shows the live list', async (t) => {
      const op = await tryItOut(operation(page, '/v1/articles'));
      const shown = await execute(t, page, op, origin, app, '/v1/articles');
      t.ok(Array.isArray(shown.data) && shown.data.length > 0, 'a page of articles', { shown });
      t.ok('nextCursor' in shown, 'with its nextCursor');
    });

    await t.test('"Try it out" on GET /v1/articles/{id} shows the live article', async (t) => {
      const op = await tryItOut(operation(page, '/v1/articles/{id}'));
      const id = op.locator('tr[data-param-name="id"] input');
      if ((await id.inputValue()) === '') await id.fill(ARTICLE_ID);
      const expectedId = await id.inputValue();
      const shown = await execute(t, page, op, origin, app, `/v1/articles/${expectedId}`);
      t.equal(shown.id, expectedId, 'the article asked for');
      t.type(shown.body, 'string', 'with its body');
    });
  } finally {
    // Also when a step above failed: the screenshot and the page's errors are what explain it.
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true }).then(
      () => t.comment(`screenshot: ${SCREENSHOT}`),
      (error: Error) => t.comment(`no screenshot: ${error.message}`),
    );
    t.ok(requests.length > 0, 'the page made requests');
    t.same(
      requests.filter((url) => !url.startsWith(`${origin}/`)),
      [],
      `every request stays on ${origin}`,
    );
    t.same(errors, [], 'no console error, uncaught error or failed request');
  }
});

/** The GET operation of `path` in the list (by its path: the DOM id follows the operationId, which may change). */
function operation(page: Page, path: string): Locator {
  return page
    .locator('.opblock.opblock-get')
    .filter({ has: page.locator(`.opblock-summary-path[data-path="${path}"]`) })
    .first();
}

/** Expands the operation `op` and presses "Try it out". */
async function tryItOut(op: Locator): Promise<Locator> {
  await op.locator('.opblock-summary-control').click();
  await op.locator('button.try-out__btn').click();
  await op.locator('button.execute').waitFor();
  return op;
}

/**
 * Presses "Execute" on `op`, asserts that the request went to `path` on `origin` and that Swagger UI shows a 200
 * whose body is what the service answers for the same URL. Returns the body shown.
 */
async function execute(
  t: Test,
  page: Page,
  op: Locator,
  origin: string,
  app: FastifyInstance,
  path: string,
): Promise<Record<string, unknown>> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === path),
    op.locator('button.execute').click(),
  ]);
  t.equal(response.status(), 200, `the browser got a 200 for ${response.url()}`);

  const live = op.locator('.live-responses-table');
  await live.waitFor();
  const requestUrl = new URL((await op.locator('.request-url pre').textContent()) ?? '');
  t.equal(requestUrl.origin, origin, `the request URL shown is on ${origin}: ${requestUrl}`);
  t.equal(requestUrl.pathname, path, `the request URL shown is of ${path}`);
  t.equal(
    (await live.locator('tr.response .response-col_status').textContent())?.trim(),
    '200',
    'the response shown is a 200',
  );
  const text = (await live.locator('tr.response .highlight-code pre').textContent()) ?? '';
  let shown: Record<string, unknown>;
  try {
    shown = JSON.parse(text);
  } catch {
    throw new Error(`the response body shown is not JSON: ${text.slice(0, 500)}`);
  }

  const expected = await app.inject({ method: 'GET', url: `${requestUrl.pathname}${requestUrl.search}` });
  t.equal(expected.statusCode, 200, 'the service answers the same URL with a 200');
  t.strictSame(shown, expected.json(), 'the body shown is the JSON the service answers');
  return shown;
}
