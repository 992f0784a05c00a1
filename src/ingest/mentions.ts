import type { MatchedBy } from '../db/schema.ts';
import { languageCode, searchKey } from '../lib/text.ts';
import { givenReadings, onlyNominativeGiven } from './given-names.ts';
import { stopwordsFor } from './page/language.ts';
import { type Gender, genderOfWords, isTitleAbbreviation, opposite, titleBefore } from './titles.ts';

/**
 * Finds entity mentions in a cleaned body: names, aliases and labels (the name in other languages' news) matched as
 * whole words by their folded key (case, accents, hyphens, spacing, invisible characters and Russian case endings
 * do not matter), longest first, so "Kim Il Sung Square" (a place) wins over "Kim" (a person) inside it. A bare
 * family name is resolved within the article (see `findMentions`). A title before a name ("Mr.", "President",
 * "Comrade") is not part of the mention, and never an alias.
 */

export interface MentionableEntity {
  id: string;
  type: string;
  name: string;
  familyName: string | null;
  aliases: readonly string[];
  /** The name in other languages' news: matched like names; a person's gives the family name in that language. */
  labels?: readonly string[];
}

/**
 * A person's family-name forms: the family name, and the family name as each label
 * spells it, taken from where the family name stands in the name ("Vladimir Putin": last, so "Владимир Путин" gives
 * "Путин"; "Kim Jong-un": first, so "Ким Чен Ын" gives "Ким").
 */
function familyForms(entity: MentionableEntity): string[] {
  const family = entity.familyName;
  if (entity.type !== 'person' || !family) return [];
  const words = entity.name.split(' ');
  const at = words[0] === family ? 'first' : words.at(-1) === family ? 'last' : null;
  const fromLabels = at
    ? (entity.labels ?? [])
        .map((label) => label.split(/[\s·・]+/u))
        .filter((w) => w.length > 1)
        .map((w) => (at === 'first' ? w[0] : w.at(-1)) as string)
    : [];
  return [...new Set([family, ...fromLabels])];
}

/**
 * A person's given name in each spelling of a name that puts the family name last ("Vladimir Putin" → "Vladimir",
 * "Владимир Путин" → "Владимир"): with a patronymic after it, as Russian addresses people, it names them.
 */
function givenForms(entity: MentionableEntity): string[] {
  const family = entity.familyName;
  if (entity.type !== 'person' || !family) return [];
  const words = entity.name.split(' ');
  if (words.length < 2 || words.at(-1) !== family) return [];
  return [
    ...new Set(
      [entity.name, ...(entity.labels ?? [])]
        .map((label) => label.split(/[\s·・]+/u))
        .filter((w) => w.length > 1 && !CHARACTER_SCRIPT.test(w[0] as string))
        .map((w) => w[0] as string),
    ),
  ];
}

/**
 * The ways news in Latin script romanises one Russian or Ukrainian given name, each ending or sound as English,
 * French and German write it: "Sergey", "Sergei", "Sergej", "Sergueï"; "Dmitry", "Dmitri", "Dmitrij"; "Yuri", "Iouri",
 * "Juri"; "Mikhail", "Michail"; "Alexei", "Aleksei". The first word of a person's name whose labels include Cyrillic.
 */
const ROMANISED_ENDINGS = [
  ['ey', 'ei', 'ej', 'eï', 'ey'],
  ['iy', 'ij', 'i', 'y', 'ii'],
  ['ay', 'ai', 'aj', 'aï'],
  ['oy', 'oi', 'oj', 'oï'],
];
const ROMANISED_SOUNDS = [
  ['yu', 'iou', 'ju', 'you'],
  ['ya', 'ia', 'ja'],
  ['kh', 'ch', 'h'],
  ['ks', 'x'],
  ['ge', 'gue'],
];

function romanisedGivenNames(given: string): string[] {
  const lower = given.toLowerCase();
  const out = new Set<string>([lower]);
  for (const group of ROMANISED_SOUNDS) {
    for (const form of [...out]) {
      for (const a of group) {
        if (!form.includes(a)) continue;
        for (const b of group) if (b !== a) out.add(form.replace(a, b));
      }
    }
  }
  for (const form of [...out]) {
    for (const group of ROMANISED_ENDINGS) {
      const ending = group.find((e) => form.endsWith(e) && form.length > e.length + 2);
      if (ending) for (const e of group) out.add(form.slice(0, -ending.length) + e);
    }
  }
  out.delete(lower);
  return [...out].map((f) => f.charAt(0).toUpperCase() + f.slice(1));
}

/** Other romanisations of a Russian or Ukrainian person's Latin-script names ("Sergei Lavrov" for "Sergey Lavrov"). */
function romanisedForms(entity: MentionableEntity): string[] {
  const forms = [entity.name, ...entity.aliases, ...(entity.labels ?? [])];
  if (entity.type !== 'person' || !forms.some((f) => /\p{Script=Cyrillic}/u.test(f))) return [];
  const out = new Set<string>();
  for (const form of forms) {
    const words = form.split(' ');
    if (words.length < 2 || !/^\p{Script=Latin}+$/u.test(words[0] as string)) continue;
    for (const given of romanisedGivenNames(words[0] as string)) out.add([given, ...words.slice(1)].join(' '));
  }
  for (const form of forms) out.delete(form);
  return [...out];
}

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  surface: string;
  matchedBy: MatchedBy;
}

export interface UnresolvedMention {
  start: number;
  end: number;
  surface: string;
  /** Persons of that family name the article establishes (named in full, or after a title): none, or several. */
  candidates: string[];
}

export interface MentionResult {
  mentions: Mention[];
  unresolved: UnresolvedMention[];
}

/** What a folded form means: an entity by its name or label (exact) or alias, or a family name of some persons. */
interface FormMeaning {
  full?: { id: string; matchedBy: 'exact' | 'alias' };
  family?: string[];
  /** The form ends with a full stop ("Sq."): the stop after the match belongs to the mention. */
  endsWithStop?: boolean;
  /** The form's first letter is a capital: a match must start with one too ("Town" is not "town"). */
  capital?: boolean;
  /** Every form here is in capitals ("UN", "US", "КНДР"): so must the match be ("Un accord" is not the UN). */
  capitals?: boolean;
  /** The given name of these persons: with a patronymic after it ("Владимир Владимирович"), a part of their name. */
  given?: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  meaning?: FormMeaning;
}

export interface AliasMatcher {
  /** Folded forms, letter by letter (words joined without spaces; declining words by their stem). */
  root: TrieNode;
  /** The ids of persons: a person's name inside a place's name is not a mention of the person. */
  persons: Set<string>;
  /** The ids of countries and places: one inside a longer official name ("Republic of Korea") is not linked. */
  places: Set<string>;
  /** Each person's given names by their first letter, folded: "В. В. Путин", "V. Putin" agree with "Vladimir". */
  initials: Map<string, Set<string>>;
}

/**
 * The generic word of a place named after someone, after the name as English and German write it ("Kim Il Sung
 * Square", "Putin International Airport", "Lenin Platz"), with up to two qualifiers between.
 */
const PLACE_AFTER =
  /^(?:\s+(?:International|National|State|Memorial|Central|Municipal|Grand|Great))*\s+(?:Square|Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.?|Road|Lane|Drive|Bridge|Park|Gardens?|Airport|University|Stadium|Arena|Station|Palace|Library|Museum|Hall|School|College|Academy|Institute|Hospital|Prospect|Embankment|Platz|Straße|Strasse|Allee|Flughafen|Universität|Stadion|Brücke)(?![\p{L}\p{N}])/u;

/**
 * The generic word before the name, as French, Spanish, Italian, Portuguese and Russian write it ("place Kim Il-sung",
 * "plaza de Kim Jong-un", "площадь Ким Ир Сена", "университет имени …"), right before the name or with a qualifier
 * between ("université militaire Kim Il-sung", "aeropuerto internacional …").
 */
const PLACE_BEFORE =
  /(?<![\p{L}\p{N}])(?:la\s+place|rue|avenue|boulevard|quai|pont|aéroport|université|stade|lycée|école|parc|plaza|calle|avenida|paseo|aeropuerto|universidad|estadio|parque|piazza|viale|aeroporto|università|stadio|praça|rua|universidade|estádio|(?:площад|улиц|проспект|бульвар|набережн|переул|аэропорт|университет|стадион|станци|библиотек|музе|школ)\p{L}{0,4}|им\.|имени)(?:\s+(?:militaire|international|internationale|national|nationale|central|centrale|municipal|municipale|populaire|militar|internacional|nacional|militare|internazionale|nazionale|(?:военн|международн|государственн|центральн)\p{L}{0,4}))?(?:\s+(?:de|del|di|do|da))?\s+$/iu;

/** The generic word closing a German compound built on a name: "Kim-Il-Sung-Platz", "Putin-Allee". */
const PLACE_COMPOUND =
  /^(?:-\p{Lu}\p{L}*){0,3}-(?:Platz|Straße|Strasse|Allee|Ring|Damm|Ufer|Brücke|Flughafen|Bahnhof|Universität|Hochschule|Schule|Stadion|Park|Museum|Denkmal|Halle)(?![\p{L}\p{N}])/u;

/**
 * True when the name at [start, end) stands in a place's name: the generic word right after or right before it; not
 * before a Russian name in the nominative, as a place's name never writes one ("доцент университета Ольга Бережная").
 */
function insidePlaceName(body: string, start: number, end: number): boolean {
  const after = body.slice(end, end + 80);
  // "Kim Chaek University": the name may go on in words of its own before the generic word.
  const rest = /^(?:[^\S\n]+\p{Lu}[\p{Ll}'’-]+){1,3}/u.exec(after)?.[0].length ?? 0;
  return (
    PLACE_AFTER.test(after) ||
    (rest > 0 && PLACE_AFTER.test(after.slice(rest))) ||
    PLACE_COMPOUND.test(after) ||
    (PLACE_BEFORE.test(body.slice(Math.max(0, start - 40), start)) &&
      !NOMINATIVE_PATRONYMIC.test(body.slice(start, end)) &&
      !onlyNominativeGiven(/^\p{L}+/u.exec(body.slice(start, end))?.[0].toLowerCase() ?? ''))
  );
}

/** A Russian preposition of place right before a word: "в Казани", "на Дальнем". */
const RUSSIAN_PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:в|во|на|из|под)[^\S\n]+$/iu;

/** True when a Russian preposition of place stands right before position `at` of `text`: "в Казани", "под Курском". */
export function afterPlacePreposition(text: string, at: number): boolean {
  return RUSSIAN_PLACE_PREPOSITION.test(text.slice(Math.max(0, at - 6), at));
}

/** Initials of two letters that write one sound: "Дж" (Джон), "Ch", "Sh", "Th", "Ph", "Kh", "Zh". */
export const TWO_LETTER_INITIALS = 'Дж|Ch|Sh|Th|Ph|Kh|Zh';

/** An indefinite article or determiner right before a title and a name: "un général", "a Mr.", "некий". */
const INDEFINITE_BEFORE =
  /(?:^|[^\p{L}])(?:a|an|un|une|ein|eine|einen|einem|einer|uno|una|un certain|une certaine|a certain|некий|некая|некоего)[^\S\n]+$/iu;

/**
 * True when the family name at `start` and the title before it follow an indefinite article. Without a title, an
 * indefinite article speaks of a known person at one time of their life ("un Poutine tout juste élu", "a Kim who
 * is willing to take more risks").
 */
function indefiniteBefore(body: string, start: number): boolean {
  const title = titleBefore(body, start);
  return title !== null && INDEFINITE_BEFORE.test(body.slice(Math.max(0, title.start - 24), title.start));
}

/** A name's first letter, folded: "Йенс" → "й", "Élodie" → "e". */
const initialOf = (word: string) => searchKey(word.slice(0, 1)) || word.slice(0, 1).toLowerCase();

/**
 * Initials right before a family name, as academic and official Russian writes a name: "В. В. ", "Л.-Э. ", "V. ",
 * "Дж. " (two letters that write one sound).
 */
const INITIALS_BEFORE = new RegExp(
  String.raw`(?<![\p{L}.])(\p{Lu}|${TWO_LETTER_INITIALS})\.(?:-\p{Lu}\.)?(?:[^\S\n]?\p{Lu}\.)?[^\S\n]*$`,
  'u',
);

/**
 * The known persons of a family name that the initials before it agree with ("В. В. Путина": Vladimir Putin), and
 * where the initials start; null when no initials stand there.
 */
function initialled(
  body: string,
  start: number,
  family: readonly string[],
  initials: (id: string) => ReadonlySet<string> | undefined,
): { start: number; ids: string[] } | null {
  const before = body.slice(Math.max(0, start - 12), start);
  const m = INITIALS_BEFORE.exec(before);
  // "M. Poutine": a one-letter honorific is no initial.
  if (!m || isTitleAbbreviation(`${m[1]}.`)) return null;
  const letter = initialOf(m[1] as string);
  return { start: start - (before.length - m.index), ids: family.filter((id) => initials(id)?.has(letter)) };
}

/** A plural article of French, Spanish or Italian right before a name: "des Kim", "les Kim", "los Kim", "i Kim". */
const PLURAL_ARTICLE_BEFORE = /(?:^|[\s(])(?:des|les|los|las|gli|aux)[^\S\n]+$/iu;

/**
 * True when `surface`, at `start`, is a family name as written alone: not a given name with a patronymic ("Владимир
 * Владимирович"), after no capitalised word that would be someone else's given name ("Jenni Town"), and `body` never
 * writes its last word in lower case, as it would a common word ("the town hall"). `words` are the body's words as
 * written; `stopwords` the page language's function words, if known.
 */
function familyNameOnly(
  body: string,
  start: number,
  surface: string,
  words: () => ReadonlySet<string>,
  stopwords: ReadonlySet<string> | null,
): boolean {
  const from = Math.max(0, start - 40);
  const before = /(\p{Lu}[\p{L}'’-]*)[^\S\n]+$/u.exec(body.slice(from, start));
  // A capital word before it may be a given name of someone else ("John Peskov"), but not a word that opens the
  // sentence and that is a function word of the language or that the page writes in lower case too ("Then Peskov …",
  // "Even Stoltenberg …").
  const lead = before ? body.slice(from, from + before.index) : '';
  const opening = /[.!?…:"“”«»\n][^\S\n]*$/u.test(lead) || (from === 0 && lead.trim() === '');
  const word = (before?.[1] as string | undefined)?.toLocaleLowerCase();
  // "в Москве Путин": a Russian word after a preposition of place, and no given name in any case, is the place.
  const place =
    word !== undefined && afterPlacePreposition(body, from + lead.length) && givenReadings(word).length === 0;
  if (word !== undefined && !place && !(opening && (stopwords?.has(word) || words().has(word)))) return false;
  const last = surface
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0)
    .at(-1);
  if (last === undefined || PATRONYMIC.test(last)) return false;
  const lower = last.toLocaleLowerCase();
  return lower !== last && !words().has(lower);
}

/** True when the family name at [start, end) stands in the plural: "des Kim", "los Kim", "the Kims". */
function familyInPlural(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 8), start);
  if (PLURAL_ARTICLE_BEFORE.test(before)) return true;
  return /(?:^|[\s(])the[^\S\n]+$/iu.test(before) && /\p{Ll}s$/u.test(body.slice(start, end));
}

/** Languages that capitalise every noun, where a capital after a name says nothing. */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);

/** Articles that say the gender of the noun after them: French, Spanish, Italian. */
const ARTICLE_GENDER = new Map<string, Gender>([
  ...['le', 'du', 'au', 'un', 'el', 'del', 'al', 'il', 'lo', 'dello'].map((w): [string, Gender] => [w, 'male']),
  ...['la', 'une', 'una', 'della'].map((w): [string, Gender] => [w, 'female']),
]);

/**
 * What the words around the name at [start, end) say of the person's gender: a form of address or a gendered role
 * right before it ("Mr", "Mme", "сестра") or the article before that title ("le président"), an apposition after it ("Kim Yo-jong, the leader's sister") or before it
 * ("la sœur du dirigeant, Kim Yo-jong"), and in Russian
 * the past tense that agrees with it ("Захарова заявила", "— заявил Песков"). Null when nothing says, or it disagrees.
 */
function genderAt(body: string, start: number, end: number): Gender | null {
  const said: Gender[] = [];
  const title = titleBefore(body, start);
  const before = title ? genderOfWords(title.text.split(/\s+/u)) : null;
  if (before) said.push(before);
  // "le président Yoon", "la ministre Choe": the article before a title, in a language whose articles have a gender.
  const article =
    title && /(?:^|[^\p{L}])(\p{L}+)[^\S\n]+$/u.exec(body.slice(Math.max(0, title.start - 12), title.start));
  const leading = title?.text.split(/\s+/u)[0]?.toLowerCase() ?? '';
  const articled = ARTICLE_GENDER.get(leading) ?? ARTICLE_GENDER.get((article?.[1] ?? '').toLowerCase());
  if (articled) said.push(articled);
  const apposition = /^[^\S\n]*,[^\S\n]*([^,.;:!?()\n]{1,60})/u.exec(body.slice(end, end + 70))?.[1];
  const after = apposition ? genderOfWords(apposition.split(/\s+/u).slice(0, 5)) : null;
  if (after) said.push(after);
  // "la sœur du dirigeant, Kim Yo-jong": the phrase the name stands in apposition to, its first words.
  const phrase = /(?:^|[,;:(\n—–])([^,.;:!?()\n—–]{1,60}),[^\S\n]*$/u.exec(
    body.slice(Math.max(0, start - 70), start),
  )?.[1];
  const appositive = phrase ? genderOfWords(phrase.trim().split(/\s+/u).slice(0, 3)) : null;
  if (appositive) said.push(appositive);
  if (/\p{Script=Cyrillic}/u.test(body.slice(start, end))) {
    // A name after a preposition is its object, not the subject of the verb after it ("вместе с министром Ли Ён Хо
    // вышла").
    const lead = /(?:^|[.,;:!?()\n—–])([^.,;:!?()\n—–]*)$/u.exec(body.slice(Math.max(0, start - 40), start))?.[1] ?? '';
    const governed = lead
      .toLowerCase()
      .split(/\s+/u)
      .filter(Boolean)
      .slice(-3)
      .some((w) => RUSSIAN_PREPOSITIONS.has(w));
    const verbs = [
      governed ? undefined : /^[^\S\n]+(\p{Ll}{3,})(?![\p{L}])/u.exec(body.slice(end, end + 30))?.[1],
      /[—–,][^\S\n]*(\p{Ll}{3,})[^\S\n]+$/u.exec(body.slice(Math.max(0, start - 30), start))?.[1],
    ];
    for (const verb of verbs) {
      if (verb && /(?:ла|лась)$/u.test(verb)) said.push('female');
      else if (verb && /[^л]л(?:ся)?$/u.test(verb)) said.push('male');
    }
  }
  const [first] = said;
  return first !== undefined && said.every((g) => g === first) ? first : null;
}

/**
 * What an article's words say of each person's gender, from their mentions: the words around each (`genderAt`), else
 * a Russian case ending only a man's name takes (`declinesAsMan`, against the person's other spellings in the
 * article), else what `fallback` makes of the mention's surface. A person the mentions disagree on is null; one they
 * say nothing of is absent.
 */
export function gendersIn(
  body: string,
  mentions: readonly { id: string; start: number; end: number; surface: string }[],
  fallback: (surface: string) => Gender | null = () => null,
): Map<string, Gender | null> {
  // Each person's distinct spellings in the article: a name written a thousand times has a few.
  const forms = new Map<string, Set<string>>();
  for (const m of mentions) forms.set(m.id, (forms.get(m.id) ?? new Set<string>()).add(m.surface));
  const said = new Map<string, Gender | null>();
  for (const m of mentions) {
    const g =
      genderAt(body, m.start, m.end) ??
      (declinesAsMan(m.surface, forms.get(m.id) ?? []) ? 'male' : null) ??
      fallback(m.surface);
    if (!g) continue;
    const before = said.get(m.id);
    said.set(m.id, before === undefined || before === g ? g : null);
  }
  return said;
}

/** Russian prepositions: the name after one is in an oblique case, the object of the phrase. */
const RUSSIAN_PREPOSITIONS = new Set(
  'с со к ко у от для при о об обо по без между перед за над под из до после вместе через против среди'.split(' '),
);

/** Russian case endings a name takes only as a man's: a name ending in a consonant declines only for a man. */
const MASCULINE_ENDINGS = ['а', 'у', 'ом', 'ем', 'ым', 'е'];

/**
 * True when a Russian name declines the way only a man's does: its last word is, in another of the article's forms of
 * the same name, a consonant-final word with a case ending ("Ким Чен Ын", "Ким Чен Ына"), or it is in the masculine
 * instrumental ("Путиным", "Ким Чен Ыном"). A woman's name ending in a consonant does not decline ("с Ким Ё Чжон").
 */
function declinesAsMan(surface: string, forms: Iterable<string>): boolean {
  const last = (form: string) => wordsOf(form).at(-1)?.toLowerCase() ?? '';
  const word = last(surface);
  if (!/^\p{Script=Cyrillic}+$/u.test(word)) return false;
  const consonantFinal = (stem: string) => stem.length >= 2 && /[бвгджзклмнпрстфхцчшщ]$/u.test(stem);
  if (/(?:ым|ом)$/u.test(word) && consonantFinal(word.slice(0, -2))) return true;
  for (const form of forms) {
    const other = last(form);
    if (consonantFinal(other) && MASCULINE_ENDINGS.some((e) => word === other + e)) return true;
  }
  return false;
}

/** True when a capitalised word that no match starts follows `end`, with only a space between. */
function namesGoOn(body: string, end: number, matchStarts: ReadonlySet<number>): boolean {
  const next = /^[^\S\n]+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(body.slice(end, end + 40));
  return next !== null && !matchStarts.has(end + next[0].length - (next[1] as string).length);
}

/**
 * The head of a state's official name, right before a country's or place's name: "Republic of Korea", "République
 * populaire démocratique de Corée", "República de Corea", "Volksrepublik Korea", "Республика Корея". The official
 * name is another country than the one inside it as often as not, so the name inside is left unlinked (a country
 * whose official name is listed among its aliases is matched whole first).
 */
const OFFICIAL_NAME_BEFORE =
  /(?<![\p{L}\p{N}])(?:(?:republic|kingdom|federation|union|emirates|commonwealth|principality|sultanate)\s+of(?:\s+the)?|(?:république|royaume|fédération|principauté)(?:\s+[\p{Ll}-]+){0,3}\s+(?:de\s+la|du|de|d['’])|(?:república|reino|federación|principado)(?:\s+[\p{Ll}-]+){0,3}\s+(?:de\s+la|del|de)|(?:volks)?republik|königreich|föderation|республик[аиеуой]|королевств[оау]|федераци[яиюей])\s*$/iu;

function insideOfficialName(body: string, start: number): boolean {
  return OFFICIAL_NAME_BEFORE.test(body.slice(Math.max(0, start - 60), start));
}

/**
 * Case endings of Russian (and other Cyrillic-script languages that decline names): "Путин", "Путина", "Путиным";
 * "Северная Корея", "Северной Кореи". Words are folded (lower case, no diacritics: ё as е, й as и) before they are
 * cut, so the endings are folded too. Longest first.
 */
const CYRILLIC_ENDINGS = [
  ...new Set(
    [
      ...['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией'],
      ...['ия', 'ии', 'ию', 'ая', 'яя', 'ую', 'юю', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях'],
      ...['ые', 'ие', 'ых', 'их', 'ым', 'им', 'ый', 'ий', 'ое', 'ее'],
      ...['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й'],
    ].map(searchKey),
  ),
].sort((a, b) => b.length - a.length);
const MIN_STEM = 2;
/** An all-capital word this short is an abbreviation ("США", "МИД", "ООН"), which does not decline. */
const MAX_ABBREVIATION = 3;

function declines(word: string): boolean {
  return /^\p{Script=Cyrillic}+$/u.test(word) && !(word === word.toUpperCase() && word.length <= MAX_ABBREVIATION);
}

/** A German or Dutch genitive or an English plural-possessive without an apostrophe: "Putins Besuch", "Kims Vater". */
function genitiveStem(folded: string): string | null {
  return /^[a-z]{3,}[^sxz]s$/.test(folded) ? folded.slice(0, -1) : null;
}

/**
 * True when two spellings are the same name: as many words, each pair with a reading in common (folded: case, accents
 * and hyphens apart; declined: "Мария Захарова" and "Марии Захаровой", "Андрей" and "Андрея").
 */
export function sameName(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length !== y.length || x.length === 0) return false;
  return x.every((word, i) => {
    const readings = new Set(variantsOf(word));
    return variantsOf(y[i] as string).some((v) => readings.has(v));
  });
}

/** The folded forms a word as found may stand for: itself, and itself without each case ending it may carry. */
function variantsOf(word: string): string[] {
  const folded = searchKey(word);
  if (declines(word)) {
    return [
      folded,
      ...CYRILLIC_ENDINGS.filter((e) => folded.endsWith(e) && folded.length - e.length >= MIN_STEM).map((e) =>
        folded.slice(0, -e.length),
      ),
    ];
  }
  const genitive = genitiveStem(folded);
  return genitive ? [folded, genitive] : [folded];
}

/** Scripts written without spaces between words (or with particles joined to names): each character is a word. */
const CHARACTER_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORDS = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;
/** What may stand between the words of one name: spaces (not a line break), hyphens, invisible characters, a dot. */
const JOINER = /^(?:[^\S\n]|[-‐‑–·・.'’\u00ad\u200b-\u200d\u2060\ufeff]){0,4}$/u;

/** The words of a form ("Kim Jong-un" → Kim, Jong, un; "金正恩" → 金, 正, 恩). */
function wordsOf(form: string): string[] {
  return form.match(WORDS) ?? [];
}

/** An acronym of four letters or more written as a word, as some house styles do: "Nato", "Unesco", "Opec". */
const ACRONYM_IN_TITLE_CASE = /^\p{Lu}\p{Ll}{3,}$/u;

/** A form written in capitals: two letters or more, all of a script with case, and no small one. */
function inCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
}

function insert(root: TrieNode, form: string, meaning: (m: FormMeaning) => void): void {
  const words = wordsOf(form);
  if (words.length === 0) return;
  // One character of a script written without spaces is far too short to be a name.
  if (words.length === 1 && CHARACTER_SCRIPT.test(words[0] as string)) return;
  const first = form.match(/\p{L}/u)?.[0] ?? '';
  // Every reading of a declining word: "Андрей" may be the stem "андре" (of "Андрея", "Андрею") or "андр".
  let paths = [''];
  for (const word of words) {
    paths = paths.flatMap((path) => variantsOf(word).map((v) => path + v)).slice(0, MAX_READINGS);
  }
  for (const path of new Set(paths)) {
    let node = root;
    for (const letter of path) {
      let next = node.next.get(letter);
      if (!next) {
        next = { next: new Map() };
        node.next.set(letter, next);
      }
      node = next;
    }
    node.meaning ??= {};
    if (form.endsWith('.')) node.meaning.endsWithStop = true;
    if (first !== first.toLowerCase()) node.meaning.capital = true;
    node.meaning.capitals = (node.meaning.capitals ?? true) && inCapitals(form);
    meaning(node.meaning);
  }
}

/** How many readings of a name's declining words are kept: plenty for any name of a few words. */
const MAX_READINGS = 64;

export function buildAliasMatcher(entities: readonly MentionableEntity[]): AliasMatcher {
  const matcher: AliasMatcher = {
    root: { next: new Map() },
    persons: new Set(),
    places: new Set(),
    initials: new Map(),
  };
  addEntities(matcher, entities);
  return matcher;
}

/**
 * Adds entities to a matcher: names and labels first, then aliases, then family names, so that what an earlier form
 * means is never taken over by a later one (a full name of someone always wins over a family name).
 */
export function addEntities(matcher: AliasMatcher, entities: readonly MentionableEntity[]): void {
  const { root } = matcher;
  for (const entity of entities) {
    for (const form of [entity.name, ...(entity.labels ?? [])]) {
      insert(root, form, (m) => {
        m.full ??= { id: entity.id, matchedBy: 'exact' };
      });
    }
  }
  for (const entity of entities) {
    for (const form of [...entity.aliases, ...romanisedForms(entity)]) {
      insert(root, form, (m) => {
        m.full ??= { id: entity.id, matchedBy: 'alias' };
      });
    }
  }
  for (const entity of entities) {
    if (entity.type === 'person') matcher.persons.add(entity.id);
    if (entity.type === 'country' || entity.type === 'place') matcher.places.add(entity.id);
    for (const form of familyForms(entity)) {
      insert(root, form, (m) => {
        m.family ??= [];
        if (!m.family.includes(entity.id)) m.family.push(entity.id);
      });
    }
    for (const form of givenForms(entity)) {
      insert(root, form, (m) => {
        m.given ??= [];
        if (!m.given.includes(entity.id)) m.given.push(entity.id);
      });
      const letters = matcher.initials.get(entity.id) ?? new Set<string>();
      letters.add(initialOf(form));
      matcher.initials.set(entity.id, letters);
    }
  }
}

interface Word {
  start: number;
  end: number;
  text: string;
  variants: string[];
  /** A word of a script written without spaces: it may be glued to the word before or after. */
  character: boolean;
}

function wordsWithOffsets(body: string): Word[] {
  const out: Word[] = [];
  for (const m of body.matchAll(WORDS)) {
    const text = m[0];
    out.push({
      start: m.index,
      end: m.index + text.length,
      text,
      variants: variantsOf(text),
      character: CHARACTER_SCRIPT.test(text),
    });
  }
  return out;
}

/** A patronymic, in any case: "Vladimirovich", "Владимирович", "Владимировича", "Сергеевны". */
export const PATRONYMIC =
  /^\p{Lu}\p{Ll}+(?:(?:ovich|evich|ovna|evna|ichna|ович|евич|овна|евна|ична|ич)\p{Ll}{0,3}|(?:овн|евн|ичн)(?:ы|е|у|ой|ою))$/u;

/**
 * A Russian patronymic in the nominative ("Марина Юрьевна Ткач"): a person named as the subject, where a place named
 * after someone carries the name in the genitive ("университет имени Андрея Дмитриевича Сахарова").
 */
export const NOMINATIVE_PATRONYMIC = /\p{Lu}\p{Ll}+(?:ович|евич|овна|евна|ична)(?![\p{L}])/u;

interface RawMatch {
  start: number;
  end: number;
  surface: string;
  meaning: FormMeaning;
  /** The index of the word after the match. */
  nextWord: number;
}

/** The longest form starting at word `i`, if any. */
function longestAt(body: string, words: readonly Word[], i: number, root: TrieNode): RawMatch | null {
  const first = words[i] as Word;
  // A name in a script without spaces starts a word: not the second syllable of another one.
  if (first.character && i > 0) {
    const before = words[i - 1] as Word;
    if (before.character && before.end === first.start && /\p{Script=Hangul}/u.test(before.text)) return null;
  }
  let best: { end: number; meaning: FormMeaning; lastWord: number } | null = null;
  const walk = (node: TrieNode, j: number, skipped: boolean, atFirst: boolean): void => {
    const word = words[j];
    if (!word) return;
    if (!atFirst) {
      const gap = body.slice((words[j - 1] as Word).end, word.start);
      if (!JOINER.test(gap)) return;
    }
    for (const variant of word.variants) {
      let at: TrieNode | undefined = node;
      for (const letter of variant) {
        at = at.next.get(letter);
        if (!at) break;
      }
      if (!at) continue;
      const meaning = at.meaning;
      if (meaning && (meaning.full || meaning.family) && (!best || word.end > best.end))
        best = { end: word.end, meaning, lastWord: j };
      // "Владимир Владимирович" with no family name after: the given name and patronymic of a person.
      const patronymic = words[j + 1];
      if (
        atFirst &&
        meaning?.given &&
        patronymic &&
        PATRONYMIC.test(patronymic.text) &&
        JOINER.test(body.slice(word.end, patronymic.start)) &&
        (!best || patronymic.end > best.end)
      ) {
        best = { end: patronymic.end, meaning: { ...meaning, family: meaning.given }, lastWord: j + 1 };
      }
      walk(at, j + 1, skipped, false);
    }
    // "Vladimir Vladimirovich Putin": a patronymic may stand between the words of a person's name.
    if (!atFirst && !skipped && PATRONYMIC.test(word.text)) walk(node, j + 1, true, false);
  };
  walk(root, i, false, true);
  if (!best) return null;
  const found = best as { end: number; meaning: FormMeaning; lastWord: number };
  const surfaceFirst = body.slice(first.start, first.start + 1);
  if (
    found.meaning.capital &&
    surfaceFirst === surfaceFirst.toLowerCase() &&
    surfaceFirst !== surfaceFirst.toUpperCase()
  ) {
    return null;
  }
  const surface = body.slice(first.start, found.end);
  if (found.meaning.capitals && !inCapitals(surface) && !ACRONYM_IN_TITLE_CASE.test(surface)) return null;
  const end = found.meaning.endsWithStop && body[found.end] === '.' ? found.end + 1 : found.end;
  return {
    start: first.start,
    end,
    surface: body.slice(first.start, end),
    meaning: found.meaning,
    nextWord: found.lastWord + 1,
  };
}

/** The longer of two matches at one place; of two as long, one match meaning what both mean. */
function longer(best: RawMatch | null, own: RawMatch): RawMatch {
  if (!best || own.end > best.end) return own;
  if (own.end < best.end) return best;
  return { ...best, meaning: pooled(best.meaning, own.meaning) };
}

/** What two forms of the same text mean together: the first's full name, both's family names. */
function pooled(first: FormMeaning, second: FormMeaning): FormMeaning {
  const family = [...(first.family ?? []), ...(second.family ?? [])];
  const full = first.full ?? second.full;
  return { ...second, ...first, ...(full ? { full } : {}), ...(family.length > 0 ? { family } : {}) };
}

/**
 * The longest matches, left to right, over several matchers at once: of two as long, the first matcher's full name
 * wins, and family names are pooled (a candidate "Kim Il-sung" is a namesake of the known Kims).
 */
function scan(body: string, matchers: readonly AliasMatcher[]): RawMatch[] {
  const words = wordsWithOffsets(body);
  const out: RawMatch[] = [];
  for (let i = 0; i < words.length; ) {
    let match: RawMatch | null = null;
    for (const matcher of matchers) {
      const own: RawMatch | null = longestAt(body, words, i, matcher.root);
      if (own) match = longer(match, own);
    }
    if (match) {
      out.push(match);
      i = match.nextWord;
    } else i++;
  }
  return out;
}

/** The sentence each offset falls in: the starts of the body's sentences, in order. */
/** Longer paragraphs are cut into sentences by a plain rule: the segmenter would take too long. */
const LONG_LINE = 5000;
const SENTENCE_END = /[.!?…。！？]+["”»’)]*\s+(?=\S)/gu;

/** A dotted acronym and the space after it: "U.N. ", "U.S. ". */
const DOTTED_ACRONYM = /(?<![\p{L}.])(?:\p{Lu}\.){2,}[^\S\n]+$/u;

function sentenceStarts(body: string, language: string | null): number[] {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(language ?? 'en', { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  }
  const starts: number[] = [];
  // Paragraph by paragraph: a sentence never runs across a line break, and the segmenter's time grows with the square
  // of the text it is given. A blank line is no sentence.
  let offset = 0;
  for (const line of body.split('\n')) {
    if (line.length > LONG_LINE) {
      // A paragraph this long (no page's prose has one): sentences end at a stop and a space.
      if (line.trim() !== '') starts.push(offset);
      for (const end of line.matchAll(SENTENCE_END)) starts.push(offset + end.index + end[0].length);
    } else {
      for (const segment of segmenter.segment(line)) {
        // "U.N. Security Council": a dotted acronym ends no sentence before a capitalised word.
        const acronym = DOTTED_ACRONYM.test(line.slice(Math.max(0, segment.index - 12), segment.index));
        if (segment.segment.trim() !== '' && !acronym) starts.push(offset + segment.index);
      }
    }
    offset += line.length + 1;
  }
  if (starts.length === 0) starts.push(0);
  return starts;
}

function sentenceOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface FindMentionsOptions {
  /** The page's language: where its sentences end. */
  language?: string | null;
}

interface Classified {
  match: RawMatch;
  full?: { id: string; matchedBy: 'exact' | 'alias' };
  family: string[];
  /**
   * A family name that introduces its person when no one else in the knowledge base bears it: after a title
   * ("President Putin"); in a script without spaces, where a foreign name's family name alone is how news writes it
   * ("普京", "푸틴"); or alone, as news writes a known figure's name ("Песков на вопрос … ответил"), where the page never
   * writes the word in lower case ("Town officials met in the town hall": a common word).
   */
  introduces: boolean;
  sentence: number;
}

/**
 * Every mention in `body`. A family name alone or after a title links when it can mean one person only: the one
 * person of that name the article establishes (names in full, or, when no one else in the knowledge base bears the
 * name, calls by a title and the name, "President Putin", or by the name alone where it is no common word of the
 * page, or writes it in a script without spaces): `family-name`. When the article establishes several
 * people of that name, the text settles it (`context`): never one the text gave the other gender (`genderAt`); then
 * the nearest full name of one of them earlier in the same sentence, else the first of them the sentence before speaks
 * of, else the only one named in full earlier in the paragraph, else the one the article names in full most often,
 * else the one named in full last (see `byContext`). Only a tie leaves it unresolved. A person's name inside a place's
 * name, and a country's name inside a longer official name, are not linked.
 */
export function findMentions(
  body: string,
  matchers: AliasMatcher | readonly AliasMatcher[],
  options: FindMentionsOptions = {},
): MentionResult {
  const list = Array.isArray(matchers) ? matchers : [matchers as AliasMatcher];
  // Asked of the matchers in place: copying their sets would cost every page as much as there are entities.
  const isPerson = (id: string) => list.some((m) => m.persons.has(id));
  const isPlace = (id: string) => list.some((m) => m.places.has(id));
  const starts = sentenceStarts(body, options.language ?? null);
  const classified: Classified[] = [];
  const language = languageCode(options.language);
  const capitalisesNamesOnly = language !== '' && !NOUNS_CAPITALISED.has(language);
  const stopwords = language === '' ? null : stopwordsFor(language);
  const matches = scan(body, list);
  /** The body's words as written, read once and only for a family name alone. */
  let written: Set<string> | undefined;
  const wordsOf = () => {
    written ??= new Set(body.match(/\p{L}+/gu) ?? []);
    return written;
  };
  const matchStarts = new Set(matches.map((m) => m.start));
  const initialsOf = (id: string) => list.find((m) => m.initials.has(id))?.initials.get(id);
  for (const scanned of matches) {
    let match = scanned;
    const full = match.meaning.full;
    let family = full ? [] : (match.meaning.family ?? []);
    if (!full && family.length === 0) continue;
    // "В. В. Путина", "V. Putin": initials that agree with one known person's given name name that person, and
    // belong to the mention; initials that agree with none name someone else.
    const initials = full ? null : initialled(body, match.start, family, initialsOf);
    if (initials) {
      if (initials.ids.length !== 1) continue;
      family = initials.ids;
      match = { ...match, start: initials.start, surface: body.slice(initials.start, match.end) };
    }
    // "Kim Chaek", "Kim Yung-ho": a family name that goes on in a name word of its own names someone else. Only where
    // the language is known and is not German, which capitalises every noun ("dass Putin Raketen liefert").
    if (!full && capitalisesNamesOnly && namesGoOn(body, match.end, matchStarts)) continue;
    // "la dynastie des Kim", "the Kims": a family name in the plural names the family, not one of them.
    if (!full && familyInPlural(body, match.start, match.end)) continue;
    // "un général Kim", "a Mr. Kim": an indefinite article before the title brings in someone new of that name.
    if (!full && !initials && indefiniteBefore(body, match.start)) continue;
    const person = full ? isPerson(full.id) : true;
    // "Putin Avenue", "площадь Ким Ир Сена": a place, not the person; left unlinked.
    if (person && insidePlaceName(body, match.start, match.end)) continue;
    if (full && isPlace(full.id) && insideOfficialName(body, match.start)) continue;
    classified.push({
      match,
      ...(full ? { full } : {}),
      family,
      introduces:
        !full &&
        (initials !== null ||
          titleBefore(body, match.start) !== null ||
          CHARACTER_SCRIPT.test(match.surface) ||
          familyNameOnly(body, match.start, match.surface, wordsOf, stopwords)),
      sentence: sentenceOf(starts, match.start),
    });
  }

  // How often the text names each in full. A name in capitals is a transcript's label or a headline, not the text
  // speaking of someone: "Q (KIM MIN-JI, YONHAP):" on every question makes no reporter what the article is about.
  const fullCount = new Map<string, number>();
  for (const c of classified)
    if (c.full) fullCount.set(c.full.id, (fullCount.get(c.full.id) ?? 0) + (inCapitals(c.match.surface) ? 0 : 1));
  const established = new Set(fullCount.keys());
  for (const c of classified) if (c.introduces && c.family.length === 1) established.add(c.family[0] as string);

  /** What the article's words around each person's full name say of their gender; worked out only when needed. */
  let genderById: Map<string, Gender | null> | undefined;
  const genders = () => {
    genderById ??= gendersIn(
      body,
      classified.flatMap((c) => (c.full && isPerson(c.full.id) ? [{ ...c.match, id: c.full.id }] : [])),
    );
    return genderById;
  };
  /** The title word before each person's full names ("père", "minister"), worked out only when needed. */
  let titleWords: Map<string, Set<string>> | undefined;
  const titlesOf = () => {
    if (titleWords) return titleWords;
    titleWords = new Map();
    for (const { full, match } of classified) {
      const head = full && titleHead(body, match.start);
      if (full && head) titleWords.set(full.id, (titleWords.get(full.id) ?? new Set<string>()).add(head));
    }
    return titleWords;
  };
  const mentions: Mention[] = [];
  const unresolved: UnresolvedMention[] = [];
  /** Linked mentions so far, in text order: what the context of a later one is. */
  const linked: { id: string; sentence: number; start: number; full: boolean }[] = [];
  for (const c of classified) {
    const { start, end, surface } = c.match;
    if (c.full) {
      mentions.push({ entityId: c.full.id, start, end, surface, matchedBy: c.full.matchedBy });
      linked.push({ id: c.full.id, sentence: c.sentence, start, full: true });
      continue;
    }
    const namesakes = c.family.filter((id) => established.has(id));
    // Several of that name: the text settles it. "Mr Kim" is not the person the article calls "the leader's sister";
    // "заявила Ким" not one it calls "господин".
    const matchedBy: MatchedBy = namesakes.length > 1 ? 'context' : 'family-name';
    const gender = namesakes.length > 1 ? genderAt(body, start, end) : null;
    const fit = gender ? namesakes.filter((other) => genders().get(other) !== opposite(gender)) : namesakes;
    const candidates = fit.length > 0 ? fit : namesakes;
    // "explique le père Kim" after "Le père Andrea Kim": the one namesake the article gave that title.
    const titled = candidates.length > 1 ? sameTitle(body, start, candidates, titlesOf()) : undefined;
    const id = titled ?? (candidates.length > 1 ? byContext(body, c, candidates, linked, fullCount) : candidates[0]);
    if (id === undefined) {
      unresolved.push({ start, end, surface, candidates });
      continue;
    }
    mentions.push({ entityId: id, start, end, surface, matchedBy });
    linked.push({ id, sentence: c.sentence, start, full: false });
  }
  return { mentions, unresolved };
}

/**
 * The last word of the title right before `start`, in lower case ("President" → "president"), or a noun after an
 * article there ("le père Kim" → "père", "the dean Kwon" → "dean"); null when there is neither.
 */
function titleHead(body: string, start: number): string | null {
  const title = titleBefore(body, start);
  if (title) return title.text.split(/\s+/u).at(-1)?.replace(/\.$/u, '').toLowerCase() ?? null;
  const noun = ARTICLE_NOUN.exec(body.slice(Math.max(0, start - 30), start));
  return noun ? (noun[1] as string).toLowerCase() : null;
}

/** An article and a noun in lower case right before a name: "le père ", "the dean ". */
const ARTICLE_NOUN = /(?<![\p{L}])(?:le|la|the|el|il|lo|der|die|das)[^\S\n]+(\p{Ll}{3,})[^\S\n]+$/iu;

/** The one of `candidates` whose full name the article writes after the title this family name has, if only one. */
function sameTitle(
  body: string,
  start: number,
  candidates: readonly string[],
  titles: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  const head = titleHead(body, start);
  if (!head) return undefined;
  const titled = candidates.filter((id) => titles.get(id)?.has(head));
  return titled.length === 1 ? titled[0] : undefined;
}

/**
 * Which of several namesakes a bare family name means at its place in the text, if the text settles it: the nearest
 * full name of one of them earlier in the same sentence; else the one the sentence before speaks of; else the one
 * named in full earlier in the same paragraph, if only one is; else the one the article is about (named in full most
 * often: news names a second person of the same name in full, and the bare name is the first's); else, between people
 * named as often, the one named in full last. A sentence before that speaks of several settles nothing by itself: the
 * name goes to the one the article is about, and only a tie leaves it open.
 */
function byContext(
  body: string,
  c: Classified,
  candidates: readonly string[],
  linked: readonly { id: string; sentence: number; start: number; full: boolean }[],
  fullCount: ReadonlyMap<string, number>,
): string | undefined {
  const namesakes = linked.filter((l) => candidates.includes(l.id));
  const sameSentence = namesakes.filter((l) => l.full && l.sentence === c.sentence).at(-1);
  if (sameSentence) return sameSentence.id;
  const ranked = candidates.map((id) => [id, fullCount.get(id) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  const subject = top && (!second || top[1] > second[1]) ? top[0] : undefined;
  const among = (ids: readonly string[]) => {
    const distinct = [...new Set(ids)];
    if (distinct.length === 1) return distinct[0];
    return subject !== undefined && distinct.includes(subject) ? subject : undefined;
  };
  const before = among(namesakes.filter((l) => l.sentence === c.sentence - 1).map((l) => l.id));
  if (before !== undefined) return before;
  // "Son mari, Yann Le Gall, … « … » M. Le Gall a prévu …": the one namesake named in full earlier in the paragraph.
  const paragraph = body.lastIndexOf('\n', c.match.start) + 1;
  const inParagraph = new Set(namesakes.filter((l) => l.full && l.start >= paragraph).map((l) => l.id));
  if (inParagraph.size === 1) return [...inParagraph][0];
  if (subject !== undefined) return subject;
  const lastFull = namesakes.filter((l) => l.full).at(-1);
  return lastFull
    ? among(namesakes.filter((l) => l.full && l.sentence === lastFull.sentence).map((l) => l.id))
    : undefined;
}
