// Candidate names: people named with a title, a reporting verb or an apposition, never a place, month or known span.
import { readdirSync, readFileSync } from 'node:fs';
import t, { type Test } from 'tap';
import {
  type CandidateName,
  findCandidateNames,
  givenNameGender,
  russianNominative,
} from '../../src/ingest/candidates.ts';

/** The candidates of a page, after checking what every result promises: offsets, order, no overlap. */
function candidates(
  t: Test,
  body: string,
  language: string | null,
  known: { start: number; end: number }[] = [],
  aside: string[] = [],
): CandidateName[] {
  const found = findCandidateNames(body, language, known, [], aside);
  const broken = found.flatMap((c, i) => {
    const next = found[i + 1];
    return [
      body.slice(c.start, c.end) === c.surface ? [] : [`offsets of "${c.name}"`],
      c.name === c.surface.replace(/\s+/g, ' ') ||
      /^(?:speaker label of a transcript|a heading in capitals)/.test(c.evidence)
        ? []
        : [`"${c.name}" is not its surface, spaces normalised`],
      /^[\p{L}][\p{L}\p{M}'’. -]*[\p{L}.]$/u.test(c.name) ? [] : [`"${c.name}" keeps punctuation`],
      /['’]s$/.test(c.name) ? [`"${c.name}" keeps a possessive`] : [],
      !next || c.end <= next.start ? [] : [`"${c.name}" overlaps or follows "${next.name}"`],
      known.every((k) => c.end <= k.start || k.end <= c.start) ? [] : [`"${c.name}" overlaps a known span`],
    ].flat();
  });
  t.same(broken, [], 'offsets, names, order and overlaps');
  return found;
}

const names = (found: readonly CandidateName[], type: CandidateName['type'] = 'person') =>
  found.filter((c) => c.type === type).map((c) => c.name);
const evidenceOf = (found: readonly CandidateName[], name: string) =>
  found.find((c) => c.name === name)?.evidence ?? '';

t.test('English: unknown spokespeople and ministers, Korean names, titles without a full stop', async (t) => {
  const body = [
    'Foreign Ministry spokeswoman Maria Zakharova said the talks went well.',
    "North Korean Foreign Minister Choe Son Hui's visit to Moscow was her second this year.",
    'The crowd cheered, according to Ri Il Hwan.',
    '"We are pleased," said Jenny Town, a senior fellow at the Stimson Center.',
    'Kremlin spokesman Dmitry Peskov added that Mr Kim would stay two days.',
  ].join('\n');
  const found = candidates(t, body, 'en');
  t.same(names(found), ['Maria Zakharova', 'Choe Son Hui', 'Ri Il Hwan', 'Jenny Town', 'Dmitry Peskov', 'Kim']);
  t.match(evidenceOf(found, 'Maria Zakharova'), 'title "Foreign Ministry spokeswoman" before');
  t.match(evidenceOf(found, 'Choe Son Hui'), 'title "North Korean Foreign Minister" before');
  t.match(evidenceOf(found, 'Ri Il Hwan'), 'reporting verb "according to" before');
  t.match(evidenceOf(found, 'Jenny Town'), 'appositive role "fellow" after');
  t.match(evidenceOf(found, 'Kim'), 'title "Mr" before');
  t.same(names(found, 'organization'), ['Stimson Center'], 'compromise gives organisations');
  t.same(names(found, 'place'), ['Moscow'], 'and places');
  const choe = found.find((c) => c.name === 'Choe Son Hui');
  t.equal(body.slice(choe?.end, (choe?.end ?? 0) + 2), "'s", 'the possessive is left out of the span');
});

t.test('an institution named after a person keeps the whole run of capitals as its name', async (t) => {
  const found = candidates(t, 'Officers trained at Kim Il Sung Military University are learning fast.', 'en');
  t.same(names(found, 'organization'), ['Kim Il Sung Military University']);
  t.same(names(found), [], 'and no person');
});

t.test('a particle before an institution parts the person from where they work', async (t) => {
  const german = candidates(
    t,
    '„Das ist der Kern des Geschäfts“, sagt Hanna Vogelsang von der Stiftung Wissenschaft und Politik.',
    'de',
  );
  t.same(names(german), ['Hanna Vogelsang']);
  const french = candidates(t, '« C’est un tournant », a déclaré Pierre Dupont de l’Institut Montaigne.', 'fr');
  t.same(names(french), ['Pierre Dupont']);
  t.same(names(candidates(t, 'La ministre Ursula von der Leyen a déclaré que non.', 'fr')), ['Ursula von der Leyen']);
});

t.test('a transcript’s speakers, named in capitals before their turns, listed as names are written', async (t) => {
  const body = [
    'MARC-ANTOINE DELORME : Bonsoir à tous. Madame Vasseur, le traité est-il une alliance ?',
    'CLAIRE VASSEUR : Sur le papier, oui.',
    'MARC-ANTOINE DELORME : Merci.',
    'MR BROOKS: Good afternoon.',
  ].join('\n');
  const found = candidates(t, body, 'fr');
  t.same(names(found), ['Marc-Antoine Delorme', 'Claire Vasseur', 'Marc-Antoine Delorme', 'Brooks']);
  t.same(
    found.map((c) => c.surface),
    ['MARC-ANTOINE DELORME', 'CLAIRE VASSEUR', 'MARC-ANTOINE DELORME', 'BROOKS'],
    'the surface as written, the honorific left out',
  );
  t.same(names(candidates(t, 'NOTE: updated.\nJOHN SMITH: Hello.', 'en')), [], 'two labels make no transcript');
});

t.test('an age set off after a name says it is a person', async (t) => {
  t.match(
    evidenceOf(candidates(t, 'Soo-jin Marchand, 41 ans, préside l’association.', 'fr'), 'Soo-jin Marchand'),
    'age "41 ans" after',
  );
  t.match(
    evidenceOf(candidates(t, 'Ellen Barstow, 67, a retired teacher, wrote to us.', 'en'), 'Ellen Barstow'),
    'age "67" after',
  );
  t.same(names(candidates(t, 'Le Grand Palais, 1900, fut bâti pour l’Exposition.', 'fr')), [], 'a year is no age');
});

t.test('a label of initials takes the full name the page writes out', async (t) => {
  const body = [
    'В студии Ирина Соколовская и востоковед Константин Игоревич Бурцев.',
    'И. СОКОЛОВСКАЯ: Добрый вечер.',
    'К. БУРЦЕВ: Здравствуйте.',
    'И. СОКОЛОВСКАЯ: Начнем.',
  ].join('\n');
  const found = candidates(t, body, 'ru').filter((c) => c.evidence.startsWith('speaker label'));
  t.same(names(found), ['Ирина Соколовская', 'Константин Игоревич Бурцев', 'Ирина Соколовская']);
  t.match(found[1]?.evidence, 'full name "Константин Игоревич Бурцев" written out in the page');
});

t.test('a one-word label takes the full name a line outside the body gives', async (t) => {
  const body = 'MR BROOKS: Good afternoon.\nQUESTION: Thanks.\nMR BROOKS: Next question.';
  const header = [
    'Department Press Briefing – June 20, 2024',
    'Nathaniel Brooks, Deputy Spokesperson',
    'Washington, DC',
  ];
  const found = candidates(t, body, 'en', [], header);
  t.same(names(found), ['Nathaniel Brooks', 'Nathaniel Brooks']);
  t.match(found[0]?.evidence, 'full name "Nathaniel Brooks" in a line outside the body');
  t.same(
    names(candidates(t, body, 'en', [], ['By Jane Brooks', 'Nathaniel Brooks, Deputy Spokesperson'])),
    ['Brooks', 'Brooks'],
    'two names that fit: neither',
  );
  t.same(
    names(candidates(t, body, 'en', [], ['Secretary Blinken’s call with Mr Brooks and others'])),
    ['Brooks', 'Brooks'],
    'a line that is more than a name and a role gives none',
  );
});

t.test('French, Spanish, German and Russian: titles, appositions and reporting verbs', async (t) => {
  const fr = candidates(
    t,
    'La porte-parole de la diplomatie russe, Maria Zakharova, a déclaré que tout allait bien. ' +
      'Le président russe Vladimir Poutine a rencontré le dirigeant nord-coréen Kim Jong-un. ' +
      'Selon Sergueï Lavrov, la coopération progresse. « Nous sommes prêts », a affirmé Jean Dupont.',
    'fr',
  );
  t.same(names(fr), ['Maria Zakharova', 'Vladimir Poutine', 'Kim Jong-un', 'Sergueï Lavrov', 'Jean Dupont']);
  t.match(evidenceOf(fr, 'Maria Zakharova'), 'title "La porte-parole de la diplomatie russe" before, comma');
  t.match(evidenceOf(fr, 'Jean Dupont'), 'reporting verb "a affirmé" before');

  const es = candidates(
    t,
    'La portavoz de la diplomacia rusa, María Zajárova, dijo que todo va bien. El presidente ruso Vladímir Putin ' +
      'viajó a Pyongyang. Según Serguéi Lavrov, todo avanza.',
    'es',
  );
  t.same(names(es), ['María Zajárova', 'Vladímir Putin', 'Serguéi Lavrov']);

  const de = candidates(
    t,
    'Kremlsprecher Dmitri Peskow sagte, das Treffen sei wichtig. Am Montag erklärte Annalena Baerbock, die Lage ' +
      'sei ernst. Laut Olaf Scholz ist alles gut.',
    'de',
  );
  t.same(names(de), ['Dmitri Peskow', 'Annalena Baerbock', 'Olaf Scholz']);

  const ru = candidates(
    t,
    'Официальный представитель МИД России Мария Захарова заявила, что визит прошёл успешно. ' +
      'По словам официального представителя МИД России Марии Захаровой, переговоры продолжатся. ' +
      'Сергей Лавров заявил журналистам, что всё хорошо. «Мы готовы», — заявил пресс-секретарь Дмитрий Песков.',
    'ru',
  );
  t.same(
    names(ru),
    ['Мария Захарова', 'Марии Захаровой', 'Сергей Лавров', 'Дмитрий Песков'],
    'a declined name is given as found',
  );
  t.match(evidenceOf(ru, 'Марии Захаровой'), 'title "официального представителя МИД России" before');
  t.same(
    [...fr, ...es, ...de, ...ru].filter((c) => c.type !== 'person'),
    [],
    'other languages give persons only',
  );
});

t.test('a title phrase with its complement, a known family name, a known given name', async (t) => {
  const fr = candidates(
    t,
    "À Séoul, le ministre de l'Unification, Kim Yung-ho, présidait une réunion. " +
      'Le Viêt Nam a reçu Joe Biden en septembre, bien après Nikita Khrouchtchev.',
    'fr',
  );
  t.same(names(fr), ['Kim Yung-ho', 'Joe Biden', 'Nikita Khrouchtchev']);
  t.match(evidenceOf(fr, 'Kim Yung-ho'), 'title "ministre" in the phrase before');
  t.match(evidenceOf(fr, 'Joe Biden'), 'given name "Joe"');
  const ru = candidates(t, 'Отношения заложил основатель государства Ким Ир Сен. Андрей Андреевич пришёл.', 'ru');
  t.same(names(ru), ['Ким Ир Сен'], 'a given name and patronymic with no family name is no full name');
  t.match(evidenceOf(ru, 'Ким Ир Сен'), 'title "основатель" in the phrase before');
  const body = 'Гостей встретил Ким Ён Хо.';
  const family = findCandidateNames(body, 'ru', [], [{ start: 16, end: 19 }]);
  t.same(
    family.map((c) => [c.name, c.evidence]),
    [['Ким Ён Хо', 'known family name "Ким" in it; the shape of an East Asian name']],
    'a known person’s family name with other names is a namesake',
  );
  const cases: [text: string, language: string, found: string[], why: string][] = [
    [
      'Les livraisons datent de la visite que Sergueï Choïgou avait effectuée en 2023.',
      'fr',
      ['Sergueï Choïgou'],
      'a Russian given name as French news spells it',
    ],
    ['Ещё в 1945 году Иосиф Сталин выбрал его.', 'ru', ['Иосиф Сталин'], 'and a Russian given name in Cyrillic'],
    [
      'Tô Lâm, le président vietnamien, a salué la visite.',
      'fr',
      ['Tô Lâm'],
      'a name opening the sentence stays whole when its second word would be a name alone',
    ],
    ['Le ministre s’est rendu à Hong Kong puis à Hanoï.', 'fr', [], 'a title far back is none'],
    [
      'Dans la salle, Jean-Pierre Valcourt et Anne-Marie Delsarte prenaient des notes.',
      'fr',
      ['Jean-Pierre Valcourt', 'Anne-Marie Delsarte'],
      'two given names joined by a hyphen are a given name',
    ],
  ];
  for (const [text, language, found, why] of cases) t.same(names(candidates(t, text, language)), found, why);
});

t.test('East Asian names by their shape; a known name breaks a run', async (t) => {
  const en = candidates(t, 'In Seoul, Foreign Ministry spokeswoman Park Eun-ha said the talks failed.', 'en');
  t.same(names(en), ['Park Eun-ha'], 'a family name that spells a place word ("Park") opens a name');
  const fr = candidates(t, 'Selon les chercheurs, Huang Meiling et Mao Ning ont répondu à Hong Kong.', 'fr');
  t.same(names(fr), ['Huang Meiling', 'Mao Ning'], 'no cue needed; a place compromise knows whole is none');
  t.match(evidenceOf(fr, 'Huang Meiling'), 'the shape of an East Asian name');
  const body = 'В Пхеньяне ответила сестра Ким Чен Ына Ким Ё Чжон.';
  const known = [{ start: body.indexOf('Ким Чен Ына'), end: body.indexOf('Ким Чен Ына') + 'Ким Чен Ына'.length }];
  t.same(names(candidates(t, body, 'ru', known)), ['Ким Ё Чжон'], 'the known name beside it is not part of it');
  t.same(names(candidates(t, 'Они гуляли по Park Avenue и Song Valley.', 'ru')), [], 'a place word after is a place');
  const paraphrased = 'He came with Defence Minister Andrei Belousov, International Minister Sergey Lavrov and others.';
  const lavrov = paraphrased.indexOf('Sergey Lavrov');
  t.same(
    names(candidates(t, paraphrased, 'en', [{ start: lavrov, end: lavrov + 'Sergey Lavrov'.length }])),
    ['Andrei Belousov'],
    'a run ending in a title word right before a known name is its title ("International Minister"), no one',
  );
});

t.test('speaking of something names a speaker, in each language', async (t) => {
  const cases: [string, string, string][] = [
    ['en', 'On Monday, Josep Borrell spoke of a “grave escalation” in the region.', 'Josep Borrell'],
    [
      'fr',
      'L’Union européenne ? Josep Borrell a parlé d’une « grave escalade » et promis des sanctions.',
      'Josep Borrell',
    ],
    ['es', 'Ayer, Josep Borrell habló de una «grave escalada» en la región.', 'Josep Borrell'],
    ['de', 'Am Montag sprach Josep Borrell von einer «Eskalation».', 'Josep Borrell'],
    ['de', 'Josep Borrell sprach von einer «Eskalation».', 'Josep Borrell'],
    ['ru', 'Накануне Жозеп Боррель говорил об «эскалации».', 'Жозеп Боррель'],
  ];
  for (const [language, text, name] of cases) t.same(names(candidates(t, text, language)), [name], text);
});

t.test('a Russian name found in an oblique case, in the nominative where its first name tells the case', async (t) => {
  const cases: [string, string][] = [
    ['Марии Захаровой', 'Мария Захарова'],
    ['Андрея Соколовского', 'Андрей Соколовский'],
    ['Сергея Шойгу', 'Сергей Шойгу'],
    ['Игорем Малышевым', 'Игорь Малышев'],
    ['Марию Иванову', 'Мария Иванова'],
    ['Никиты Хрущёва', 'Никита Хрущёв'],
    ['Мария Захарова', 'Мария Захарова'],
    ['Александр Мацегора', 'Александр Мацегора'],
    ['Анны Сергеевны', 'Анна Сергеевна'],
    ['Евгений Иванов', 'Евгений Иванов'],
    ['Ллойда Остина', 'Ллойд Остин'],
    ['Дональдом Трампом', 'Дональд Трамп'],
    ['Майклом Макфолом', 'Майкл Макфол'],
    ['Ангелой Меркель', 'Ангела Меркель'],
    ['Ивана Соколовского', 'Иван Соколовский'],
    ['Павлом Дурново', 'Павел Дурново'],
    ['Льва Соколова', 'Лев Соколов'],
    // "Ивана" is a woman's name too, and a surname that does not decline leaves it open: kept as found.
    ['Ивана Дурново', 'Ивана Дурново'],
    ['Тимофея Гладких', 'Тимофей Гладких'],
    ['Ким Ир Сена', 'Ким Ир Сена'],
    ['Maria Zakharova', 'Maria Zakharova'],
  ];
  t.same(
    cases.map(([found]) => [found, russianNominative(found)]),
    cases,
    'a first name the list does not know, or no first name, leaves the name as found; a surname that does not decline stays',
  );
});

t.test('a language nothing tells: every language’s cues', async (t) => {
  const found = candidates(
    t,
    'Foreign Ministry spokeswoman Maria Zakharova said it.\nОфициальный представитель МИД России Мария Захарова заявила.',
    null,
  );
  t.same(names(found), ['Maria Zakharova', 'Мария Захарова']);
});

t.test('a place named after a person is not a person', async (t) => {
  const en = candidates(
    t,
    'Crowds gathered at Kim Il Sung Square, said an official. The Kim Jong Un International Airport said it was ' +
      'closed. Putin Avenue was renamed, said Ri Il Hwan.',
    'en',
  );
  t.same(names(en), ['Ri Il Hwan']);
  const fr = candidates(t, 'Les dirigeants se sont retrouvés place Kim Il-sung, a affirmé Jean Dupont.', 'fr');
  t.same(names(fr), ['Jean Dupont']);
  const es = candidates(t, 'Se reunieron en la plaza de Kim Il-sung, dijo Juan Pérez.', 'es');
  t.same(names(es), ['Juan Pérez']);
  const ru = candidates(t, 'Лидеры возложили цветы на площади Ким Ир Сена, сообщил Сергей Лавров.', 'ru');
  t.same(names(ru), ['Сергей Лавров']);
  // A place takes the person's name in the genitive; one in the nominative after such a word is a person.
  const after = candidates(t, 'Отвечает доцент университета Ольга Бережная. Он живет на улице Ольги Бережной.', 'ru');
  t.same(names(after), ['Ольга Бережная']);
});

t.test('Russian given names in any case, from the name lists, declined', async (t) => {
  // Names a short list would lack ("Тимофей", "Евгения"), in the nominative and in oblique cases.
  const found = candidates(
    t,
    'Ее однокурсник Тимофей Гладких выбрал корейский. Об этом рассказала Евгения Ложкина. Мы говорили с Арсением Петровым.',
    'ru',
  );
  t.same(names(found), ['Тимофей Гладких', 'Евгения Ложкина', 'Арсением Петровым']);
  t.equal(givenNameGender('Евгенией'), 'female');
  t.equal(givenNameGender('Тимофею'), 'male');
  t.equal(givenNameGender('Александра'), null, 'a woman’s name, or a man’s in the genitive');
  // A word that only looks like a case form of a name is none ("Ранее" is no "Рания").
  t.same(names(candidates(t, 'Ранее Лавров заявил, что переговоры продолжатся.', 'ru')), []);
});

t.test('a capital that opens a sentence is not a name by itself', async (t) => {
  const en = candidates(t, 'Later Kim Jong Un said he was pleased. Officials said the visit went well.', 'en');
  t.same(names(en), ['Kim Jong Un']);
  const fr = candidates(t, 'Hier Vladimir Poutine a dit non. Ensuite Emmanuel Macron a déclaré le contraire.', 'fr');
  t.same(names(fr), ['Vladimir Poutine', 'Emmanuel Macron']);
  const ru = candidates(t, 'Вчера Дмитрий Песков сообщил, что встреча состоится. Затем Москва заявила протест.', 'ru');
  t.same(names(ru), ['Дмитрий Песков']);
});

t.test('months and weekdays are never names', async (t) => {
  const en = candidates(
    t,
    'On Monday Sergei Lavrov said he would travel. In June Choe Son Hui told reporters that Theresa May had called.',
    'en',
  );
  t.same(names(en), ['Sergei Lavrov', 'Choe Son Hui', 'Theresa May'], '"May" after a first name is a name');
  const fr = candidates(t, 'Lundi Mardi a déclaré que tout allait bien.', 'fr');
  t.same(fr, []);
  const de = candidates(t, 'Am Montag Dienstag sagte er nichts.', 'de');
  t.same(de, []);
});

t.test('institutions, places and articles are not persons', async (t) => {
  const en = candidates(
    t,
    'The State Department said nothing. North Korea said nothing either. The UN General Assembly voted. ' +
      'Associated British Ports said the offer was fair.',
    'en',
  );
  t.same(names(en), []);
  // Outside English, a body after an article that reports is an organisation, never a person.
  const fr = candidates(t, 'La Maison Blanche a déclaré que rien ne changeait.', 'fr');
  t.same(names(fr), []);
  t.same(names(fr, 'organization'), ['Maison Blanche']);
  const es = candidates(t, 'La Casa Blanca dijo que no. El Gobierno de España afirmó que sí.', 'es');
  t.same(names(es), []);
  const de = candidates(
    t,
    'Die Deutsche Bahn teilte mit, dass Züge ausfallen. Das Auswärtige Amt erklärte nichts.',
    'de',
  );
  t.same(names(de), []);
  const ru = candidates(t, 'Северная Корея заявила о поддержке.', 'ru');
  t.same(ru, []);
  const titles = candidates(
    t,
    'Defence Minister said the drills would go on. First Vice Foreign Minister said no.',
    'en',
  );
  t.same(titles, [], 'a title alone is no one');
});

t.test('an institution or a compound title after a head is part of the title', async (t) => {
  const ru = candidates(
    t,
    'Его встретил председатель Госсовета КНДР Ким Чен Ын. Глава Роскосмоса Юрий Борисов заявил, что всё готово. ' +
      'Председатель Госсовета прибыл.',
    'ru',
  );
  t.same(names(ru), ['Ким Чен Ын', 'Юрий Борисов']);
  const de = candidates(t, 'Das sagte Oberbürgermeister Jürgen Dupper am Abend.', 'de');
  t.same(names(de), ['Jürgen Dupper']);
});

t.test('invisible characters and other hyphens inside a word', async (t) => {
  const body =
    'NATO Secretary General Jens Stolten\u00ADberg said so. Kim Jong\u2010un met Lee Do\u200B-yun, a researcher.';
  const found = findCandidateNames(body, 'en', []);
  t.same(
    found.map((c) => c.name),
    ['Jens Stoltenberg', 'Kim Jong\u2010un', 'Lee Do-yun'],
  );
  t.ok(
    found.every((c) => body.slice(c.start, c.end) === c.surface),
    'the surface keeps what the body holds',
  );
});

t.test('a lone word after a title only when the page names no one more fully with it', async (t) => {
  const alone = candidates(t, 'Dr Smith told reporters the plan was sound.', 'en');
  t.same(names(alone), ['Smith']);
  const roles = candidates(t, 'King Charles visited the site. President Xi said he agreed. Herr Müller schwieg.', 'en');
  t.same(names(roles), ['Xi', 'Müller'], 'after a role, only with a reporting verb; after an honorific, always');
  const fuller = candidates(t, 'Dr Smith told reporters the plan was sound. Later, John Smith said he agreed.', 'en');
  t.same(names(fuller), ['John Smith']);
  const known = 'Mr Kim said little. Kim Jong Un said more.';
  const kimJongUn = known.indexOf('Kim Jong Un');
  t.same(names(candidates(t, known, 'en', [{ start: kimJongUn, end: kimJongUn + 11 }])), [], 'a known full name');
  const motors = candidates(t, 'General Motors said it would invest.', 'en');
  t.same(names(motors), [], 'not the word after a title-like word in an organisation’s name');
  t.same(names(motors, 'organization'), ['General Motors']);
});

t.test('a candidate never overlaps a known span', async (t) => {
  const body = 'Foreign Ministry spokeswoman Maria Zakharova said so. Kremlin spokesman Dmitry Peskov added more.';
  const maria = body.indexOf('Maria Zakharova');
  t.same(names(candidates(t, body, 'en', [{ start: maria, end: maria + 15 }])), ['Dmitry Peskov']);
  const zakharova = body.indexOf('Zakharova');
  t.same(
    names(candidates(t, body, 'en', [{ start: zakharova, end: zakharova + 9 }])),
    ['Dmitry Peskov'],
    'nor part of one',
  );
  const peskov = body.indexOf('Peskov');
  t.same(names(candidates(t, body, 'ru', [{ start: peskov, end: peskov + 6 }])), ['Maria Zakharova']);
});

t.test('a long page is read quickly', async (t) => {
  const dir = new URL('../../seed/articles/', import.meta.url);
  const articles = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8'));
  let page = articles.join('\n\n');
  while (page.split(/\s+/).length < 5000) page += `\n\n${articles.join('\n\n')}`;
  // Five thousand words, cut at the end of a word.
  page = page.slice(0, (/^(?:\s*\S+){5000}/.exec(page)?.[0] ?? page).length);
  findCandidateNames(page, 'en', []);
  const started = performance.now();
  const found = candidates(t, page, 'en');
  const elapsed = performance.now() - started;
  t.ok(found.length > 0);
  // Generous, for a busy machine running tests side by side: a regression to parsing the whole page, or to
  // quadratic work, costs seconds.
  t.ok(elapsed < 1500, `${page.split(/\s+/).length} words in ${elapsed.toFixed(0)} ms`);
});

t.test('the gender a given name says, where every reading agrees', async (t) => {
  const cases: [string, string | null][] = [
    ['Мария', 'female'],
    ['Марии', 'female'],
    ['Андрей', 'male'],
    ['Андреем', 'male'],
    ['Никита', 'male'],
    ['Валентина', null],
    ['Хиллари', 'female'],
    ['John', 'male'],
    ['Jane', 'female'],
    ['Kim', null],
    ['Ким', null],
    ['Pyongyang', null],
  ];
  t.same(
    cases.map(([w]) => [w, givenNameGender(w)]),
    cases,
    '"Валентина" is also "Валентин" in the genitive; an East Asian family name opens a name',
  );
});

t.test('a name whose last word the page also writes after an honorific', async (t) => {
  const body =
    'Members heard from Vassily Nebenzia (Russian Federation) and Khrystyna Hayovyshyn (Ukraine).\n\n' +
    'Mr. Nebenzia spoke first. Ms. Hayovyshyn replied.';
  const names = candidates(t, body, 'en').map((c) => c.name);
  t.ok(names.includes('Vassily Nebenzia'), 'the full name, though no list knows the given name');
  t.ok(names.includes('Khrystyna Hayovyshyn'));
  const none = candidates(t, 'Crimson Tide won. Gorky Park was full.', 'en').map((c) => c.name);
  t.same(none, [], 'no honorific, no evidence');
});

t.test('a Korean given name of two syllables in one word, before a Korean family name', async (t) => {
  const names = (body: string) => candidates(t, body, 'en').map((c) => c.name);
  t.ok(names('For Jaehyun Yoo, it was personal.').includes('Jaehyun Yoo'), 'no other evidence needed');
  t.ok(names('For Junho Lee, a sophomore, it was personal.').includes('Junho Lee'), 'a word a month list also holds');
  t.same(names('The Lee Side bar was open.'), [], 'not a word that reads as no Korean syllables');
  t.ok(
    names('Sung-min Park, who teaches Korean politics, was there.').includes('Sung-min Park'),
    'a family name that is also a place word ("Park")',
  );
  const consul = candidates(t, 'Генеральный консул КНДР в Находке Чо Сон Ир назвал турнир «живым воплощением».', 'ru');
  t.same(
    consul.map((c) => c.name),
    ['Чо Сон Ир'],
    'a place after a preposition is cut off the East Asian name it runs into',
  );
  const older = candidates(t, 'Au marché, Soo-jin Choi et Hee-young Park vendaient des fruits.', 'fr');
  t.same(
    older.map((c) => c.name),
    ['Soo-jin Choi', 'Hee-young Park'],
    'the older spellings of Korean vowels ("oo", "ee", "ou")',
  );
  t.same(
    candidates(t, 'They met at Gorky Park on Sunday.', 'en').map((c) => [c.name, c.type]),
    [['Gorky Park', 'place']],
    'a park is still a place',
  );
});

t.test('a Russian place after its preposition does not open a name', async (t) => {
  t.same(names(candidates(t, 'Вчера в Казани Путин ответил журналистам.', 'ru')), []);
  t.same(names(candidates(t, 'В Приморье Олег Кожемяко ответил журналистам.', 'ru')), ['Олег Кожемяко']);
});

t.test('a conjunction opening a sentence the splitter missed is no part of the name after it', async (t) => {
  const fr = 'Le mail dit : « Rien ne change. » Et Théo m’a encore dit : « Maman, tout va bien. »';
  const names = findCandidateNames(fr, 'fr', [], []).map((c) => c.name);
  t.ok(names.includes('Théo'), 'the given name alone');
  t.notOk(
    names.some((n) => n.startsWith('Et ')),
    'not "Et Théo"',
  );
});

t.test('a role before the family name of someone the page names in full is their role, not a given name', async (t) => {
  const en =
    'The forum closed with remarks by the dean of the school, Margaret Kwon. "Understand this peninsula," Dean Kwon ' +
    'told the students.';
  const found = candidates(t, en, 'en');
  t.same(names(found), ['Margaret Kwon'], 'no "Dean Kwon"');
  const other = candidates(t, 'Dean Acheson wrote the memo. "Hold the line," Acheson said.', 'en');
  t.same(names(other), ['Dean Acheson'], 'a given name where no one else bears the family name');
});

t.test('a heading of a name and an office in capitals names a person', async (t) => {
  const en =
    'NATO\n\nMARK RUTTE, SECRETARY-GENERAL\n\n- Rutte said the deployment was "a significant escalation".\n\n' +
    'ROBERT WOOD, DEPUTY U.S. AMBASSADOR TO THE U.N.\n\n- Wood told the Security Council: "We will respond."\n\n' +
    'LATEST NEWS, TOP STORIES\n\nSOUTH KOREA';
  const found = candidates(t, en, 'en');
  t.same(names(found), ['Mark Rutte', 'Robert Wood'], 'not a heading of sections');
});

t.test(
  'outside English, a name after a definite article is an outlet where a word for one or a verb says so',
  async (t) => {
    const fr =
      '« La ligne rouge est franchie », titrait le Chosun Ilbo, quotidien conservateur. Le Yomiuri Shimbun juge que le ' +
      'traité constitue « une menace ». L’Asahi Shimbun, plus prudent, rappelle que le Japon n’a « aucun intérêt ». ' +
      'Les Parties conviennent de se consulter. Le Russe estime que non. Marine Le Pen estime que c’est grave.';
    const found = candidates(t, fr, 'fr');
    t.same(names(found, 'organization'), ['Chosun Ilbo', 'Yomiuri Shimbun', 'Asahi Shimbun']);
    t.notOk(names(found).includes('Pen'), 'an article inside a name opens no outlet');
  },
);
