// The docs work in a real browser: /docs renders, loads nothing from off the host, logs no error, and "Try it out"
// on every operation of the document, with the examples the docs prefill (and the ingest key given to "Authorize"
// for the write), shows the service's own live answer, under whatever security headers the service sends.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Locator, type Page } from 'playwright-core';
import t, { type Test } from 'tap';
import { build, INGEST_KEY } from '../helper.ts';

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
/** Per browser step; generous, as the Swagger UI bundle is parsed and rendered on a shared CI machine. */
const TIMEOUT = 30_000;
/** How long Swagger UI may take to prefill a parameter once "Try it out" is on, before it counts as left empty. */
const PREFILL_WAIT = 2_000;
/** The methods a path item of OpenAPI may hold; its other keys (`parameters`, `summary`, …) are not operations. */
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

const hasChromium = existsSync(CHROMIUM);
const skip =
  !hasChromium && !process.env.CI
    ? `${CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run this test; CI always runs it`
    : false;

// More than the suite's default: a browser start, the Swagger UI bundle and one "Execute" per operation of the
// document (about 2 s each here, several times that on a loaded machine).
t.setTimeout(300_000);

/** One operation of the OpenAPI document. */
interface Operation {
  /** Lower case, as the document and Swagger UI's classes write it. */
  method: string;
  /** The path template, as in the document: `/v1/articles/{id}`. */
  path: string;
  /** `GET /v1/articles/{id}`. */
  label: string;
}

t.test('Swagger UI at /docs, in headless Chromium', { skip }, async (t) => {
  if (!hasChromium) {
    t.fail(`${CHROMIUM} is absent: CI must install it (apt-get install chromium, as .ci/run does)`);
    return;
  }
  // The app the other tests use (buildApp over its own seeded database, closed in teardown), listening for real.
  // With the ingest key, so that the write route can be tried too; no load shedding, as seeding the database just
  // before holds the event loop past its limit.
  const app = await build(t, { INGEST_API_KEY: INGEST_KEY, MAX_EVENT_LOOP_DELAY_MS: 0 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  // Every operation the document lists: a route added to the service is run here without a change to this test.
  const document = await app.inject({ method: 'GET', url: '/openapi.json' });
  t.equal(document.statusCode, 200, '/openapi.json answers 200');
  const operations = operationsOf(document.json());
  t.ok(operations.length > 0, 'the document lists operations');
  t.comment(`operations: ${operations.map((op) => op.label).join(', ')}`);

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

    await page.locator('.opblock').first().waitFor();
    t.ok(await page.locator('.information-container .title').isVisible(), 'the API title renders');
    t.same(
      await renderedOperations(page),
      operations.map((op) => op.label).sort(),
      'the page lists every operation of the document, and no other',
    );

    await authorize(t, page);
    for (const op of operations) {
      await t.test(`"Try it out" on ${op.label}, with the examples the docs prefill, shows the live answer`, (t) =>
        runOperation(t, page, op, origin, app),
      );
    }
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

/** Gives the ingest key to Swagger UI's "Authorize" dialog, as a reader of the docs who may write would. */
async function authorize(t: Test, page: Page): Promise<void> {
  await page.locator('.auth-wrapper button.authorize').click();
  const dialog = page.locator('.modal-ux');
  await dialog.waitFor();
  await dialog.locator('input').first().fill(INGEST_KEY);
  await dialog.locator('.auth-btn-wrapper button.authorize').click();
  await dialog.locator('.auth-btn-wrapper button.btn-done').click();
  await dialog.waitFor({ state: 'detached' });
  t.pass('the ingest key is given to "Authorize"');
}

/** The operations of an OpenAPI document, in its order. */
function operationsOf(document: { paths?: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => HTTP_METHODS.has(key))
      .map((method) => ({ method, path, label: `${method.toUpperCase()} ${path}` })),
  );
}

/** The operations the page lists, as sorted labels (an operation under two tags is listed twice, counted once). */
async function renderedOperations(page: Page): Promise<string[]> {
  const labels = await page.locator('.opblock').evaluateAll((blocks) =>
    blocks.map((block) => {
      const method = [...block.classList].find((c) => c.startsWith('opblock-') && c !== 'opblock-deprecated');
      const path = block.querySelector('.opblock-summary-path')?.getAttribute('data-path');
      return `${method?.slice('opblock-'.length).toUpperCase()} ${path}`;
    }),
  );
  return [...new Set(labels)].sort();
}

/** The block of `op` in the list (by method and path: the DOM id follows the operationId, which may change). */
function operationBlock(page: Page, op: Operation): Locator {
  return page
    .locator(`.opblock.opblock-${op.method}`)
    .filter({ has: page.locator(`.opblock-summary-path[data-path="${op.path}"]`) })
    .first();
}

/** The names of the path parameters of a path template, in order: `{id}` of `/v1/articles/{id}/mentions`. */
const pathParameters = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);

/**
 * Expands `op`, presses "Try it out", checks that every path parameter is prefilled, presses "Execute", asserts
 * what the page shows against what the service answers, and collapses the operation again.
 */
async function runOperation(t: Test, page: Page, op: Operation, origin: string, app: FastifyInstance): Promise<void> {
  if (op.method !== 'get' && !(op.method === 'post' && op.path === '/v1/articles')) {
    // Comparing with the service's answer asks the same URL again, which only a safe read allows.
    t.fail(
      `${op.label}: this test runs reads and the ingest write only; extend it to compare the answer of a ${op.label} without replaying it`,
    );
    return;
  }
  const block = operationBlock(page, op);
  const toggle = block.locator('.opblock-summary-control');
  await toggle.click();
  try {
    await block.locator('button.try-out__btn').click();
    await block.locator('button.execute').waitFor();

    let path = op.path;
    const values: Record<string, string> = {};
    for (const name of pathParameters(op.path)) {
      const input = block.locator(`tr[data-param-name="${name}"][data-param-in="path"] input`);
      let value = await prefilled(input);
      if (value === '') {
        const message = `${op.label} has no example for its path parameter {${name}}: the docs leave it empty, and every {${name}} parameter is meant to have one`;
        t.fail(message);
        // Still run the operation, with an id the service has, so that what else is wrong shows in the same run.
        const fallback = await firstIdOf(app, path.slice(0, path.indexOf(`/{${name}}`)));
        if (fallback === undefined) throw new Error(`${message}; and no id to try it with instead`);
        await input.fill(fallback);
        value = fallback;
      }
      values[name] = value;
      path = path.replace(`{${name}}`, encodeURIComponent(value));
    }

    const shown = await execute(t, page, block, op, origin, app, path);
    if ('id' in values && shown !== null && typeof shown === 'object' && 'id' in shown) {
      // The path carries the id as text; a quotation's id is a whole number in the answer.
      t.equal(String(shown.id), values.id, 'the item asked for');
    }
    if (shown !== null && typeof shown === 'object' && 'data' in shown && Array.isArray(shown.data)) {
      t.ok(shown.data.length > 0, 'the example finds something', { shown });
    }
  } finally {
    // Collapsed again, also after a failure: the page stays light and the next operation is alone in view.
    // A failure to collapse is reported, without hiding the failure that may have come before it.
    await toggle
      .click()
      .then(() => block.locator('.opblock-body').waitFor({ state: 'detached' }))
      .catch((error: Error) => t.fail(`${op.label} does not collapse: ${error.message}`));
  }
}

/** The value of `input`, once Swagger UI has had the time to prefill it; '' if it stays empty. */
async function prefilled(input: Locator): Promise<string> {
  const until = Date.now() + PREFILL_WAIT;
  let value = await input.inputValue();
  while (value === '' && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await input.inputValue();
  }
  return value;
}

/** The id of the first item of the list at `path`, if it is a list the service answers. */
async function firstIdOf(app: FastifyInstance, path: string): Promise<string | undefined> {
  const res = await app.inject({ method: 'GET', url: `${path}?limit=1` });
  if (res.statusCode !== 200) return undefined;
  const id = (res.json() as { data?: { id?: unknown }[] }).data?.[0]?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Presses "Execute" on `block`, asserts that the browser's request went to `path` on `origin` and got a 200, and
 * that Swagger UI shows a 200 whose body, parsed, is what the service answers for the same URL and Accept header.
 * Returns the body shown.
 */
async function execute(
  t: Test,
  page: Page,
  block: Locator,
  op: Operation,
  origin: string,
  app: FastifyInstance,
  path: string,
): Promise<unknown> {
  const template = new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === op.method.toUpperCase() && template.test(new URL(r.url()).pathname),
    ),
    block.locator('button.execute').click(),
  ]);
  const write = op.method !== 'get';
  // The write's example is a page the database does not hold yet: it is created.
  const status = write ? 201 : 200;
  t.equal(response.status(), status, `the browser got a ${status} for ${response.url()}`);
  t.equal(new URL(response.url()).pathname, path, `the browser asked for ${path}`);

  const live = block.locator('.live-responses-table');
  await live.waitFor();
  const requestUrl = new URL((await block.locator('.request-url pre').textContent()) ?? '');
  t.equal(requestUrl.origin, origin, `the request URL shown is on ${origin}: ${requestUrl}`);
  t.equal(requestUrl.pathname, path, `the request URL shown is of ${path}`);
  t.equal(
    (await live.locator('tr.response .response-col_status').textContent())?.trim(),
    String(status),
    `the response shown is a ${status}`,
  );
  const text = (await live.locator('tr.response .highlight-code pre').textContent()) ?? '';
  let shown: unknown;
  try {
    shown = JSON.parse(text);
  } catch {
    throw new Error(`${op.label}: the response body shown is not JSON: ${text.slice(0, 500)}`);
  }

  if (write) {
    // A write is not asked again: what it shows is checked against the article it stored, as the service reads it.
    const { ingest, ...article } = shown as { id: string; ingest?: unknown };
    t.ok(ingest, 'the answer carries the ingest report');
    t.equal(response.headers().location, `/v1/articles/${article.id}`, 'Location names the new article');
    const stored = await app.inject({ method: 'GET', url: `/v1/articles/${article.id}` });
    t.equal(stored.statusCode, 200, 'the new article is there');
    t.strictSame(article, stored.json(), 'the body shown is the article as GET /v1/articles/{id} answers it');
    return shown;
  }
  const accept = response.request().headers().accept;
  const expected = await app.inject({
    method: 'GET',
    url: `${requestUrl.pathname}${requestUrl.search}`,
    headers: accept === undefined ? {} : { accept },
  });
  t.equal(expected.statusCode, 200, `the service answers ${requestUrl.pathname}${requestUrl.search} with a 200`);
  t.strictSame(shown, expected.json(), 'the body shown is the JSON the service answers');
  return shown;
}
