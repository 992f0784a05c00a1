// Mention finding: whole words, longest match first, family names resolved only when they can mean one person.
import t from 'tap';
import { CORPUS_DIR } from '../../seed/seed.ts';
import { loadCorpus } from '../../src/ingest/load-corpus.ts';
import { buildAliasMatcher, findMentions, type MentionableEntity } from '../../src/ingest/mentions.ts';
import { prepareCorpus } from '../../src/ingest/prepare.ts';

const person = (id: string, name: string, familyName: string, aliases: string[] = []): MentionableEntity => ({
  id,
  type: 'person',
  name,
  familyName,
  aliases,
});
const thing = (id: string, type: string, name: string, aliases: string[] = []): MentionableEntity => ({
  id,
  type,
  name,
  familyName: null,
  aliases,
});

const ENTITIES = [
  person('kim-jong-un', 'Kim Jong-un', 'Kim', ['Kim Jong Un', 'Kim Un']),
  person('kim-jong-il', 'Kim Jong-il', 'Kim', ['Kim Jong Il']),
  person('vladimir-putin', 'Vladimir Putin', 'Putin'),
  thing('kim-il-sung-square', 'place', 'Kim Il Sung Square', ['Kim Il-sung Square', 'Kim Il Sung Sq.']),
  thing('north-korea', 'country', 'North Korea'),
  thing('korea', 'place', 'Korea'),
];
const matcher = buildAliasMatcher(ENTITIES);
const linked = (text: string) => findMentions(text, matcher).mentions.map((m) => [m.entityId, m.surface]);

t.test('a place alias wins over a person name inside it', async (t) => {
  for (const square of ['Kim Il Sung Square', 'Kim Il-sung Square', 'Kim Il Sung Sq.']) {
    const text = `Kim Jong Un met Vladimir Putin in ${square}, where Kim spoke.`;
    t.same(
      linked(text),
      [
        ['kim-jong-un', 'Kim Jong Un'],
        ['vladimir-putin', 'Vladimir Putin'],
        ['kim-il-sung-square', square],
        ['kim-jong-un', 'Kim'],
      ],
      square,
    );
  }
});

t.test('variant spellings and typos are the same person', async (t) => {
  t.same(linked('Kim Jong-un, Kim Jong Un and Kim Un.'), [
    ['kim-jong-un', 'Kim Jong-un'],
    ['kim-jong-un', 'Kim Jong Un'],
    ['kim-jong-un', 'Kim Un'],
  ]);
});

t.test('offsets are exact UTF-16 offsets into the text', async (t) => {
  const text = '“Welcome”, said Kim Jong-un’s host to Mr. Kim in North Korea’s capital.';
  for (const m of findMentions(text, matcher).mentions) t.equal(text.slice(m.start, m.end), m.surface);
  t.same(linked(text), [
    ['kim-jong-un', 'Kim Jong-un'],
    ['kim-jong-un', 'Kim'],
    ['north-korea', 'North Korea'],
  ]);
});

t.test('whole words only: no match inside longer words or adjectives', async (t) => {
  t.same(linked('The North Korean leader and the Koreans; Putinism; KIMCHI.'), []);
  t.same(linked('North Korea and Korea'), [
    ['north-korea', 'North Korea'],
    ['korea', 'Korea'],
  ]);
});

t.test('a bare family name that could mean two people stays unlinked', async (t) => {
  const text = 'Kim Jong Un met Vladimir Putin. His father Kim Jong Il met Putin in 2000. Kim said so; Mr. Kim agreed.';
  const { mentions, unresolved } = findMentions(text, matcher);
  t.same(
    mentions.map((m) => m.surface),
    ['Kim Jong Un', 'Vladimir Putin', 'Kim Jong Il', 'Putin'],
  );
  t.same(
    unresolved.map((u) => [u.surface, u.candidates]),
    [
      ['Kim', ['kim-jong-un', 'kim-jong-il']],
      ['Kim', ['kim-jong-un', 'kim-jong-il']],
    ],
  );
});

t.test('a bare family name of no one named in full stays unlinked', async (t) => {
  const { mentions, unresolved } = findMentions('Kim arrived. Putin too.', matcher);
  t.same(mentions, []);
  t.same(
    unresolved.map((u) => [u.surface, u.candidates]),
    [
      ['Kim', []],
      ['Putin', []],
    ],
  );
});

t.test('any run of spaces, no-break spaces included, matches the space of an alias', async (t) => {
  const text = 'at\u00a0 Kim\u00a0Il Sung Square and North  Korea';
  const { mentions } = findMentions(text, matcher);
  t.same(
    mentions.map((m) => [m.entityId, m.surface]),
    [
      ['kim-il-sung-square', 'Kim\u00a0Il Sung Square'],
      ['north-korea', 'North  Korea'],
    ],
  );
});

t.test('on the real corpus', async (t) => {
  const corpus = loadCorpus(CORPUS_DIR);
  const { rows, unresolved } = prepareCorpus(corpus, CORPUS_DIR);
  const body = new Map(rows.articles.map((a) => [a.id, a.body]));
  const of = (articleId: string) => rows.mentions.filter((m) => m.articleId === articleId);

  t.test('every offset slices out its surface text', async (t) => {
    for (const m of rows.mentions) t.equal(body.get(m.articleId)?.slice(m.start, m.end), m.surface);
  });

  t.test('Kim Il Sung is never a person; the square is a place', async (t) => {
    t.notOk(
      rows.entities.some((e) => e.type === 'person' && /Il[ -]?Sung/i.test(e.name)),
      'no person entity',
    );
    const squares = rows.mentions.filter((m) => /Kim Il/.test(m.surface));
    t.ok(squares.length >= 4, 'the square is mentioned in four articles');
    for (const m of squares) t.equal(m.entityId, 'kim-il-sung-square', m.surface);
  });

  t.test('one person spelled four ways', async (t) => {
    const forms = new Set(rows.mentions.filter((m) => m.entityId === 'kim-jong-un').map((m) => m.surface));
    for (const form of ['Kim Jong-un', 'Kim Jong Un', 'Kim', 'Kim Un']) t.ok(forms.has(form), form);
  });

  t.test('typos and variants resolve', async (t) => {
    const surfaces = (id: string) => new Set(rows.mentions.filter((m) => m.entityId === id).map((m) => m.surface));
    t.ok(surfaces('denis-manturov').has('Denis Mantrurov'));
    t.same([...surfaces('andrei-belousov')].sort(), ['Andrei Belousov', 'Andrey Belousov']);
    t.same([...surfaces('yuri-ushakov')].sort(), ['Yuri Ushakov', 'Yury Ushakov']);
  });

  t.test('"Kim" links where only one Kim is named, and not where two are', async (t) => {
    const bareKim = (id: string) => of(id).filter((m) => m.surface === 'Kim');
    t.ok(bareKim('putin-kim-begin-talks-pyongyang').length > 0, 'one Kim named: linked');
    const lavish = rows.articles.find((a) => a.id === 'putin-lavish-welcome-kim-closer-ties')?.body ?? '';
    t.ok(
      bareKim('putin-lavish-welcome-kim-closer-ties').some((m) => lavish.slice(m.start - 4, m.start) === 'Mr. '),
      '"Mr. Kim" linked, the title outside the mention',
    );
    for (const id of [
      'kim-jong-un-warm-welcome-putin',
      'putin-state-visit-partnership-treaty',
      'putin-kim-sign-comprehensive-pact',
    ]) {
      t.same(bareKim(id), [], `${id}: names both Kim Jong-un and Kim Jong-il, so "Kim" stays unlinked`);
      t.ok(
        unresolved.some((u) => u.articleId === id && u.surface === 'Kim' && u.candidates.length === 2),
        `${id}: reported as ambiguous`,
      );
    }
  });

  t.test('every person mentioned is a real person of the story, and every one is found', async (t) => {
    const people = new Set(rows.entities.filter((e) => e.type === 'person').map((e) => e.id));
    const mentioned = new Set(rows.mentions.filter((m) => people.has(m.entityId)).map((m) => m.entityId));
    t.same([...mentioned].sort(), [...people].sort(), 'every person entity is mentioned at least once');
    for (const id of [
      'vladimir-putin',
      'kim-jong-un',
      'kim-jong-il',
      'xi-jinping',
      'yuri-ushakov',
      'andrei-belousov',
      'sergey-lavrov',
      'denis-manturov',
      'antony-blinken',
      'jens-stoltenberg',
      'mikhail-murashko',
      'roman-starovoyt',
      'dmitry-peskov',
      'shin-won-sik',
      'jenny-town',
      'leif-eric-easley',
    ]) {
      t.ok(mentioned.has(id), id);
    }
  });

  t.test('nothing is mentioned inside boilerplate', async (t) => {
    t.notOk(
      rows.mentions.some((m) => /Google|Almenara|POCO|Keysight/.test(m.surface)),
      'no link or blurb entity',
    );
  });
});

t.test('names in other languages: labels, their family names, and Russian case endings', async (t) => {
  const matcher = buildAliasMatcher([
    { ...person('vladimir-putin', 'Vladimir Putin', 'Putin'), labels: ['Vladimir Poutine', 'Владимир Путин'] },
    { ...person('kim-jong-un', 'Kim Jong-un', 'Kim'), labels: ['Ким Чен Ын'] },
    { ...person('kim-jong-il', 'Kim Jong-il', 'Kim'), labels: ['Ким Чен Ир'] },
    { ...thing('north-korea', 'country', 'North Korea'), labels: ['Северная Корея', 'КНДР', 'Corée du Nord'] },
    { ...thing('russia', 'country', 'Russia'), labels: ['Россия'] },
    { ...thing('kremlin', 'organization', 'Kremlin'), labels: ['Кремль'] },
  ]);
  const linked = (text: string) =>
    findMentions(text, matcher).mentions.map((m) => [m.surface, m.entityId, m.matchedBy]);

  t.same(linked('Vladimir Poutine est arrivé en Corée du Nord. Poutine a été accueilli par Kim Jong-un.'), [
    ['Vladimir Poutine', 'vladimir-putin', 'alias'],
    ['Corée du Nord', 'north-korea', 'alias'],
    ['Poutine', 'vladimir-putin', 'family-name'],
    ['Kim Jong-un', 'kim-jong-un', 'alias'],
  ]);
  t.same(
    linked('Визит Владимира Путина в Северную Корею. В Кремле сообщили, что Путин встретится с Ким Чен Ыном.'),
    [
      ['Владимира Путина', 'vladimir-putin', 'alias'],
      ['Северную Корею', 'north-korea', 'alias'],
      ['Кремле', 'kremlin', 'alias'],
      ['Путин', 'vladimir-putin', 'family-name'],
      ['Ким Чен Ыном', 'kim-jong-un', 'alias'],
    ],
    'every case of a name is the name',
  );
  t.same(linked('Лидер КНДР и президент России.'), [
    ['КНДР', 'north-korea', 'alias'],
    ['России', 'russia', 'alias'],
  ]);
  t.same(linked('Кремлёвский дворец и Путинизм.'), [], 'a longer word built on a name is not the name');
  t.same(
    findMentions('Ким Чен Ын и Ким Чен Ир. Ким сказал.', matcher).unresolved.map((u) => u.surface),
    ['Ким'],
    'a family name two people named in full share stays unlinked, in any script',
  );
});

t.test('a title before a name is not part of the mention, in any language, with or without a full stop', async (t) => {
  const text = 'Mr. Kim met President Putin. Comrade Vladimir Putin thanked Mr Kim; Président Poutine et M. Kim.';
  const labelled = buildAliasMatcher([
    { ...ENTITIES[0], labels: [] } as MentionableEntity,
    { ...person('vladimir-putin', 'Vladimir Putin', 'Putin'), labels: ['Vladimir Poutine'] },
  ]);
  const found = findMentions(`Kim Jong Un and Vladimir Putin. ${text}`, labelled).mentions.map((m) => m.surface);
  t.same(found, ['Kim Jong Un', 'Vladimir Putin', 'Kim', 'Putin', 'Vladimir Putin', 'Kim', 'Poutine', 'Kim']);
});

t.test('a place named after a person is not a mention of the person, in any word order', async (t) => {
  const places = buildAliasMatcher([
    { ...person('vladimir-putin', 'Vladimir Putin', 'Putin'), labels: ['Vladimir Poutine', 'Владимир Путин'] },
    { ...person('kim-jong-un', 'Kim Jong-un', 'Kim', ['Kim Jong Un']), labels: ['Ким Чен Ын'] },
  ]);
  const linked = (text: string) => findMentions(text, places).mentions.map((m) => m.surface);
  t.same(linked('Traffic on Putin Avenue stopped. Kim Jong Un International Airport was closed.'), []);
  t.same(linked('La place Vladimir Poutine et la plaza de Kim Jong-un.'), []);
  t.same(linked('Митинг прошёл на площади Ким Чен Ына, у университета имени Владимира Путина.'), []);
  t.same(
    linked('Vladimir Putin arrived; Putin Street was closed. Kim Jong-un waited. Putin thanked him.'),
    ['Vladimir Putin', 'Kim Jong-un', 'Putin'],
    'the person is still found around the place',
  );
  t.same(
    linked('Vladimir Putin stayed home. In his place Putin sent Lavrov.'),
    ['Vladimir Putin', 'Putin'],
    'an English "place" is not a French square ("la place")',
  );
});
