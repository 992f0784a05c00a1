// One article's links: candidates found beside the known names, their family names linked, namesakes told apart.
import t from 'tap';
import { CORPUS_DIR } from '../../seed/seed.ts';
import { Linker } from '../../src/ingest/link.ts';
import { loadCorpus } from '../../src/ingest/load-corpus.ts';
import { corpusEntities } from '../../src/ingest/prepare.ts';

const entities = corpusEntities(loadCorpus(CORPUS_DIR));
/** Each mention as surface → entity (how), in text order. */
const linksOf = (body: string, language: string) => {
  const links = new Linker(entities).link(body, language);
  return {
    mentions: links.mentions.map((m) => `${m.surface} → ${m.entityId} (${m.matchedBy})`),
    candidates: links.candidates.map((c) => [c.name, c.familyName]),
  };
};

t.test('a Korean namesake of a known person is a candidate, and the bare family name after it is theirs', async (t) => {
  const fr = linksOf(
    "À Séoul, le ministre de l'Unification, Kim Yung-ho, a jugé le traité dangereux. " +
      "Le ministre, M. Kim, présidait jeudi une réunion d'urgence.",
    'fr',
  );
  t.same(fr.candidates, [['Kim Yung-ho', 'Kim']]);
  t.match(fr.mentions, [
    'Séoul → seoul (exact)',
    'Kim Yung-ho → kim-yung-ho (exact)',
    'Kim → kim-yung-ho (family-name)',
  ]);
  const ru = linksOf(
    'Отношения заложил основатель государства Ким Ир Сен. При Ким Ир Сене Ким Чен Ир был молод.',
    'ru',
  );
  t.same(ru.candidates, [['Ким Ир Сен', 'Ким']], 'a Korean family name as Russian writes it comes first');
});

t.test('a romanised Korean name of two hyphenated syllables puts the family name first', async (t) => {
  const en = linksOf(
    'The pact changed little, said Oh Sung-min, a researcher at the Korea Institute for Defense Analyses. ' +
      'Oh noted that Seoul has sold shells to Poland.',
    'en',
  );
  t.match(en.candidates, [['Oh Sung-min', 'Oh']]);
  t.ok(en.mentions.includes('Oh → oh-sung-min (family-name)'), 'the bare family name links');
});

t.test('a given name and patronymic alone name the person the article names in full', async (t) => {
  const ru = linksOf(
    '«Рад приветствовать вас, дорогой Владимир Владимирович», — сказал Ким Чен Ын. ' +
      'Затем Ким Чен Ын и Владимир Путин подписали договор.',
    'ru',
  );
  t.same(ru.candidates, [], 'no candidate for the given name and patronymic');
  t.ok(ru.mentions.includes('Владимир Владимирович → vladimir-putin (family-name)'));
});

t.test('a given name alone names the one person the page named in full with it', async (t) => {
  const fr = linksOf(
    'Soo-jin Marchand, 41 ans, préside l’association depuis 2019. « On parlera de cuisine, promis », sourit Soo-jin. ' +
      'Irina Volkova, étudiante, et Mathieu Roux l’écoutent. Irina hoche la tête ; Mathieu Dupré, lui, est absent.',
    'fr',
  );
  t.ok(fr.mentions.includes('Soo-jin → soo-jin-marchand (context)'), 'a hyphenated given name');
  t.ok(fr.mentions.includes('Irina → irina-volkova (context)'));
  t.notOk(
    fr.mentions.some((m) => m.startsWith('Mathieu → ')),
    'a given name two people share, or one with a family name after it, names no one',
  );
  const en = linksOf('Will Carter spoke first. Later, Will said the talks would go on.', 'en');
  t.notOk(
    en.mentions.some((m) => m.startsWith('Will → ')),
    'a given name that is a common word stays unlinked',
  );
  const ko = linksOf('Kim Yung-ho spoke first. Kim said the talks would go on.', 'en');
  t.notOk(ko.mentions.includes('Kim → kim-yung-ho (context)'), 'an East Asian name opens with its family name');
});

t.test('a given name and a patronymic open a name, whatever stands before them in capitals', async (t) => {
  const ru = linksOf('Губернатор Приморья Олег Николаевич Кожемяко назвал договор историческим.', 'ru');
  t.same(ru.candidates, [['Олег Николаевич Кожемяко', 'Кожемяко']]);
});

t.test(
  'a Russian name with a patronymic in any case is a candidate, listed under its fullest nominative',
  async (t) => {
    const ru = linksOf(
      'Востоковед Григорий Ан — о договоре.\nОбозреватель побеседовал с Григорием Павловичем Аном.\n' +
        '— Григорий Павлович, начнем с картинки?',
      'ru',
    );
    t.same(
      ru.candidates,
      [['Григорий Павлович Ан', 'Ан']],
      'one person, the patronymic and the family name declined back',
    );
    t.match(ru.mentions, [
      'Григорий Ан → grigorii-pavlovich-an',
      'Григорием Павловичем Аном → grigorii-pavlovich-an',
      'Григорий Павлович → grigorii-pavlovich-an',
    ]);
    const alone = linksOf('Обозреватель побеседовал с Мариной Юрьевной Ткач.', 'ru');
    t.same(alone.candidates, [['Марина Юрьевна Ткач', 'Ткач']], 'a patronymic alone is evidence enough');
  },
);

t.test('a family name two people share goes to the one named in full earlier in its paragraph', async (t) => {
  const fr = linksOf(
    'Au port, Mi-kyung Le Gall tient un café. Mi-kyung Le Gall a 50 ans. « On est loin », confie Mme Le Gall.\n\n' +
      'Son mari, Yann Le Gall, est professeur. Il enseigne au lycée depuis vingt ans. Ses élèves posent des ' +
      'questions. Le Gall a prévu un cours.',
    'fr',
  );
  t.equal(fr.mentions.at(-1), 'Le Gall → yann-le-gall (context)', 'not the one the article names most');
  const open = linksOf(
    'Au port, Mi-kyung Le Gall tient un café. Mi-kyung Le Gall a 50 ans.\n\nSon mari, Yann Le Gall, et Mi-kyung Le Gall ' +
      'sont arrivés en 1990. Ils ont deux enfants. Plus tard, Le Gall a ouvert une école.',
    'fr',
  );
  t.equal(
    open.mentions.at(-1),
    'Le Gall → mi-kyung-le-gall (context)',
    'two named in the paragraph: the one named most',
  );
});
