// A client generated from the contract alone (openapi-fetch over api.d.ts) calls every operation of a listening server and gets 200s of the declared shape.
import t from 'tap';
import { build, INGEST_KEY } from '../helper.ts';
import { articleHeadlines, articleTitles, callEveryOperation, ingestedTitle, unknownPerson } from './client.ts';

t.test('the typed client against a listening server', async (t) => {
  // No load shedding: seeding the database just before holds the event loop longer than its threshold.
  const app = await build(t, { MAX_EVENT_LOOP_DELAY_MS: 0, INGEST_API_KEY: INGEST_KEY });
  const documented = Object.values(app.swagger().paths ?? {}).flatMap((operations) =>
    Object.values(operations ?? {}).flatMap((operation) =>
      typeof operation === 'object' && operation !== null && 'operationId' in operation ? [operation.operationId] : [],
    ),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const calls = await callEveryOperation(baseUrl, INGEST_KEY);
  t.same(calls.map((c) => c.operationId).sort(), [...documented].sort(), 'the client calls every operation once');
  for (const { operationId, status, body } of calls) {
    const expected = operationId === 'ingestArticle' ? 201 : 200;
    t.equal(status, expected, `${operationId} answers ${expected}`, { body });
  }

  t.equal(
    await ingestedTitle(
      baseUrl,
      INGEST_KEY,
      'Kim sees Putin off at the airport\n\nNorth Korean leader Kim Jong Un saw Russian President Vladimir Putin off at the airport in Pyongyang on Thursday, at the end of a two-day visit.\n',
    ),
    'Kim sees Putin off at the airport',
    'the report types the inferred title',
  );

  const headlines = await articleHeadlines(baseUrl);
  t.equal(headlines.length, 7, 'every article has a title (or null) and a source, the two ingested ones too');
  t.ok(
    headlines.every((h) => !h.includes('undefined')),
    'no field the contract requires is missing',
  );

  const titles = await articleTitles(baseUrl);
  t.equal(titles.length, 7);
  t.ok(
    titles.every((title) => title === null || typeof title === 'string'),
    'the sparse page carries the field asked for',
  );

  t.match(await unknownPerson(baseUrl), { status: 404, title: 'Not found', instance: '/v1/people/no-such-person' });
});
