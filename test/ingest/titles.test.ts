// Titles before names: found whole-word and in any case, with their qualifiers, and never taking a word of the name.
import t from 'tap';
import {
  isHonorific,
  isTitleModifier,
  isTitleWord,
  startsWithTitle,
  stripTitle,
  titleBefore,
} from '../../src/ingest/titles.ts';

/** The title before the first occurrence of `name` in `text`, checked against the text's own offsets. */
function before(text: string, name: string): string | null {
  const at = text.indexOf(name);
  if (at < 0) throw new Error(`"${name}" is not in "${text}"`);
  const found = titleBefore(text, at);
  if (found && text.slice(found.start, found.end) !== found.text) throw new Error(`bad offsets for "${found.text}"`);
  return found?.text ?? null;
}

t.test('a title with its qualifiers, in each language', async (t) => {
  const cases: [string, string, string][] = [
    ['North Korean Foreign Minister Choe Son Hui met him.', 'Choe', 'North Korean Foreign Minister'],
    ['Foreign Ministry spokeswoman Maria Zakharova said so.', 'Maria', 'Foreign Ministry spokeswoman'],
    ['He met Russian President Vladimir Putin.', 'Vladimir', 'Russian President'],
    ['Kremlin spokesman Dmitry Peskov added.', 'Dmitry', 'Kremlin spokesman'],
    ["North Korea's leader Kim Jong Un spoke.", 'Kim', "North Korea's leader"],
    ['U.S. President Joe Biden spoke.', 'Joe', 'U.S. President'],
    ['NATO Secretary General Jens Stoltenberg spoke.', 'Jens', 'NATO Secretary General'],
    ['Secretary of State Antony Blinken spoke.', 'Antony', 'Secretary of State'],
    ['Deputy Prime Minister Alexander Novak spoke.', 'Alexander', 'Deputy Prime Minister'],
    ['a spokeswoman for the Foreign Ministry Maria Zakharova', 'Maria', 'spokeswoman for the Foreign Ministry'],
    ['White House press secretary Karine Jean-Pierre', 'Karine', 'White House press secretary'],
    ['Comrade Vladimir Putin', 'Vladimir', 'Comrade'],
    ['le président russe Vladimir Poutine', 'Vladimir', 'le président russe'],
    ['le dirigeant nord-coréen Kim Jong-un', 'Kim', 'le dirigeant nord-coréen'],
    [
      'le ministre russe des Affaires étrangères Sergueï Lavrov',
      'Sergueï',
      'le ministre russe des Affaires étrangères',
    ],
    ['la porte-parole de la diplomatie russe, Maria Zakharova', ',', 'la porte-parole de la diplomatie russe'],
    ['el presidente ruso Vladímir Putin', 'Vladímir', 'el presidente ruso'],
    ['el portavoz del Kremlin Dmitri Peskov', 'Dmitri', 'el portavoz del Kremlin'],
    ['der russische Präsident Wladimir Putin', 'Wladimir', 'der russische Präsident'],
    ['sagte Außenminister Sergej Lawrow', 'Sergej', 'Außenminister'],
    ['Kreml-Sprecher Dmitri Peskow', 'Dmitri', 'Kreml-Sprecher'],
    ['президент России Владимир Путин', 'Владимир', 'президент России'],
    ['официальный представитель МИД России Мария Захарова', 'Мария', 'официальный представитель МИД России'],
    ['пресс-секретарь президента России Дмитрий Песков', 'Дмитрий', 'пресс-секретарь президента России'],
    ['il presidente russo Vladimir Putin', 'Vladimir', 'il presidente russo'],
    ['o porta-voz Dmitri Peskov', 'Dmitri', 'o porta-voz'],
  ];
  for (const [text, name, title] of cases) t.equal(before(text, name), title, text);
});

t.test('Russian titles take any case ending', async (t) => {
  t.equal(
    before('по словам официального представителя МИД России Марии Захаровой', 'Марии'),
    'официального представителя МИД России',
  );
  t.equal(before('встреча с президентом Путиным', 'Путиным'), 'президентом');
  t.equal(before('слова пресс-секретаря Пескова', 'Пескова'), 'пресс-секретаря');
  t.equal(before('товарищ Ким Чен Ын', 'Ким'), 'товарищ');
  t.equal(before('г-н Песков', 'Песков'), 'г-н');
  t.equal(before('встреча с послом Ивановым', 'Ивановым'), 'послом', 'a head whose stem changes');
  t.equal(before('После Восточного', 'Восточного'), null, '"после" (after) is not "посол"');
  t.equal(before('председатель Госсовета КНДР Ким Чен Ын', 'Ким'), 'председатель Госсовета КНДР', 'an institution');
  t.equal(before('глава Роскосмоса Юрий Борисов', 'Юрий'), 'глава Роскосмоса');
  t.equal(before('пресс-секретаря Дмитрия Пескова', 'Пескова'), null, 'a first name is not an institution');
  t.equal(
    before('советник по национальной безопасности Чан Хо Джин', 'Чан'),
    'советник по национальной безопасности',
    'a complement after "по"',
  );
  t.equal(
    before('Советник президента Республики Корея по национальной безопасности Чан Хо Джин', 'Чан'),
    'Советник президента Республики Корея по национальной безопасности',
    'qualifiers between the head and its complement',
  );
  t.equal(
    before('Член комитета Госдумы по международным делам Артем Сухарев', 'Артем'),
    'Член комитета Госдумы по международным делам',
    'a member of a committee',
  );
});

t.test('honorifics with or without a full stop, titles in any case', async (t) => {
  t.equal(before('Mr Kim said', 'Kim'), 'Mr');
  t.equal(before('Mr. Kim said', 'Kim'), 'Mr.');
  t.equal(before('Dr Smith said', 'Smith'), 'Dr');
  t.equal(before('as mr Kim said', 'Kim'), 'mr');
  t.equal(before('M. Macron a dit', 'Macron'), 'M.');
  t.equal(before('Sra. García dijo', 'García'), 'Sra.');
  t.equal(before('mit Herrn Müller', 'Müller'), 'Herrn');
  t.equal(before('President Putin', 'Putin'), 'President');
  t.equal(before('president Putin', 'Putin'), 'president');
  t.equal(before('PRESIDENT Putin', 'Putin'), 'PRESIDENT');
});

t.test('a title never takes a word of the name, nor a sentence end or a word cut in two', async (t) => {
  t.equal(before('He met Russian President Vladimir Putin.', 'Putin'), null, 'not "President Vladimir"');
  t.equal(before('He met the President. Putin said no.', 'Putin'), null, 'a full stop ends the sentence');
  t.equal(before('The Presidential Kim', 'Kim'), null, 'a longer word is not the title');
  t.equal(before('He met Vladimir Putin.', 'Putin'), null);
  t.equal(before('in the col Saint', 'Saint'), null, 'a lower-case abbreviation without its stop is a word');
  t.equal(titleBefore('President Putin', 'President Pu'.length), null, 'a start inside a word');
  t.equal(before('the President\nPutin', 'Putin'), null, 'not across a line');
  t.equal(before('Ober\u00ADbürgermeister Jürgen Dupper', 'Jürgen'), 'Ober\u00ADbürgermeister', 'a soft hyphen inside');
});

t.test('startsWithTitle and stripTitle', async (t) => {
  const cases: [string, string | null][] = [
    ['Mr. Kim', 'Kim'],
    ['Mr Kim', 'Kim'],
    ['Foreign Minister Choe Son Hui', 'Choe Son Hui'],
    ['Comrade Vladimir Putin', 'Vladimir Putin'],
    ['Russian President Vladimir Putin', 'Vladimir Putin'],
    ['President Putin', 'Putin'],
    ['Президент Путин', 'Путин'],
    ['Президент России Владимир Путин', 'Владимир Путин'],
    ['Kremlin Spokesman Dmitry Peskov', 'Dmitry Peskov'],
    ['le président Emmanuel Macron', 'Emmanuel Macron'],
    ['Vladimir Putin', null],
    ['Kim Jong Un', null],
    ['Martin Luther King Jr.', null],
    ['President', null],
  ];
  for (const [name, stripped] of cases) {
    t.equal(startsWithTitle(name), stripped !== null, `startsWithTitle ${name}`);
    t.equal(stripTitle(name), stripped ?? name, `stripTitle ${name}`);
  }
});

t.test('isTitleWord', async (t) => {
  for (const word of [
    'President',
    'president.',
    'Mr',
    'mr.',
    'M.',
    'Dr.',
    'Herr',
    'Frau',
    'Genosse',
    'Außenminister',
  ]) {
    t.ok(isTitleWord(word), word);
  }
  for (const word of ['президента', 'пресс-секретарю', 'товарищ', 'porte-parole', 'portavoz', 'camarade', 'Deputy']) {
    t.ok(isTitleWord(word), word);
  }
  for (const word of ['Vladimir', 'Smith', 'Putin', 'Kim', 'M', 'Foreign', 'Presidential', '']) {
    t.notOk(isTitleWord(word), word || 'empty');
  }
});

t.test('honorifics and modifiers', async (t) => {
  for (const word of ['Mr', 'Mr.', 'Dr', 'Herr', 'Comrade', 'товарищ', 'товарища', 'г-н', 'Sra.'])
    t.ok(isHonorific(word), word);
  for (const word of ['President', 'spokeswoman', 'председатель', 'Kim']) t.notOk(isHonorific(word), word);
  for (const word of ['Foreign', 'Defence', 'Deputy', 'Prime', 'former', 'ex']) t.ok(isTitleModifier(word), word);
  for (const word of ['Minister', 'Vladimir', 'Korea']) t.notOk(isTitleModifier(word), word);
});
