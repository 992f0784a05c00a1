import { readFileSync } from 'node:fs';
import t from 'tap';
import { openDatabase } from '../../src/db/client.ts';
import { preparePage } from '../../src/ingest/page/prepare-page.ts';
import { PageThread } from '../../src/ingest/page-thread.ts';
import { knownEntities, linkAhead, storePage } from '../../src/ingest/store.ts';
import { DomainError } from '../../src/lib/errors.ts';
import { seededDatabase } from '../helper.ts';

const html = readFileSync(new URL('../fixtures/pages/en-ferry-resumes.html', import.meta.url), 'utf8');
const input = { content: html, contentType: 'text/html' as const, url: 'https://www.coastalherald.example/ferry' };

/** A long page of many paragraphs: enough work to measure whether the event loop stays free. */
const bigPage = Array.from(
  { length: 3000 },
  (_, i) => `Paragraph ${i}: the council said on Tuesday that the ferry would run again, and residents were pleased.`,
).join('\n\n');

t.test('a page prepared in the thread is the page prepared here', async (t) => {
  const thread = new PageThread({ timeoutMs: 30_000, maxQueued: 4 });
  t.teardown(() => thread.close());
  const there = await thread.prepare(input);
  t.same(there, { page: preparePage(input) }, 'without a database, no names are looked for there');
});

t.test('given the database, the thread links the page against the entities it read', async (t) => {
  const path = seededDatabase(t);
  const thread = new PageThread({ timeoutMs: 30_000, maxQueued: 4, databasePath: path });
  t.teardown(() => thread.close());
  const content =
    'Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday. Foreign Ministry spokeswoman Maria Zakharova said the visit was a success.';
  const there = await thread.prepare({ content, contentType: 'text/plain' });
  const db = openDatabase(path, { readonly: true });
  t.teardown(() => db.$client.close());
  t.same(there.links, linkAhead(db, there.page), 'the links made here');
  t.equal(there.links?.version, knownEntities(db).key, 'the entity version the page was linked at');
  t.same(
    there.links?.links.candidates.map((c) => c.name),
    ['Maria Zakharova'],
    'the spokeswoman is a candidate (with a provisional id), none of the known people is',
  );
  t.same(
    there.links?.links.mentions.map((m) => m.surface),
    ['Vladimir Putin', 'Kim Jong Un', 'Pyongyang', 'Maria Zakharova'],
  );
});

t.test('the event loop keeps turning while a long page is prepared', async (t) => {
  const thread = new PageThread({ timeoutMs: 60_000, maxQueued: 4 });
  t.teardown(() => thread.close());
  await thread.prepare(input); // the thread is started and warm
  let ticks = 0;
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    ticks++;
  }, 5);
  const started = performance.now();
  const page = await thread.prepare({ content: bigPage, contentType: 'text/plain' });
  const took = performance.now() - started;
  clearInterval(timer);
  t.ok(page.page.lines.length > 1000, 'the long page is prepared');
  t.comment(`prepared in ${took.toFixed(0)} ms; ${ticks} ticks of 5 ms; longest gap ${longest.toFixed(0)} ms`);
  t.ok(ticks > 0, 'timers ran while the page was prepared');
  t.ok(longest < Math.max(250, took / 2), 'no gap in the event loop as long as the preparation');
});

t.test('a page past the time limit is refused and the next page gets a new thread', async (t) => {
  const thread = new PageThread({ timeoutMs: 1, maxQueued: 4 });
  t.teardown(() => thread.close());
  const error = await thread.prepare({ content: bigPage, contentType: 'text/plain' }).catch((e: unknown) => e);
  t.ok(error instanceof DomainError && error.data.kind === 'unprocessable', 'refused as unprocessable');
  t.match((error as Error).message, /took longer than 1 ms/);
});

t.test('past the queue limit the service is busy', async (t) => {
  const thread = new PageThread({ timeoutMs: 60_000, maxQueued: 1 });
  t.teardown(() => thread.close());
  const first = thread.prepare(input);
  const second = thread.prepare(input);
  const third = await thread.prepare(input).catch((e: unknown) => e);
  t.ok(third instanceof DomainError && third.data.kind === 'busy', 'the third page waits for no one');
  await Promise.all([first, second]);
});

t.test('closing rejects waiting pages', async (t) => {
  const thread = new PageThread({ timeoutMs: 60_000, maxQueued: 4 });
  const running = thread.prepare(input).catch((e: unknown) => e);
  const waiting = thread.prepare(input).catch((e: unknown) => e);
  await thread.close();
  t.ok((await waiting) instanceof Error);
  t.ok((await running) instanceof Error);
  t.rejects(thread.prepare(input), /closed/);
});

t.test('the writer links again a page linked before the entities changed, and gives candidates real ids', async (t) => {
  const db = openDatabase(seededDatabase(t));
  t.teardown(() => db.$client.close());
  const content =
    'Foreign Ministry spokeswoman Maria Zakharova said on Thursday that Moscow would answer any supply of arms.';
  const page = preparePage({ content, contentType: 'text/plain' });
  const ahead = linkAhead(db, page);
  t.ok(ahead.links.candidates[0]?.id.includes('\u0000'), 'linked ahead with a provisional id');

  const alone = storePage(db, { content, contentType: 'text/plain' }, { page, links: ahead }, { provenance: 'test' });
  t.same(
    alone.report.mentions.candidates.map((c) => c.id),
    ['maria-zakharova'],
    'the entities did not change: the links made ahead are written, with a real id',
  );

  const later = `${content} She spoke in Moscow.`;
  const laterPage = preparePage({ content: later, contentType: 'text/plain' });
  const stale = { version: ahead.version, links: linkAhead(db, laterPage).links };
  t.not(knownEntities(db).key, stale.version, 'the entities changed since');
  const again = storePage(
    db,
    { content: later, contentType: 'text/plain' },
    { page: laterPage, links: stale },
    {
      provenance: 'test',
    },
  );
  t.same(again.report.mentions.candidates, [], 'linked again: the candidate the first page made is known now');
  t.same(again.report.mentions.entities.map((e) => e.id).sort(), ['maria-zakharova', 'moscow'], 'her mention is hers');
});

t.test('a candidate named by a given name alone is not linked on later pages', async (t) => {
  const db = openDatabase(seededDatabase(t));
  t.teardown(() => db.$client.close());
  const store = (content: string) => {
    const page = preparePage({ content, contentType: 'text/plain' });
    return storePage(
      db,
      { content, contentType: 'text/plain' },
      { page, links: linkAhead(db, page) },
      {
        provenance: 'test',
      },
    ).report.mentions;
  };
  const first = store('Мой муж Артём служил под Уссурийском. Он только сказал: «Меньше читай телеграм».');
  t.same(
    first.candidates.map((c) => c.name),
    ['Артём'],
    'a candidate on its page',
  );
  const town = store('Отзыв оставил Сергей Лапин, Артём. Поездка в Пхеньян прошла отлично, всем советую.');
  t.notOk(
    town.entities.some((e) => first.candidates.some((c) => c.id === e.id)),
    'the town of the same name on another page is not that man',
  );
});
