// A transcript's speaker labels: names in capitals before a colon open the turns; roles and furniture name no one.
import t from 'tap';
import { fullNameIn, fullNameWritten, nameCase, speakerLabels } from '../../src/ingest/transcript.ts';

const briefing = [
  'MR BROOKS: Good afternoon, everybody.',
  'QUESTION: Thanks. Does the treaty change anything?',
  'MR BROOKS: We are studying it.',
  'UPDATE: the briefing ended early.',
  'MARC-ANTOINE DELORME : Bonsoir à tous.',
  'Д. ПЕСКОВ: Нет.',
].join('\n');

t.test('named turns, with the honorific left out of the name', async (t) => {
  const { named, turns } = speakerLabels(briefing);
  t.equal(turns, 6, 'every labelled paragraph is a turn, roles and furniture included');
  t.same(
    named.map((l) => [briefing.slice(l.nameStart, l.nameEnd), nameCase(l.words), briefing.slice(l.textStart, l.end)]),
    [
      ['BROOKS', 'Brooks', 'Good afternoon, everybody.'],
      ['BROOKS', 'Brooks', 'We are studying it.'],
      ['MARC-ANTOINE DELORME', 'Marc-Antoine Delorme', 'Bonsoir à tous.'],
      ['Д. ПЕСКОВ', 'Д. Песков', 'Нет.'],
    ],
  );
  t.equal(briefing.slice(named[0]?.start, named[0]?.nameEnd), 'MR BROOKS', 'the label starts at its honorific');
});

t.test('a time code before a label, as a podcast or radio transcript writes it', async (t) => {
  const radio = [
    '[00:00:04] DANIEL CHO: Good evening, and welcome.',
    '(00:41) KIM HYUN-WOO: Thank you, Daniel.',
    '01:02:30 CALLER (PARK SOON-JA, PAJU): Good evening.',
    '[00:03:19] DANIEL CHO: Which Kim?',
  ].join('\n');
  const { named, turns } = speakerLabels(radio);
  t.equal(turns, 4);
  t.same(
    named.map((l) => [radio.slice(l.nameStart, l.nameEnd), radio.slice(l.textStart, l.end)]),
    [
      ['DANIEL CHO', 'Good evening, and welcome.'],
      ['KIM HYUN-WOO', 'Thank you, Daniel.'],
      ['PARK SOON-JA', 'Good evening.'],
      ['DANIEL CHO', 'Which Kim?'],
    ],
  );
  // A caller's given name alone in brackets names them where the given-name test knows it; a note does not.
  const phoneIn = [
    'HOST: Good evening.',
    'CALLER (TOM, DAEGU): Evening, Daniel.',
    'CALLER (INAUDIBLE): Hello?',
    'HOST: Thanks, Tom.',
  ].join('\n');
  const given = (w: string) => w === 'tom';
  t.same(
    speakerLabels(phoneIn, given).named.map((l) => [phoneIn.slice(l.nameStart, l.nameEnd), l.words]),
    [['TOM', ['TOM']]],
  );
  t.same(speakerLabels(phoneIn).named, [], 'with no given-name test, one word in brackets names no one');
  // A time code alone before words is no label: a video's chapters.
  t.same(speakerLabels('0:00 Arrival at Noi Bai\n1:12 The motorcade\n3:05 On the street').named, []);
});

t.test('a page is a transcript only with three turns or more', async (t) => {
  t.same(speakerLabels('NOTE: this article was updated.\nJOHN SMITH: Hello.').named, []);
  t.equal(speakerLabels('NOTE: this article was updated.\nJOHN SMITH: Hello.').turns, 2);
});

t.test('a single word names someone only after an honorific; words written in lower case are no name', async (t) => {
  const body = 'BROOKS: One.\nQUESTION: Two?\nBROOKS: Three.\nBREAKING NEWS: the talks are breaking down.';
  t.same(speakerLabels(body).named, [], '"BROOKS" alone, and "BREAKING" also written in lower case');
  t.equal(speakerLabels(body).turns, 4);
});

t.test(
  'a television transcript: a role after the name, a note in brackets, a family name alone after the full name',
  async (t) => {
    const body = [
      'RACHEL DUNMORE, WNX ANCHOR: Good evening.',
      'TOM KESSLER, WNX SENIOR FOREIGN CORRESPONDENT: Rachel, it began in the dark.',
      'KESSLER (voice-over): A hug on the tarmac.',
      'KIM JONG UN, NORTH KOREAN LEADER (through translator): This is the strongest treaty.',
      'DUNMORE: Tom, thank you.',
      'BROOKS: Nobody named him in full.',
    ].join('\n');
    const { named, turns } = speakerLabels(body);
    t.equal(turns, 6);
    t.same(
      named.map((l) => [
        body.slice(l.nameStart, l.nameEnd),
        l.full ? nameCase(l.full) : null,
        body.slice(l.textStart, l.end),
      ]),
      [
        ['RACHEL DUNMORE', null, 'Good evening.'],
        ['TOM KESSLER', null, 'Rachel, it began in the dark.'],
        ['KESSLER', 'Tom Kessler', 'A hug on the tarmac.'],
        ['KIM JONG UN', null, 'This is the strongest treaty.'],
        ['DUNMORE', 'Rachel Dunmore', 'Tom, thank you.'],
      ],
    );
  },
);

t.test('the full name of a one-word label, from a line that is a name (and a role) only', async (t) => {
  t.equal(fullNameIn(['Nathaniel Brooks, Deputy Spokesperson'], 'BROOKS'), 'Nathaniel Brooks');
  t.equal(fullNameIn(['By Nathaniel J. Brooks'], 'Brooks'), 'Nathaniel J. Brooks');
  t.equal(fullNameIn(['Mary Ann Brooks — Spokesperson'], 'brooks'), 'Mary Ann Brooks');
  t.equal(fullNameIn(['Brooks'], 'Brooks'), null, 'the family name alone');
  t.equal(fullNameIn(['Nathaniel Brooks', 'Jane Brooks'], 'Brooks'), null, 'two people of that name');
  t.equal(fullNameIn(['Nathaniel Brooks', 'Nathaniel Brooks, Deputy Spokesperson'], 'Brooks'), 'Nathaniel Brooks');
  t.equal(fullNameIn(['Read more from Nathaniel Brooks'], 'Brooks'), null, 'more than a name');
  t.equal(
    fullNameIn(['Col. (ret.) David Okafor, former U.S. Defense Attaché; Visiting Fellow'], 'OKAFOR'),
    'David Okafor',
    'past a title and a note in brackets',
  );
  t.equal(
    fullNameIn(['Park Seo-yeon, Research Fellow, Seoul Forum (via video link)'], 'PARK'),
    'Park Seo-yeon',
    'an East Asian name opens with its family name',
  );
});

t.test('the full name of a label of initials and a family name, wherever the page writes it out', async (t) => {
  const hosts = 'Ведущая — Ирина Соколовская. Гости: востоковед Константин Игоревич Бурцев и корреспондент Денис Пак.';
  t.equal(fullNameWritten([hosts], 'СОКОЛОВСКАЯ', 'И'), 'Ирина Соколовская');
  t.equal(fullNameWritten([hosts], 'БУРЦЕВ', 'К'), 'Константин Игоревич Бурцев', 'a patronymic between');
  t.equal(fullNameWritten(['Сегодня Ирина Соколовская в эфире.'], 'СОКОЛОВСКАЯ', 'И'), 'Ирина Соколовская');
  t.equal(fullNameWritten([hosts], 'ПАК', 'А'), null, 'a first name with another initial');
  t.equal(fullNameWritten(['Denis Park and Diana Park spoke.'], 'PARK', 'D'), null, 'two people fit');
  t.equal(fullNameWritten(['ИРИНА СОКОЛОВСКАЯ'], 'СОКОЛОВСКАЯ', 'И'), null, 'in capitals, as a label is: no name');
});

t.test('a family name alone as a label, with the full name the text writes out; a party in brackets', async (t) => {
  const body = [
    'DANA WHITCOMBE, ACN HOST: Joining me, retired Lieutenant General Denise Halloran and Ambassador Thomas Reyburn.',
    'HALLORAN: Dana, they are learning.',
    'REYBURN: Honestly, a bit of both.',
    'DONALD TRUMP (R), PRESIDENT-ELECT: I got along with him very well.',
    'UPDATE: The segment was cut.',
  ].join('\n');
  const { named } = speakerLabels(body);
  t.same(
    named.map((l) => [l.words.join(' '), l.full?.join(' ') ?? null, l.fullFrom ?? null]),
    [
      ['DANA WHITCOMBE', null, null],
      ['HALLORAN', 'Denise Halloran', 'text'],
      ['REYBURN', 'Thomas Reyburn', 'text'],
      ['DONALD TRUMP', null, null],
    ],
    'not a word the text never writes as a name',
  );
  t.equal(fullNameWritten([body], 'HALLORAN'), 'Denise Halloran', 'past the rank and the title');
  t.equal(fullNameWritten(['Denis Park and Diana Park spoke.'], 'PARK'), null, 'two people fit');
});

t.test('a rank or a title before the name, and a question’s label with the asker in brackets', async (t) => {
  const body = [
    'COL. CHOI YOON-SEOK, MINISTRY SPOKESPERSON: Good afternoon.',
    'MINISTER SHIN WON-SIK: Thank you.',
    'CHOI: We’ll start with Yonhap.',
    'Q (KIM MIN-JI, YONHAP NEWS AGENCY): Minister, will you?',
    'Q (KIM MIN-JI): A follow-up.',
    'SHIN: I won’t.',
    'Q: And the bridge?',
  ].join('\n');
  const { named, turns } = speakerLabels(body);
  t.equal(turns, 6, '"Q:" alone is no label of this kind');
  t.same(
    named.map((l) => [body.slice(l.nameStart, l.nameEnd), nameCase(l.full ?? l.words)]),
    [
      ['CHOI YOON-SEOK', 'Choi Yoon-Seok'],
      ['SHIN WON-SIK', 'Shin Won-Sik'],
      ['CHOI', 'Choi Yoon-Seok'],
      ['KIM MIN-JI', 'Kim Min-Ji'],
      ['KIM MIN-JI', 'Kim Min-Ji'],
      ['SHIN', 'Shin Won-Sik'],
    ],
    'an East Asian family name comes first; a role alone names no one',
  );
  const two = ['KIM MIN-JI: One.', 'KIM TAE-HOON: Two.', 'KIM: Three.'].join('\n');
  t.same(
    speakerLabels(two).named.map((l) => nameCase(l.full ?? l.words)),
    ['Kim Min-Ji', 'Kim Tae-Hoon'],
    'a family name two labels share names neither',
  );
});

t.test('a label of initials stands for the one name the page writes with them', async (t) => {
  const page = [
    'Host Priya Raman talks to Jenny Town of the Stimson Center and former diplomat Choi Jae-won.',
    '[00:12:31] HOST: Jenny, let’s go back to June.',
    '[00:12:58] JT: I saw Kim getting something.',
    '[00:14:22] CJW: Like a door closing.',
    '[00:15:35] CJW: No.',
  ].join('\n\n');
  const { named } = speakerLabels(page);
  t.same(
    named.map((l) => [page.slice(l.nameStart, l.nameEnd), l.full?.join(' ')]),
    [
      ['JT', 'Jenny Town'],
      ['CJW', 'Choi Jae-won'],
      ['CJW', 'Choi Jae-won'],
    ],
    'the letters of the words, or of a hyphenated part too',
  );
  const two = `${page}\n\nJohn Taylor was there too.`;
  t.equal(
    speakerLabels(two).named.find((l) => two.slice(l.nameStart, l.nameEnd) === 'JT'),
    undefined,
    'two names with the same initials leave the label open',
  );
});
