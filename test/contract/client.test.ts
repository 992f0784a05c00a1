// A client generated from the contract alone (openapi-fetch over api.d.ts) calls every operation of a listening server and gets 200s of the declared shape.
import t from 'tap';
import { build } from '../helper.ts';
import { articleHeadlines, articleTitles, callEveryOperation, unknownPerson } from './client.ts';

t.test('the typed client against a listening server', async (t) => {
  // No load shedding: seeding the database just before holds the event loop longer than its threshold.
  const app = await build(t, { MAX_EVENT_LOOP_DELAY_MS: 0 });
  const documented = Object.values(app.swagger().paths ?? {}).flatMap((operations) =>
    Object.values(operations ?? {}).flatMap((operation) =>
      typeof operation === 'object' && operation !== null && 'operationId' in operation ? [operation.operationId] : [],
    ),
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const calls = await callEveryOperation(baseUrl);
  t.same(calls.map((c) => c.operationId).sort(), [...documented].sort(), 'the client calls every operation once');
  for (const { operationId, status, body } of calls) {
    t.equal(status, 200, `${operationId} answers 200`, { body });
  }

  const headlines = await articleHeadlines(baseUrl);
  t.equal(headlines.length, 5, 'every article has a title (or null) and a source');
  t.ok(
    headlines.every((h) => !h.includes('undefined')),
    'no field the contract requires is missing',
  );

  const titles = await articleTitles(baseUrl);
  t.equal(titles.length, 5);
  t.ok(
    titles.every((title) => title === null || typeof title === 'string'),
    'the sparse page carries the field asked for',
  );

  t.match(await unknownPerson(baseUrl), { status: 404, title: 'Not found', instance: '/v1/people/no-such-person' });
});
