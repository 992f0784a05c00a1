// Mention finding: whole words, longest match first, family names resolved only when they can mean one person.
import t from 'tap';
import { CORPUS_DIR } from '../../seed/seed.ts';
import { Linker } from '../../src/ingest/link.ts';
import { loadCorpus } from '../../src/ingest/load-corpus.ts';
import { buildAliasMatcher, findMentions, type MentionableEntity, sameName } from '../../src/ingest/mentions.ts';
import { corpusEntities, prepareCorpus } from '../../src/ingest/prepare.ts';

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

t.test('a bare family name two people share is settled by where it stands', async (t) => {
  const resolved = (text: string) =>
    findMentions(text, matcher).mentions.map((m) => [m.surface, m.entityId, m.matchedBy]);
  t.same(
    resolved('Kim Jong Un met Vladimir Putin. Kim Jong Il died in 2011. Kim had ruled since 1994.'),
    [
      ['Kim Jong Un', 'kim-jong-un', 'exact'],
      ['Vladimir Putin', 'vladimir-putin', 'exact'],
      ['Kim Jong Il', 'kim-jong-il', 'exact'],
      ['Kim', 'kim-jong-il', 'context'],
    ],
    'the person the sentence before is about',
  );
  t.same(
    resolved(
      'Kim Jong Un met Vladimir Putin. Kim Jong Un thanked him. He met Kim’s father, then-leader Kim Jong Il. Putin last met Kim in 2023.',
    ).slice(3),
    [
      ['Kim', 'kim-jong-un', 'context'],
      ['Kim Jong Il', 'kim-jong-il', 'exact'],
      ['Putin', 'vladimir-putin', 'family-name'],
      ['Kim', 'kim-jong-un', 'context'],
    ],
    'the one the sentence before speaks of first, not the nearest name',
  );
  t.same(
    resolved('Kim Jong Un and Kim Jong Il. Then Kim Jong Il, and later Kim, spoke.').slice(-1),
    [['Kim', 'kim-jong-il', 'context']],
    'the nearest full name earlier in the same sentence',
  );
  t.same(
    resolved('Kim Jong Un met Putin. Kim Jong Il died in 2011.\n\nNothing else here.\n\nKim had ruled.').at(-1),
    ['Kim', 'kim-jong-il', 'context'],
    'else the one named in full last',
  );
  t.same(
    resolved('Kim spoke first.\n\nKim Jong Un met Kim Jong Un’s envoys; Kim Jong Il was mentioned.')[0],
    ['Kim', 'kim-jong-un', 'context'],
    'else the one the article names most',
  );
  const open = findMentions('Kim Jong Un and Kim Jong Il. Nothing more.\n\nKim spoke.', matcher);
  t.same(
    open.unresolved.map((u) => [u.surface, u.candidates]),
    [['Kim', ['kim-jong-un', 'kim-jong-il']]],
    'a tie the text does not settle stays unresolved',
  );
});

t.test('matching folds case, accents, hyphens, spacing and invisible characters', async (t) => {
  const linkedBy = (text: string) => findMentions(text, matcher).mentions.map((m) => [m.surface, m.entityId]);
  for (const form of ['KIM JONG UN', 'Kim Jong\u2010un', 'Kim\u00a0Jong\u00a0Un', 'Kim Jong-Un', 'Kim Jongun']) {
    t.same(linkedBy(`${form} arrived.`), [[form, 'kim-jong-un']], JSON.stringify(form));
  }
  t.same(linkedBy('Vladimir Pu\u200btin and Vladímir Putin.'), [
    ['Vladimir Pu\u200btin', 'vladimir-putin'],
    ['Vladímir Putin', 'vladimir-putin'],
  ]);
  t.same(linkedBy('kim jong un, north korea'), [], 'a name starts with its capital: lower case is a common word');
  const towns = buildAliasMatcher([person('jenny-town', 'Jenny Town', 'Town')]);
  t.same(findMentions('Town officials met in the town hall.', towns).mentions, [], 'a family name needs its person');
});

t.test('declined names: Russian case endings, the German genitive, a patronymic', async (t) => {
  const declined = buildAliasMatcher([
    { ...person('vladimir-putin', 'Vladimir Putin', 'Putin'), labels: ['Владимир Путин', 'Wladimir Putin'] },
    { ...thing('north-korea', 'country', 'North Korea'), labels: ['Nordkorea', 'Северная Корея'] },
  ]);
  const linkedBy = (text: string) =>
    findMentions(text, declined).mentions.map((m) => [m.surface, m.entityId, m.matchedBy]);
  t.same(linkedBy('Wladimir Putins Besuch in Nordkorea. Putins Rede war lang.'), [
    ['Wladimir Putins', 'vladimir-putin', 'exact'],
    ['Nordkorea', 'north-korea', 'exact'],
    ['Putins', 'vladimir-putin', 'family-name'],
  ]);
  t.same(linkedBy('Владимир Владимирович Путин и Vladimir Vladimirovich Putin; Владимиром Владимировичем Путиным.'), [
    ['Владимир Владимирович Путин', 'vladimir-putin', 'exact'],
    ['Vladimir Vladimirovich Putin', 'vladimir-putin', 'exact'],
    ['Владимиром Владимировичем Путиным', 'vladimir-putin', 'exact'],
  ]);
  const cities = buildAliasMatcher([
    { ...thing('moscow', 'place', 'Moscow'), labels: ['Москва'] },
    { ...thing('russia', 'country', 'Russia'), labels: ['Россия'] },
    thing('united-nations', 'organization', 'United Nations', ['UN']),
  ]);
  t.same(
    findMentions('Переговоры с Москвой и Россией. Un accord à l’UN, un UN.', cities).mentions.map((m) => m.surface),
    ['Москвой', 'Россией', 'UN', 'UN'],
    'endings with й, folded like the words; a name in capitals is matched in capitals only',
  );
  const alliance = buildAliasMatcher([thing('nato', 'organization', 'North Atlantic Treaty Organization', ['NATO'])]);
  t.same(
    findMentions('Nato allies met. The NATO summit. A nato-style pact.', alliance).mentions.map((m) => m.surface),
    ['Nato', 'NATO'],
    'an acronym of four letters or more may be written as a word, as some house styles do',
  );
  const andrei = buildAliasMatcher([
    { ...person('andrei-belousov', 'Andrei Belousov', 'Belousov'), labels: ['Андрей Белоусов'] },
  ]);
  t.same(
    findMentions('Слова Андрея Белоусова. Андрею Белоусову ответили.', andrei).mentions.map((m) => m.surface),
    ['Андрея Белоусова', 'Андрею Белоусову'],
    'a name ending in -ей, in every case: each word is read every way it may decline',
  );
  t.ok(sameName('Мария Захарова', 'Марии Захаровой'), 'the same name in two cases');
  t.ok(sameName('Андрей Соколовский', 'Андрея Соколовского'), 'and a -ей name');
  t.notOk(sameName('Мария Захарова', 'Мария Иванова'), 'another name');
  t.same(
    linkedBy('«Дорогой Владимир Владимирович», — сказал Ким. Владимир Путин улыбнулся. Vladimir Vladimirovich smiled.'),
    [
      ['Владимир Владимирович', 'vladimir-putin', 'family-name'],
      ['Владимир Путин', 'vladimir-putin', 'exact'],
      ['Vladimir Vladimirovich', 'vladimir-putin', 'family-name'],
    ],
    'a given name and patronymic alone name the person the article names in full',
  );
  t.same(
    linkedBy('«Дорогой Владимир Владимирович», — сказал Ким.'),
    [],
    'and name no one where the article does not name that person',
  );
  t.same(linkedBy('Владимир Соловьёв и Владимир пришли.'), [], 'a given name alone, or with a family name, is no one');
  t.same(linkedBy('ВЛАДИМИР ПУТИН ПРИБЫЛ В СЕВЕРНУЮ КОРЕЮ'), [
    ['ВЛАДИМИР ПУТИН', 'vladimir-putin', 'exact'],
    ['СЕВЕРНУЮ КОРЕЮ', 'north-korea', 'exact'],
  ]);
});

t.test('Korean and Chinese names, written without spaces or with particles joined', async (t) => {
  const cjk = buildAliasMatcher([
    { ...person('vladimir-putin', 'Vladimir Putin', 'Putin'), labels: ['블라디미르 푸틴', '弗拉基米尔·普京'] },
    { ...person('kim-jong-un', 'Kim Jong-un', 'Kim'), labels: ['김정은', '金正恩'] },
    { ...thing('north-korea', 'country', 'North Korea'), labels: ['북한', '朝鲜'] },
  ]);
  const linkedBy = (text: string) => findMentions(text, cjk).mentions.map((m) => [m.surface, m.entityId]);
  t.same(linkedBy('블라디미르 푸틴 대통령이 북한을 방문했다. 푸틴은 김정은과 만났다.'), [
    ['블라디미르 푸틴', 'vladimir-putin'],
    ['북한', 'north-korea'],
    ['푸틴', 'vladimir-putin'],
    ['김정은', 'kim-jong-un'],
  ]);
  t.same(linkedBy('俄罗斯总统普京与朝鲜最高领导人金正恩举行会谈。'), [
    ['普京', 'vladimir-putin'],
    ['朝鲜', 'north-korea'],
    ['金正恩', 'kim-jong-un'],
  ]);
  t.same(linkedBy('그는 반북한 단체를 비판했다.'), [], 'a Korean name starts a word');
});

t.test('a country inside a longer official name is not linked; a listed official name is', async (t) => {
  const states = buildAliasMatcher([
    thing('korea', 'place', 'Korea'),
    { ...thing('south-korea', 'country', 'South Korea'), labels: ['Republic of Korea', 'Республика Корея'] },
    thing('china', 'country', 'China'),
  ]);
  const linkedBy = (text: string) => findMentions(text, states).mentions.map((m) => [m.surface, m.entityId]);
  t.same(linkedBy('The Republic of Korea and the Республика Корея.'), [
    ['Republic of Korea', 'south-korea'],
    ['Республика Корея', 'south-korea'],
  ]);
  t.same(
    linkedBy("The People's Republic of China, the République populaire démocratique de Corée and Korea."),
    [['Korea', 'korea']],
    'an official name not listed links nothing inside it',
  );
});

t.test('a family name after a title names the one person of that name, even without the full name', async (t) => {
  const { mentions, unresolved } = findMentions('President Putin spoke. Putin smiled. Mr. Kim listened.', matcher);
  t.same(
    mentions.map((m) => [m.surface, m.entityId, m.matchedBy]),
    [
      ['Putin', 'vladimir-putin', 'family-name'],
      ['Putin', 'vladimir-putin', 'family-name'],
    ],
  );
  t.same(
    unresolved.map((u) => [u.surface, u.candidates]),
    [['Kim', []]],
    'two people in the knowledge base are called Kim: the title does not tell which',
  );
});

t.test('a bare family name several people bear, none of them named in the article, stays unlinked', async (t) => {
  const { mentions, unresolved } = findMentions('Kim arrived. Putin too.', matcher);
  t.same(
    mentions.map((m) => [m.surface, m.entityId, m.matchedBy]),
    [['Putin', 'vladimir-putin', 'family-name']],
    'one known person alone bears the name: news writes a known figure by it',
  );
  t.same(
    unresolved.map((u) => [u.surface, u.candidates]),
    [['Kim', []]],
  );
  const towns = buildAliasMatcher([person('jenny-town', 'Jenny Town', 'Town')]);
  t.same(findMentions('Jenni Town spoke.', towns).mentions, [], 'after a capitalised word, the name is someone else’s');
  t.same(
    findMentions('Town officials met in the town hall.', towns).mentions,
    [],
    'a word the page also writes in lower case is a common word',
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

t.test('a comma ends a name: its words never join across one', async (t) => {
  // "Kim Un" is an alias; "M. Kim, un officier" is Kim and the French article after him.
  const found = findMentions('Mon collègue, M. Kim, un officier de port, m’a écrit.', matcher, { language: 'fr' });
  t.same(
    [...found.mentions, ...found.unresolved].map((m) => m.surface),
    ['Kim'],
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

  t.test('"Kim" links where only one Kim is named, and by context where two are', async (t) => {
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
      const kims = bareKim(id);
      t.ok(kims.length > 0, `${id}: names both Kim Jong-un and Kim Jong-il`);
      t.same(
        kims.filter((m) => m.entityId !== 'kim-jong-un' || m.matchedBy !== 'context'),
        [],
        `${id}: every bare "Kim" is Kim Jong-un, by context`,
      );
    }
    t.same(
      unresolved.filter((u) => u.surface === 'Kim'),
      [],
      'the 13 bare "Kim" of the three articles naming both are all settled',
    );
    t.equal(
      rows.mentions.filter((m) => m.surface === 'Kim' && m.matchedBy === 'context').length,
      13,
      'thirteen linked by context',
    );
  });

  t.test('every person mentioned is a real person of the story, and every one is found', async (t) => {
    const people = new Set(
      rows.entities.filter((e) => e.type === 'person' && e.status === 'confirmed').map((e) => e.id),
    );
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

  t.test('the same people per article as before context linking, the curated ones only', async (t) => {
    const confirmed = new Set(
      rows.entities.filter((e) => e.type === 'person' && e.status === 'confirmed').map((e) => e.id),
    );
    const perArticle = Object.fromEntries(
      rows.articles.map((a) => [
        a.id,
        [...new Set(of(a.id).flatMap((m) => (confirmed.has(m.entityId) ? [m.entityId] : [])))].sort(),
      ]),
    );
    t.same(perArticle, {
      'kim-jong-un-warm-welcome-putin': ['kim-jong-il', 'kim-jong-un', 'vladimir-putin', 'xi-jinping', 'yuri-ushakov'],
      'putin-kim-begin-talks-pyongyang': [
        'andrei-belousov',
        'antony-blinken',
        'denis-manturov',
        'jens-stoltenberg',
        'kim-jong-un',
        'sergey-lavrov',
        'vladimir-putin',
        'yuri-ushakov',
      ],
      'putin-state-visit-partnership-treaty': [
        'andrei-belousov',
        'dmitry-peskov',
        'kim-jong-il',
        'kim-jong-un',
        'mikhail-murashko',
        'roman-starovoyt',
        'sergey-lavrov',
        'vladimir-putin',
        'yuri-ushakov',
      ],
      'putin-kim-sign-comprehensive-pact': ['andrei-belousov', 'kim-jong-il', 'kim-jong-un', 'vladimir-putin'],
      'putin-lavish-welcome-kim-closer-ties': [
        'antony-blinken',
        'jenny-town',
        'jens-stoltenberg',
        'kim-jong-un',
        'leif-eric-easley',
        'shin-won-sik',
        'vladimir-putin',
      ],
    });
    t.same(
      rows.entities.filter((e) => e.status === 'candidate').map((e) => e.name),
      [],
      'the curated entities name everyone: no candidate',
    );
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
    ['Vladimir Poutine', 'vladimir-putin', 'exact'],
    ['Corée du Nord', 'north-korea', 'exact'],
    ['Poutine', 'vladimir-putin', 'family-name'],
    ['Kim Jong-un', 'kim-jong-un', 'exact'],
  ]);
  t.same(
    linked('Визит Владимира Путина в Северную Корею. В Кремле сообщили, что Путин встретится с Ким Чен Ыном.'),
    [
      ['Владимира Путина', 'vladimir-putin', 'exact'],
      ['Северную Корею', 'north-korea', 'exact'],
      ['Кремле', 'kremlin', 'exact'],
      ['Путин', 'vladimir-putin', 'family-name'],
      ['Ким Чен Ыном', 'kim-jong-un', 'exact'],
    ],
    'every case of a name is the name',
  );
  t.same(linked('Лидер КНДР и президент России.'), [
    ['КНДР', 'north-korea', 'exact'],
    ['России', 'russia', 'exact'],
  ]);
  t.same(linked('Кремлёвский дворец и Путинизм.'), [], 'a longer word built on a name is not the name');
  t.same(
    findMentions('Ким Чен Ын и Ким Чен Ир.\n\nКим сказал.', matcher).unresolved.map((u) => u.surface),
    ['Ким'],
    'a family name two people named in full share, as often each, stays unlinked, in any script',
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

t.test('namesakes told apart by what the text says of their gender', async (t) => {
  const kims = buildAliasMatcher([
    { ...person('kim-jong-un', 'Kim Jong-un', 'Kim'), labels: ['Ким Чен Ын'] },
    { ...person('kim-yo-jong', 'Kim Yo-jong', 'Kim'), labels: ['Ким Ё Чжон'] },
  ]);
  const linkedIn = (text: string, language: string) =>
    findMentions(text, kims, { language }).mentions.map((m) => [m.surface, m.entityId, m.matchedBy]);
  t.same(
    linkedIn('Kim Yo-jong, the leader’s sister, stood by Kim Jong-un. Mr. Kim signed; Ms Kim watched.', 'en'),
    [
      ['Kim Yo-jong', 'kim-yo-jong', 'exact'],
      ['Kim Jong-un', 'kim-jong-un', 'exact'],
      ['Kim', 'kim-jong-un', 'context'],
    ],
    'a man is not the one the text calls a sister; a woman may be anyone the text gives no gender: left open',
  );
  t.same(
    linkedIn('Le frère de la dirigeante, Kim Jong-un, était là avec Kim Yo-jong. Mme Kim a parlé.', 'fr').at(-1),
    ['Kim', 'kim-yo-jong', 'context'],
    'the phrase a name stands in apposition to',
  );
  t.same(
    linkedIn(
      'Ким Чен Ын заявил о победе. Ким Ё Чжон заявила о провокациях. Отец и сын. «Это ложь», — заявила Ким.',
      'ru',
    ).at(-1),
    ['Ким', 'kim-yo-jong', 'context'],
    'the Russian past tense agrees with its subject',
  );
  t.same(
    linkedIn('Ким Ё Чжон выступила утром. Путин встретился с Ким Чен Ыном. «Это ложь», — заявила Ким.', 'ru').at(-1),
    ['Ким', 'kim-yo-jong', 'context'],
    'a name ending in a consonant declines only for a man: the instrumental says so',
  );
  t.same(
    linkedIn(
      'Ким Ё Чжон выступила утром. Ким Чен Ын приехал. Визит Ким Чен Ына начался. «Ложь», — заявила Ким.',
      'ru',
    ).at(-1),
    ['Ким', 'kim-yo-jong', 'context'],
    'so does the same name seen both bare and with a case ending',
  );
  t.same(
    linkedIn('Ким Чен Ын выступил утром. Встреча с Ким Ё Чжон прошла. «Ложь», — заявила Ким.', 'ru').at(-1),
    ['Ким', 'kim-yo-jong', 'context'],
    'a woman’s name that does not decline says nothing of her; the verb says who is meant',
  );
  t.same(
    linkedIn('Министр вместе с Ким Чен Ын вышла к гостям. Ким Ё Чжон выступила первой. «Ложь», — заявил Ким.', 'ru').at(
      -1,
    ),
    ['Ким', 'kim-jong-un', 'context'],
    'a name after a preposition is not the subject of the verb after it',
  );
});

t.test('a family name in the plural names the family, not one of them', async (t) => {
  const linked = (text: string, language: string) =>
    findMentions(text, matcher, { language }).mentions.map((m) => [m.surface, m.entityId]);
  t.same(linked('Kim Jong Un parle. Eltsine laissa le texte expirer, au grand dam de la dynastie des Kim.', 'fr'), [
    ['Kim Jong Un', 'kim-jong-un'],
  ]);
  t.same(linked('Kim Jong Un spoke. The Kims have ruled since 1948; Kim smiled.', 'en'), [
    ['Kim Jong Un', 'kim-jong-un'],
    ['Kim', 'kim-jong-un'],
  ]);
});

t.test('a family name that goes on in a name word of its own names someone else', async (t) => {
  const text =
    'Kim Jong Un spoke. Students of the Kim Chaek University of Technology cheered; Kim Yung-ho did not. Kim left.';
  t.same(
    findMentions(text, matcher, { language: 'en' }).mentions.map((m) => [m.entityId, m.surface]),
    [
      ['kim-jong-un', 'Kim Jong Un'],
      ['kim-jong-un', 'Kim'],
    ],
  );
  const german = 'Vladimir Putin kam. Er sagte, dass Putin Raketen liefert.';
  t.same(
    findMentions(german, matcher, { language: 'de' }).mentions.map((m) => m.surface),
    ['Vladimir Putin', 'Putin'],
    'German capitalises its nouns: the rule is not applied there',
  );
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
  t.same(linked('Колонна прошла проспектом Владимира Путина и набережной Ким Чен Ына.'), [], 'any case of the word');
  t.same(linked('Vor der Kim-Jong-Un-Universität und am Vladimir-Putin-Platz.'), [], 'a German compound');
  t.same(
    linked("Des officiers de l'université militaire Kim Jong-un et du aeropuerto internacional Vladimir Poutine."),
    [],
    'a qualifier between the generic word and the name',
  );
  t.same(linked("L'université accueille Kim Jong-un."), ['Kim Jong-un'], 'a verb between is no qualifier');
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

t.test('a Russian given name in another romanisation is still the person', async (t) => {
  const matcher = buildAliasMatcher([
    { ...person('sergey-lavrov', 'Sergey Lavrov', 'Lavrov'), labels: ['Сергей Лавров'] },
    { ...person('yuri-ushakov', 'Yuri Ushakov', 'Ushakov'), labels: ['Юрий Ушаков'] },
    { ...person('mikhail-murashko', 'Mikhail Murashko', 'Murashko'), labels: ['Михаил Мурашко'] },
    person('jenny-town', 'Jenny Town', 'Town'),
  ]);
  const linked = (text: string) =>
    findMentions(text, matcher, { language: 'en' }).mentions.map((m) => [m.surface, m.entityId, m.matchedBy]);
  t.same(linked('Sergei Lavrov, Sergej Lavrov and Serguei Lavrov.'), [
    ['Sergei Lavrov', 'sergey-lavrov', 'alias'],
    ['Sergej Lavrov', 'sergey-lavrov', 'alias'],
    ['Serguei Lavrov', 'sergey-lavrov', 'alias'],
  ]);
  t.same(linked('Iouri Ushakov met Michail Murashko.'), [
    ['Iouri Ushakov', 'yuri-ushakov', 'alias'],
    ['Michail Murashko', 'mikhail-murashko', 'alias'],
  ]);
  t.same(
    linked('Jenni Town spoke.'),
    [],
    'only the names of people whose names are Russian: other given names are spelt one way',
  );
});

t.test(
  'a dotted acronym ends no sentence, so a family name after it is read in the sentence it stands in',
  async (t) => {
    const body =
      'Kim Jong Un met Putin. Kim Jong Un spoke. Kim Jong Un left.\n\nFirst Vice Foreign Minister Kim Hong-kyun called ' +
      'in the ambassador.\n\n"Any cooperation is a violation of U.N. Security Council resolutions," Kim was quoted as ' +
      'telling the envoy.';
    const linker = new Linker(corpusEntities(loadCorpus(CORPUS_DIR)));
    const kim = linker.link(body, 'en').mentions.find((m) => m.surface === 'Kim');
    t.equal(kim?.entityId, 'kim-hong-kyun', 'the namesake of the sentence before, not the one named most');
  },
);
