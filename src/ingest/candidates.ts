import nlp from 'compromise';
import {
  EAST_ASIAN_FAMILY,
  type GivenReading,
  givenNominative,
  givenReadings,
  type ObliqueCase,
  onlyNominativeGiven,
} from './given-names.ts';
import { afterPlacePreposition, NOMINATIVE_PATRONYMIC, PATRONYMIC } from './mentions.ts';
import { stopwordsFor } from './page/language.ts';
import {
  BROADCAST_ROLES,
  COMMENTATOR_ROLES,
  type Gender,
  isHonorific,
  isNationalityWord,
  isPlaceWord,
  isRoleNoun,
  isTitleAbbreviation,
  isTitleModifier,
  isTitleWord,
  type TitleSpan,
  titleBefore,
} from './titles.ts';
import { fullNameIn, fullNameWritten, nameCase, speakerLabels } from './transcript.ts';

/**
 * Names in a page that no known entity covers: candidates for new entities. Precision comes before recall, since a
 * false candidate pollutes a public knowledge base.
 *
 * - Every language: a run of capitalised words (Latin or Cyrillic; particles such as "de", "van", "bin" inside;
 *   hyphenated parts such as "Jong-un") is a person when something besides its capitals says so: a title or role
 *   right before it (titles.ts: "spokeswoman Maria Zakharova", "la porte-parole de la diplomatie russe, Maria
 *   Zakharova"), a reporting verb of the page's language after it or before it ("Choe Son Hui said", "according to
 *   Ri Il Hwan", "», a déclaré …", "по словам …"), or a role in apposition after it ("Jenny Town, a senior fellow").
 *   A person has two to four name words; a lone word counts only after a title, and only when the page names no one
 *   more fully with that word. A run is never a person when it holds a month or weekday, a place, nationality or
 *   institution word, or is all titles and stopwords, or stands in a place's name ("Kim Il Sung Square", "площадь
 *   Ким Ир Сена"); nor right after an article ("la Maison Blanche", "the State Department"). A capitalised word
 *   opening a sentence is kept only on other evidence: the page writes it capitalised inside a sentence, it is a
 *   known first name, or compromise reads a person there.
 * - English: runs compromise's lexicon knows whole are places or organisations ("Seoul", "North Korea", "NATO").
 *   compromise (`people()`, `organizations()`, `places()`) reads the text around each other run of two or more
 *   capitalised words that the cues above leave undecided, two words either side (never the whole page: that keeps
 *   a long page fast). Its people need no other cue; its organisations need an institution word ("Stimson Center")
 *   or its lexicon, its places its lexicon, a compass word ("East Asia") or a generic word ("Kumsusan Guest
 *   Palace"). A person read from context wins over its label ("Jenny Town, a senior fellow" is a person, not a place).
 * - Other languages give persons only.
 *
 * Russian names are given as found, in whatever case the sentence puts them ("Марии Захаровой"); `russianNominative`
 * brings one back to the nominative where a common first name tells the case and gender ("Мария Захарова").
 */

export interface CandidateName {
  /**
   * The name as it should be listed: title, possessive ('s, ’s) and surrounding punctuation removed; spaces
   * normalised, invisible characters (soft hyphen, zero-width space) removed.
   */
  name: string;
  type: 'person' | 'organization' | 'place';
  /** Offsets of the name itself in `body` (UTF-16, end exclusive), without the title. */
  start: number;
  end: number;
  surface: string;
  /** How it was found: the rule and the cue, e.g. `compromise: person`, `title "spokeswoman" before`. */
  evidence: string;
}

interface Span {
  start: number;
  end: number;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Its position in the page's tokens. */
  index: number;
  /** A full stop follows it. */
  dot: boolean;
  sentenceStart: boolean;
}

type Language = 'en' | 'fr' | 'es' | 'de' | 'ru' | 'it' | 'pt';
const LANGUAGES: readonly Language[] = ['en', 'fr', 'es', 'de', 'ru', 'it', 'pt'];

/** Verbs that report speech after the speaker: "Choe Son Hui said", "Захарова заявила". */
const VERBS_AFTER: Record<Language, string> = {
  en: `said|says|told|added|stated|noted|wrote|explained|warned|insisted|argued|claimed|announced|confirmed|denied|
    replied|responded|tweeted|posted|stressed|emphasi[sz]ed|urged|acknowledged|recalled|observed|commented|suggested|
    declared|asserted|remarked|cautioned|conceded|disclosed|spoke (?:of|about)|writes|tells|adds|explains|recalls|
    insists|argues|notes|warns|replies|texted|texts|emailed`,
  fr: `(?:m['’]|nous |vous |lui |leur )?a (?:déclaré|dit|affirmé|indiqué|souligné|expliqué|estimé|ajouté|précisé|annoncé|assuré|averti|rappelé|
    confirmé|déploré|dénoncé|jugé|répondu|écrit|martelé|insisté|commenté|prévenu|parlé|évoqué|qualifié)|parle d|
    déclare|affirme|estime|explique|
    souligne|ajoute|indique|précise|assure|avertit|rappelle|dit|juge|répond|écrit|insiste|trouve`,
  es: `dijo|afirmó|declaró|aseguró|señaló|indicó|explicó|añadió|agregó|advirtió|subrayó|destacó|comentó|manifestó|
    sostuvo|insistió|recordó|apuntó|precisó|reconoció|respondió|escribió|anunció|confirmó|denunció|habló de|dice|afirma|
    asegura|señala|explica|advierte|ha (?:dicho|afirmado|declarado|asegurado|señalado|explicado|indicado|advertido)`,
  de: `sagte|sagt|erklärte|erklärt|betonte|betont|meinte|warnte|schrieb|kündigte|teilte|bestätigte|kritisierte|
    forderte|zufolge|sprach von`,
  ru: `(?:заяви|сказа|отмети|сообщи|подчеркну|добави|поясни|рассказа|написа|призна|уточни|указа|напомни|
    предупреди|ответи|констатирова|высказа|говори)л[аи]?|заявляет|считает|отмечает|говорит|подчеркивает|подчёркивает|
    сообщает|полагает`,
  it: `ha (?:detto|dichiarato|affermato|spiegato|aggiunto|sottolineato|annunciato|scritto)|dice|afferma|spiega`,
  pt: `disse|afirmou|declarou|explicou|acrescentou|garantiu|sublinhou|anunciou|escreveu|diz|afirma`,
};

/** Verbs that report speech before the speaker, after a quote or a comma: "”, said Jenny Town", "», — заявил …". */
const VERBS_INVERTED: Record<Language, string> = {
  en: 'said|says|added|wrote|asked|replied|explained|warned|noted',
  fr: VERBS_AFTER.fr,
  es: VERBS_AFTER.es,
  de: 'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|warnte|schrieb|so',
  ru: VERBS_AFTER.ru,
  it: VERBS_AFTER.it,
  pt: VERBS_AFTER.pt,
};

/**
 * Verbs that report speech right before the speaker with nothing between, as German and Russian put the verb
 * second: "Am Montag erklärte Annalena Baerbock", "В понедельник заявил Сергей Лавров".
 */
const VERBS_SECOND: Partial<Record<Language, string>> = {
  de: 'sagte|sagt|erklärte|erklärt|betonte|betont|meinte|warnte|schrieb|sprach',
  ru: VERBS_AFTER.ru,
};

/** Words that attribute what follows to the speaker after them: "according to Ri Il Hwan", "по словам …". */
const ACCORDING: Record<Language, string> = {
  en: 'according to',
  fr: "selon|d['’]après",
  es: 'según|de acuerdo con',
  de: 'laut',
  ru: 'по словам|по мнению|по данным',
  it: 'secondo',
  pt: 'segundo|de acordo com',
};

/**
 * Role nouns that stand before a name or in apposition after it ("analyst John Smith", "Jenny Town, a senior
 * fellow"), besides titles. Russian ones take any case ending.
 */
const ROLE_WORDS = new Set(
  `analyst expert researcher scholar economist historian lawyer attorney lawmaker legislator politician diplomat
    official officer journalist reporter correspondent editor columnist commentator author writer activist campaigner
    founder co-founder owner head manager executive fellow lecturer teacher student resident worker defector colleague
    consultant strategist negotiator member partner
    analyste experte chercheur chercheuse politologue économiste historien historienne avocat avocate diplomate
    journaliste correspondant correspondante rédacteur rédactrice militant militante fondateur fondatrice responsable
    élu élue membre spécialiste maître professeure enseignant enseignante enseignant-chercheur enseignante-chercheuse
    universitaire
    analista experto experta investigador investigadora politólogo politóloga economista historiador historiadora
    abogado abogada diplomático diplomática periodista corresponsal activista fundador fundadora miembro especialista
    analystin expertin forscher forscherin politologe politologin ökonom ökonomin historiker historikerin anwalt
    anwältin diplomatin journalistin korrespondent korrespondentin aktivist aktivistin gründer gründerin leiter
    leiterin mitglied
    аналитик эксперт политолог исследователь экономист историк адвокат юрист дипломат журналист корреспондент
    активист основатель сотрудник член преподаватель
    esperto esperta ricercatore ricercatrice politologo storico avvocato diplomatico giornalista corrispondente
    attivista fondatore membro
    pesquisador pesquisadora cientista advogado advogada jornalista ativista`
    .split(/\s+/)
    .concat(BROADCAST_ROLES, COMMENTATOR_ROLES),
);

/** Words of institutions: a run holding one is not a person; with a distinctive word it is an organisation. */
const ORGANIZATION_WORDS = new Set(
  `ministry department council committee commission agency office party union association federation organization
    organisation institute institution university college school academy foundation fund bank corporation corp co inc
    ltd llc plc group holdings times post news press herald tribune journal gazette telegraph network broadcasting
    service services authority board bureau court assembly parliament congress senate government administration army
    navy force forces guard police command club society alliance movement front league nations center centre
    airlines airways railways industries motors electric systems technologies laboratories hospital church embassy
    mission secretariat tribunal cabinet chamber coalition media studios
    ministère ministerio ministero ministério ministerium comité conseil consejo consiglio rat parti partido partito
    partei unión unione banque banco banca université universidad università universität universidade institut
    instituto istituto fondation fundación fondazione stiftung gouvernement gobierno governo regierung assemblée
    asamblea parlement parlamento sénat senado cour corte gericht armée ejército esercito armee bundeswehr policía
    polizia polizei agence agencia agenzia agentur naciones nazioni nationen amt behörde bahn verband gewerkschaft
    konzern ag gmbh sa spa zeitung presse diario corriere gazzetta folha rundfunk radio télévision televisión
    fernsehen`.split(/\s+/),
);

/** Words an organisation's name may hold that say nothing of which one it is ("United Nations Security Council"). */
const GENERIC_NAME_WORDS = new Set(
  `united national international central federal state supreme high general foreign security public democratic
    people's workers' communist republican socialist new great grand royal imperial joint special republic
    affairs defence defense interior home justice the of for and de du des la del`.split(/\s+/),
);

/** The noun for a name right before it: "his first name, Andrei", "only his surname, Jung", "son prénom, Léa". */
const NAME_NOUN_BEFORE =
  /(?:first name|given name|surname|last name|family name|prénom|nom de famille|имя|имени|фамилию|фамилия)[,:]?[^\S\n]+$/iu;

/** Words of kinship and acquaintance a given name alone follows: "my cousin Taras", "mon fils Théo", "муж Артём". */
const KINSHIP_WORDS = new Set(
  `cousin brother sister son daughter husband wife mother father mum mom dad grandfather grandmother grandson
    granddaughter uncle aunt nephew niece friend neighbour neighbor colleague boyfriend girlfriend fiancé fiancée
    cousine frère sœur soeur fils fille mari femme mère père grand-père grand-mère oncle tante neveu nièce ami amie
    voisin voisine collègue copain copine брат сестра сын дочь муж жена мать отец мама папа дед дедушка бабушка внук
    внучка дядя тетя тётя племянник племянница друг подруга сосед соседка коллега`.split(/\s+/),
);

/** Nouns a parliament addresses its members by, capitalised after an honorific: "the hon. Gentleman". */
const ADDRESS_NOUNS = new Set(
  'gentleman gentlemen lady ladies friend friends member members colleague colleagues'.split(' '),
);

/**
 * Generic words of places named after someone, after the name ("Kim Il Sung Square", "Lenin Platz") or before it
 * ("place Kim Il-sung", "площадь Ким Ир Сена"); a run holding one is not a person.
 */
const PLACE_GENERIC = new Set(
  `square sq street st avenue ave boulevard blvd road rd lane drive bridge park garden gardens airport university
    stadium arena station palace library museum hall school college academy institute hospital prospect embankment
    memorial monument mausoleum tower centre center building plaza port harbour harbor dam canal peninsula island
    islands lake river sea bay valley mountain mountains county district province region
    platz straße strasse allee flughafen universität stadion brücke bahnhof
    place rue quai pont aéroport université stade lycée école parc musée palais
    calle avenida paseo aeropuerto universidad estadio parque museo palacio
    piazza via viale aeroporto università stadio
    praça rua universidade estádio
    площад улиц проспект аэропорт университет стадион бульвар переул набережн музе дворц дворец мавзоле
    имени им`.split(/\s+/),
);
/** Qualifiers between a name and the generic word of a place: "Kim Jong Un International Airport". */
const PLACE_QUALIFIERS = new Set([
  'international',
  'national',
  'state',
  'memorial',
  'central',
  'municipal',
  'grand',
  'great',
]);

const MONTHS_AND_DAYS = new Set(
  `january february march april may june july august september october november december sept
    monday tuesday wednesday thursday friday saturday sunday
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    lunes martes miércoles jueves viernes sábado domingo
    januar jänner februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
    sonnabend
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì
    janeiro fevereiro março maio junho julho setembro outubro novembro dezembro segunda-feira terça-feira
    quarta-feira quinta-feira sexta-feira
    январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр понедельник вторник сред четверг
    пятниц суббот воскресень май мая маю мае`.split(/\s+/),
);
/** Months that are also names ("Theresa May"): months only beside a number or after a word of time. */
const NAME_LIKE_MONTHS = new Set(['may', 'june', 'april', 'august', 'julio', 'domingo', 'mai', 'junho']);
const MONTH_CONTEXT =
  /(?:\b(?:in|on|since|until|by|from|through|early|late|mid|last|next|this|of|en|de|im|am|à)[^\S\n]+$|\d[^\S\n]*$)/iu;

/** Particles inside a name: "Ursula von der Leyen", "Mohammed bin Salman", "Luiz Inácio Lula da Silva". */
export const PARTICLES = new Set(
  "de da do dos das del della di du van von der den ter ten zu bin ibn bint ben al d'".split(' '),
);

/**
 * English nationality words compromise's lexicon may lack ("British Ports" is no one's name); those in "-ish" are a
 * closed list, so a given name such as "Hamish" or "Parrish" is not taken for one.
 */
const DEMONYMS = new Set(
  `british english welsh dutch swiss thai greek czech french irish scottish spanish danish swedish finnish polish
    turkish kurdish flemish cornish jewish moorish yiddish amish`.split(/\s+/u),
);

/** Articles: a run right after one is not a person ("the State Department", "la Maison Blanche"). */
const ARTICLES = new Set(
  `the le la les l' un une el los las una der die das den dem des ein eine einer einem eines il lo gli uno`.split(
    /\s+/,
  ),
);

/**
 * True for an East Asian name, family name first: a common family name, then one or two short given-name words
 * ("Park Eun-ha", "Huang Meiling", "Yoon Suk Yeol", "Ли Чжэ Хун"); or a short word and one given name of two romanised
 * syllables joined by a hyphen, as Korean names are written ("Oh Sung-min").
 */
export function eastAsianName(words: readonly string[]): boolean {
  const [first, ...given] = words;
  if (first === undefined || given.length === 0 || given.length > 2) return false;
  // In capitals, as a transcript's label writes it, the syllable after the hyphen comes back capitalised ("Yoon-Seok").
  if (given.length === 1 && first.length <= 5 && /^\p{Lu}\p{Ll}{1,4}-\p{L}\p{Ll}{1,4}$/u.test(given[0] as string))
    return true;
  if (!EAST_ASIAN_FAMILY.has(first)) return false;
  const cyrillic = CYRILLIC_WORD.test(first.toLowerCase());
  const shape = cyrillic ? /^\p{Lu}\p{Ll}{0,5}$/u : /^\p{Lu}\p{Ll}{0,6}(?:-\p{Ll}{1,6})?$/u;
  return given.every((w) => shape.test(w)) && given.join('').length <= 10;
}

/**
 * Russian and Ukrainian given names as English, French and German news spell them, where compromise's lexicon (English
 * names) lacks them: "Sergueï Choïgou", "Iouri Ouchakov", "Dmytro Kuleba". Diacritics folded.
 */
const SLAVIC_GIVEN_NAMES_LATIN = new Set(
  `sergei sergey serguei sergej dmitri dmitry dmitrij dmytro iouri yuri youri juri nikolai nikolay mikhail michail
  alexei alexey aleksei aleksey alexej andrei andrey andrej evgueni evgeny yevgeny jewgeni vassili vasily wassili
  guennadi gennady anatoli anatoly valeri valery viatcheslav vyacheslav volodymyr oleksandr oleksiy oleksii petro
  iossif iosif ramzan kirill konstantin maxim maksim pavel piotr pyotr fiodor fyodor vladislav stanislav oleg igor
  ilia ilya boris grigori grigory leonid arkadi arkady timofei ievgueni denis roman tatiana tatyana ioulia yulia
  elena ielena natalia natalya olga svetlana irina ekaterina iekaterina ksenia xenia
  taras bohdan mykola mykhailo andrii andriy serhii serhiy yurii vasyl ihor yaroslav ostap artem artyom vadym vadim
  oksana olena iryna kateryna halyna tetiana yuliia`.split(/\s+/),
);

/**
 * Frequent French, Spanish, German and Italian given names compromise's lexicon lacks (it has "Pierre", not "Jean",
 * "Hervé" or "Jürgen"). Diacritics folded.
 */
const EUROPEAN_GIVEN_NAMES_LATIN = new Set(
  `jean baptiste yves herve thierry didier benoit remi gilles serge cyril loic gael yann ronan killian maxime
  veronique sandrine segolene solene maelle gwenaelle ludivine aurelie delphine
  inigo aitor unai pilar begona montserrat nuria
  jurgen uwe horst helmut dietmar detlef torsten annalena ulrike heike
  giorgia chiara giacomo gianluca gianni pierluigi`.split(/\s+/),
);

/** Case endings of Russian words, longest first (as mention matching strips them). */
const CYRILLIC_ENDINGS = [
  ...['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ой', 'ей', 'ом', 'ем', 'ём', 'ую', 'ию'],
  ...['ия', 'ии', 'ая', 'яя', 'юю', 'ам', 'ям', 'ах', 'ях', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ый', 'ий', 'ое', 'ее'],
  ...['ов', 'ев', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й'],
];
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]+$/u;

/** A word's keys: itself, and a Russian word without each case ending it carries (stems of three letters or more). */
function keysOf(lower: string): string[] {
  if (!CYRILLIC_WORD.test(lower)) return [lower];
  const keys = [lower];
  for (const e of CYRILLIC_ENDINGS)
    if (lower.endsWith(e) && lower.length - e.length >= 3) keys.push(lower.slice(0, -e.length));
  return keys;
}
const shortestKey = (lower: string) => keysOf(lower).reduce((a, b) => (b.length < a.length ? b : a));
const hasKey = (set: ReadonlySet<string>, lower: string) => keysOf(lower).some((k) => set.has(k));

/** A man's surname in an oblique case that no woman's surname takes in any case ("Соколовского", "Ивановым"). */
const MAN_OBLIQUE_SURNAME = /(?:ск|цк)(?:ого|ому|им|ом)$|(?:ов|ев|ёв|ин|ын)(?:ым|ом)$/u;

/** A masculine noun's endings in each oblique case (a person in the accusative as in the genitive). */
const CASE_ENDINGS: Record<ObliqueCase, string[]> = {
  genitive: ['а', 'я'],
  dative: ['у', 'ю'],
  accusative: ['а', 'я'],
  instrumental: ['ом', 'ем', 'ём'],
  prepositional: ['е'],
};

/** Surname endings in an oblique case and their nominative, by the given name's gender ("Лаврова" → "Лавров"). */
const SURNAME_NOMINATIVE: Record<'masculine' | 'feminine', [RegExp, string][]> = {
  masculine: [
    [/(ов|ев|ёв|ин|ын)(?:а|у|ым|е)$/u, '$1'],
    [/(ск|цк)(?:ого|ому|им|ом)$/u, '$1ий'],
  ],
  feminine: [
    [/(ов|ев|ёв|ин|ын)(?:ой|у)$/u, '$1а'],
    [/(ск|цк)(?:ой|ую)$/u, '$1ая'],
  ],
};

/**
 * A Russian name as found in an oblique case, in the nominative, where its given name tells the case and the gender
 * (`givenReadings`): "Марии Захаровой" → "Мария Захарова", "Андрея Соколовского" → "Андрей Соколовский", "Сергея
 * Шойгу" → "Сергей Шойгу" (a surname that does not decline stays). Any other name is returned as found.
 */
export function russianNominative(name: string): string {
  const words = name.split(' ');
  const [first, ...rest] = words;
  if (!first || rest.length === 0 || !words.every((w) => CYRILLIC_WORD.test(w.toLowerCase()))) return name;
  // A given name that reads as a nominative is one already ("Александра", a woman's name, as much as the genitive of
  // "Александр"), unless the surname after it can only be a man's in an oblique case ("Александра Соколовского").
  const readings = givenReadings(first.toLowerCase());
  const reading = readings.find((r): r is GivenReading & { gcase: ObliqueCase } => r.gcase !== 'nominative');
  const last = rest.at(-1) as string;
  if (!reading) return name;
  if (readings.some((r) => r.gcase === 'nominative') && !MAN_OBLIQUE_SURNAME.test(last)) return name;
  const { nominative, gcase } = reading;
  const gender = reading.sex === 'female' ? 'feminine' : 'masculine';
  const surname = (word: string) => {
    for (const [pattern, replacement] of SURNAME_NOMINATIVE[gender]) {
      if (pattern.test(word)) return word.replace(pattern, replacement);
    }
    // A man's surname whose stem ends in a consonant takes an ending of the case his given name is in
    // ("Дональдом Трампом" → "Дональд Трамп", "Григорием Аном" → "Григорий Ан").
    const consonant = /[бвгджзклмнпрстфхцчшщ]$/u;
    const surnameEnding = CASE_ENDINGS[gcase].find((e) => word.toLowerCase().endsWith(e));
    if (gender === 'masculine' && surnameEnding) {
      const stem = word.slice(0, word.length - surnameEnding.length);
      if (consonant.test(stem.toLowerCase())) return stem;
    }
    return word;
  };
  const given = first.charAt(0) + nominative.slice(1);
  // A patronymic between them declines as regularly: "Павловичем" → "Павлович", "Юрьевны" → "Юрьевна".
  const patronymic = (word: string) =>
    word.replace(/(ович|евич|ич)(?:а|у|ем|ём|е)$/u, '$1').replace(/(овн|евн|ичн|иничн)(?:ы|е|у|ой|ою)$/u, '$1а');
  // A given name and a patronymic with no surname, as Russians address someone: "Анны Сергеевны" → "Анна Сергеевна".
  const lastName = PATRONYMIC.test(last) ? patronymic(last) : surname(last);
  return [given, ...rest.slice(0, -1).map(patronymic), lastName].join(' ');
}

const ROLE_KEYS = new Set([...ROLE_WORDS].map(shortestKey));
const KINSHIP_KEYS = new Set([...KINSHIP_WORDS].map(shortestKey));

type Lexicon = Record<string, string | string[] | undefined>;
/** compromise's lexicon: tags of known words, first names and places among them. Loaded once with compromise. */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;

function lexiconTags(lower: string): string[] {
  const tags = LEXICON[lower] ?? LEXICON[lower.normalize('NFKD').replace(/\p{M}+/gu, '')];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}
const NAME_TAGS = /^(?:Person|FirstName|MaleName|FemaleName|LastName|Honorific)$/;
const PLACE_TAGS = /^(?:Country|City|Region|Place)$/;
const isFirstName = (lower: string) => lexiconTags(lower).some((t) => /^(?:FirstName|MaleName|FemaleName)$/.test(t));
/** A word the lexicon knows as something other than a name or a place ("brown", "military"). */
export const isCommonWord = (lower: string) => {
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.test(t) || PLACE_TAGS.test(t) || t === 'ProperNoun');
};

const WORD =
  /[ldLD]['’](?=\p{L})|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]*(?:['’.\-‐‑][\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]*)*/gu;
/** Characters a scraped word may carry unseen (soft hyphen, zero-width space and joiners, word joiner). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;
const NAME_WORD =
  /^(?:(?:al|el|ad|ar|as|ash|at|az|ud|ul|bin|ibn|abu|d|l)['’-])?[\p{Lu}](?:[\p{L}\p{M}]|['’-][\p{L}\p{M}])*$/u;
const LATIN_OR_CYRILLIC = /^(?:[^\p{L}]*)[\p{Script=Latin}\p{Script=Cyrillic}]/u;
/** "Moscow-based", "Kremlin-backed": a capitalised word that is an adjective. */
const COMPOUND_ADJECTIVE =
  /-(?:based|led|backed|born|made|style|era|linked|run|owned|controlled|friendly|affiliated|bound)$/u;
/** "Korea's", "Jones'": a possessive ends a name. */
const POSSESSIVE = /['’]s?$/u;

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  const re = WORD;
  re.lastIndex = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const end = m.index + m[0].length;
    // The word's shape, for every test on it; offsets keep pointing into the body as it is.
    const text = m[0].replace(INVISIBLE, '').replace(/[‐‑]/g, '-');
    tokens.push({
      text,
      lower: text.toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end,
      index: tokens.length,
      dot: body[end] === '.',
      // Only a capitalised word's place in its sentence matters.
      sentenceStart: /^\p{Lu}/u.test(m[0]) && opensSentence(body, m.index),
    });
  }
  return tokens;
}

/** True when position `at` opens a sentence, a line or a quotation: nothing but its capital says it is a name. */
function opensSentence(body: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[^\S\n]|[«"“„‘'([—–•*-]/u.test(body[i] as string)) i--;
  if (i < 0 || body[i] === '\n') return true;
  // "… worried.” And Blinken": a quotation that ends its sentence ends it before its closing mark.
  while (i > 0 && /[”’»)\]]/u.test(body[i] as string)) i--;
  if (!/[.!?…:]/u.test(body[i] as string)) return false;
  if (body[i] !== '.') return true;
  // "Mr. Kim", "U.S. President", "John F. Kennedy": the full stop belongs to the word before it.
  const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  return !(isTitleAbbreviation(`${before}.`) || /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u.test(before));
}

const isCapitalisedToken = (t: Token) => NAME_WORD.test(t.text) && LATIN_OR_CYRILLIC.test(t.text);
const isAllCapitals = (t: Token) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
const isAcronym = (t: Token) => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){1,3}\p{Lu})$/u.test(t.text);
const isInitial = (t: Token) => /^\p{Lu}$/u.test(t.text) && t.dot;
/** A word that keeps the full stop after it: an initial, an abbreviated title, an acronym such as "U.S.". */
const keepsDot = (t: Token) => isInitial(t) || isTitleAbbreviation(`${t.text}.`) || /\./.test(t.text);
/** A capitalised word that is a name's, not an acronym: "Kim", "Jong-un", "O'Neil", "al-Assad". */
const isNameWord = (t: Token) =>
  isCapitalisedToken(t) && !isAllCapitals(t) && !/\p{N}/u.test(t.text) && !COMPOUND_ADJECTIVE.test(t.lower);

interface Rules {
  /** A reporting verb after the name, with up to three lower-case words or an apposition between. */
  after: RegExp;
  /** A reporting verb (after a quote or comma) or "according to" right before the name. */
  inverted: RegExp;
  /** A word that is a reporting verb by itself: it ends a run ("Kim Jong Un Says"). */
  verb: RegExp;
  appositive: RegExp;
  stopwords: ReadonlySet<string>;
}

const rulesCache = new Map<string, Rules>();

/** The page's language's cues; every supported language's when the page's is unknown or unsupported. */
function rulesFor(language: string | null): Rules {
  const key = language && (LANGUAGES as readonly string[]).includes(language) ? language : '*';
  const cached = rulesCache.get(key);
  if (cached) return cached;
  const langs = key === '*' ? LANGUAGES : [key as Language];
  // The lists are wrapped over lines: a line break and its indentation are not part of a verb.
  const alt = (map: Partial<Record<Language, string>>) =>
    langs.flatMap((l) => map[l]?.replace(/\s*\n\s*/g, '') ?? []).join('|') || '(?!)';
  const spaced = (source: string) => source.replace(/ /g, '[^\\S\\n]+');
  const verbs = spaced(alt(VERBS_AFTER));
  const rules: Rules = {
    // Up to three lower-case words, or an apposition between commas, between the name and the verb; or the comma
    // that closes an apposition the name ends ("le conseiller fédéral Ignazio Cassis, a affirmé").
    after: new RegExp(
      `^(?:[^\\S\\n]*,[^,.;!?\\n]{1,100},|[^\\S\\n]*,)?(?:[^\\S\\n]+\\p{Ll}[\\p{Ll}'’-]*){0,3}?[^\\S\\n]+(?<verb>${verbs})(?![\\p{L}\\p{N}])`,
      'u',
    ),
    inverted: new RegExp(
      `(?:(?<![\\p{L}\\p{N}])(?<according>${spaced(alt(ACCORDING))})|[,:;«»"“”„—–][^\\S\\n]*(?:[—–][^\\S\\n]*)?(?<verb>${spaced(alt(VERBS_INVERTED))})|(?<![\\p{L}\\p{N}])(?<second>${alt(VERBS_SECOND)}))[^\\S\\n]+$`,
      'iu',
    ),
    verb: new RegExp(`^(?:${verbs})$`, 'u'),
    appositive: /^[^\S\n]*,[^\S\n]*([^,.;:!?()\n]{1,80})/u,
    stopwords: new Set(
      (key === '*' ? LANGUAGES : [key]).flatMap((l) => [...(stopwordsFor(l) ?? [])]).filter((w) => !PARTICLES.has(w)),
    ),
  };
  rulesCache.set(key, rules);
  return rules;
}

/** A run of capitalised words (with the particles, initials and abbreviated titles among them) on one line. */
type Run = Token[];

function isMonthOrDay(body: string, t: Token): boolean {
  if (!hasKey(MONTHS_AND_DAYS, t.lower)) return false;
  // Russian writes months and weekdays in lower case: a capitalised one inside a sentence is a name ("Марта").
  if (CYRILLIC_WORD.test(t.lower)) return t.sentenceStart || !/^\p{Lu}/u.test(t.text);
  if (!NAME_LIKE_MONTHS.has(t.lower)) return true;
  return (
    MONTH_CONTEXT.test(body.slice(Math.max(0, t.start - 12), t.start)) ||
    /^[^\S\n]*\d/u.test(body.slice(t.end, t.end + 3))
  );
}

/** A pronoun and its verb in one word, never part of a name: "I'm Rachel Dunmore", "It's Kim". */
const PRONOUN_CONTRACTION = /^(?:i|you|we|he|she|it|they|that)['’](?:m|re|s|d|ll|ve)$/iu;

/** Runs of capitalised words; months, weekdays, hashtags and handles break them, as does a possessive. */
function findRuns(body: string, tokens: readonly Token[], rules: Rules, known: readonly Span[] = []): Run[] {
  // A known name breaks a run: "Республики Корея Ли Чжэ Хун", "сестра Ким Чен Ына Ким Ё Чжон".
  const sorted = [...known].sort((a, b) => a.start - b.start);
  let k = 0;
  const isKnown = (t: Token) => {
    while (k < sorted.length && (sorted[k] as Span).end <= t.start) k++;
    const span = sorted[k];
    return span !== undefined && span.start < t.end;
  };
  const runs: Run[] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length > 0 && PARTICLES.has((run.at(-1) as Token).lower)) run.pop();
    // "Hanna Vogelsang von der Stiftung Wissenschaft", "Pierre Dupont de l'Institut Montaigne": a particle before an
    // institution is a preposition, and parts a person from where they work.
    const cut = run.findIndex(
      (t, i) =>
        i > 0 &&
        PARTICLES.has(t.lower) &&
        run.slice(i + 1).some((w) => ORGANIZATION_WORDS.has(w.lower.replace(/^[dl]['’]/u, ''))),
    );
    if (cut > 0) {
      const rest = run.slice(cut);
      run = run.slice(0, cut);
      while (rest.length > 0 && PARTICLES.has((rest[0] as Token).lower)) rest.shift();
      close();
      run = rest;
    }
    // "губернатор Приморья Олег Николаевич Кожемяко": a given name and a patronymic open a name, whatever stands
    // before them in capitals; so does a Russian given name before a surname after a Cyrillic word ("губернатор
    // Приморья Олег Кожемяко", "университета имени Невельского Вера Пак").
    const named = run.findIndex(
      (t, i) =>
        i > 0 &&
        isGivenName(t.lower) &&
        !isGivenName(run[i - 1]?.lower ?? '') &&
        (PATRONYMIC.test(run[i + 1]?.text ?? '') ||
          (givenNominative(t.lower) && i + 1 < run.length && CYRILLIC_WORD.test(run[i - 1]?.lower ?? ''))),
    );
    if (named > 0) runs.push(run.slice(0, named));
    if (run.length > 0) runs.push(named > 0 ? run.slice(named) : run);
    run = [];
  };
  for (const t of tokens) {
    const prev = run.at(-1);
    const gap = prev ? body.slice(prev.end, t.start) : '';
    const joined =
      prev !== undefined &&
      (/^[^\S\n]{1,3}$/.test(gap) ||
        (prev.dot && keepsDot(prev) && /^\.[^\S\n]{0,3}$/.test(gap)) ||
        (prev.lower === "d'" && gap === ''));
    if (prev && !joined) close();
    if (isKnown(t)) {
      close();
      continue;
    }
    const marked = /[#@]$/.test(body.slice(Math.max(0, t.start - 1), t.start));
    const member =
      !marked &&
      (isCapitalisedToken(t) || isAcronym(t) || isInitial(t)) &&
      !isMonthOrDay(body, t) &&
      !rules.verb.test(t.lower) &&
      !PRONOUN_CONTRACTION.test(t.text);
    if (member) {
      run.push(t);
      if (POSSESSIVE.test(t.text)) close();
    } else if (PARTICLES.has(t.lower) && run.length > 0) {
      run.push(t);
    } else close();
  }
  close();
  return runs.filter((r) => r.some((t) => isCapitalisedToken(t) || isAcronym(t)));
}

interface Found {
  type: CandidateName['type'];
  start: number;
  end: number;
  evidence: string[];
  /** Higher wins an overlap: cued persons, then organisations and places, then lone titled names. */
  rank: number;
  /** A lone titled word: kept only when no fuller name holds it. */
  lone?: string;
  /** The name as listed, when it is not the surface: a transcript's label in capitals ("MARC-ANTOINE DELORME"). */
  name?: string;
}

/** An age in apposition right after a name, in the languages news writes it: ", 41," ", 41 ans," ", 41 года,". */
const AGE_AFTER =
  /^[^\S\n]*,[^\S\n]*((?:[1-9]\d?)(?:[^\S\n]+(?:ans?|years?(?:[^\S\n]+old)?|años|Jahre|anni|лет|года?))?)[^\S\n]*[,)]/u;

/** The span of tokens `from..to` (inclusive), a trailing possessive left out. */
function spanOf(from: Token, to: Token): Span {
  const possessive = /['’]s$/.test(to.text) ? 2 : /s['’]$/.test(to.text) ? 1 : 0;
  return { start: from.start, end: to.end - possessive };
}

function roleBefore(body: string, tokens: readonly Token[], t: Token): string | null {
  const prev = tokens[t.index - 1];
  if (!prev || !/^[^\S\n]+$/.test(body.slice(prev.end, t.start))) return null;
  const bare = prev.lower.replace(/^(?:l|d)['’]/, '');
  return hasKey(ROLE_KEYS, bare) ? prev.text : null;
}

function appositiveRole(body: string, end: number, rules: Rules): string | null {
  const m = rules.appositive.exec(body.slice(end, end + 100));
  if (!m) return null;
  const words = (m[1] as string).match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  for (const word of words.slice(0, 5)) {
    const lower = word.toLowerCase().replace(/^(?:l|d)['’]/, '');
    if (isTitleAbbreviation(word)) return null;
    if (hasKey(ROLE_KEYS, lower) || isTitleWord(lower)) return word;
  }
  return null;
}

function reportingAfter(body: string, end: number, rules: Rules): string | null {
  return rules.after.exec(body.slice(end, end + 160))?.groups?.verb ?? null;
}

function reportingBefore(body: string, start: number, rules: Rules): string | null {
  const groups = rules.inverted.exec(body.slice(Math.max(0, start - 60), start))?.groups;
  return groups?.according ?? groups?.verb ?? groups?.second ?? null;
}

/** A generic place word right after the name or right before it: "Kim Il Sung Square", "place Kim Il-sung". */
function inPlaceName(body: string, tokens: readonly Token[], first: Token, last: Token): boolean {
  let i = last.index + 1;
  while (tokens[i] && PLACE_QUALIFIERS.has((tokens[i] as Token).lower)) i++;
  const after = tokens[i];
  if (
    after &&
    /^\p{Lu}/u.test(after.text) &&
    /^[^\S\n]+$/.test(body.slice((tokens[i - 1] as Token).end, after.start))
  ) {
    if (hasKey(PLACE_GENERIC, after.lower.replace(/\.$/, ''))) return true;
  }
  let j = first.index - 1;
  if (tokens[j] && /^(?:de|del|di|do|da)$/.test((tokens[j] as Token).lower)) j--;
  const before = tokens[j];
  // "эксперт университета Марина Юрьевна Ткач", "доцент университета Ольга Бережная": a name with a patronymic, or
  // with a given name that can only be a nominative, names no place; a place takes the genitive ("улица Радищева").
  return (
    before !== undefined &&
    hasKey(PLACE_GENERIC, before.lower) &&
    !NOMINATIVE_PATRONYMIC.test(body.slice(first.start, last.end)) &&
    !onlyNominativeGiven(first.lower) &&
    /^[^\S\n]+$/.test(body.slice(before.end, (tokens[j + 1] as Token).start))
  );
}

interface PageFacts {
  body: string;
  tokens: readonly Token[];
  rules: Rules;
  english: boolean;
  /** Lower-case forms the page writes in lower case somewhere. */
  lowerSeen: ReadonlySet<string>;
  /** Lower-case forms the page capitalises inside a sentence. */
  capitalisedInside: ReadonlySet<string>;
  /** compromise's people, as token index ranges (English). */
  people: readonly Span[];
  /** Keys of the words of every name of two or more words the page writes (titles left out), filled by `personIn`. */
  fuller: Set<string>;
  /** The title before each position asked about: runs are read twice in English. */
  titles: Map<number, TitleSpan | null>;
  /** Spans where a known person's family name stands alone (linked by context or left open). */
  familyNames: readonly Span[];
  /** Runs right before a known name, with only spaces between: a title of that name if a title word ends them. */
  beforeKnown: ReadonlySet<Run>;
  /** Capitalised words the page writes right after an honorific ("Mr. Nebenzia"), lower case, with the honorific. */
  honoured: ReadonlyMap<string, string>;
}

/**
 * The gender a name's first word says, where a list knows it as a given name: compromise's men's and women's names,
 * or a Russian one in any case, by the sex the Russian list gives it. Null for a word no list knows, or both, and for
 * an East Asian family name.
 */
export function givenNameGender(word: string): Gender | null {
  const lower = word.toLowerCase();
  // "Kim Jong Un", "Ким Ке Гван": an East Asian name opens with the family name.
  if (EAST_ASIAN_FAMILY.has(word)) return null;
  if (CYRILLIC_WORD.test(lower)) {
    // Every reading must agree: "Валентина" is a woman's name, or a man's ("Валентин") in the genitive.
    const readings = new Set(givenReadings(lower).map((r) => r.sex));
    return readings.size === 1 ? ([...readings][0] as Gender) : null;
  }
  const tags = lexiconTags(lower);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? null : male ? 'male' : 'female';
}

/**
 * A given name the lexicons know: compromise's first names (accents folded), a frequent Slavic or European one it
 * lacks, or a common Russian one in any case; or two of them joined by a hyphen.
 */
export function isGivenName(lower: string): boolean {
  // "Jean-Baptiste", "Marc-Antoine", "Anne-Marie": a compound of given names; "Mi-kyung", "Seon-hwa": two romanised
  // Korean syllables, as Korean given names are written.
  const parts = lower.split(/[-‐‑]/u);
  if (parts.length === 2 && twoKoreanSyllables(lower)) return true;
  if (parts.length === 2 && parts.every((p) => p.length >= 2)) return parts.every(isGivenName);
  if (CYRILLIC_WORD.test(lower)) return givenReadings(lower).length > 0;
  const folded = lower.normalize('NFKD').replace(/\p{M}+/gu, '');
  return isFirstName(lower) || SLAVIC_GIVEN_NAMES_LATIN.has(folded) || EUROPEAN_GIVEN_NAMES_LATIN.has(folded);
}

/**
 * True for a person's name that is a given name alone ("Théo", "Артём"): a page may name a relative or a reader so,
 * but the same word on another page is anyone of that name, or a town ("Артём" in Primorye).
 */
export function isLoneGivenName(name: string): boolean {
  const word = name.trim();
  return !/\s/u.test(word) && isGivenName(word.toLowerCase());
}

/** True when a word reads as two romanised Korean syllables written together ("junho", "jaehyun", "minji"). */
function twoKoreanSyllables(lower: string): boolean {
  const parts = lower.split(/[-‐‑]/u);
  if (parts.length === 2) return parts.every((p) => KOREAN_SYLLABLE.test(p));
  for (let i = 1; i < lower.length; i++) {
    if (KOREAN_SYLLABLE.test(lower.slice(0, i)) && KOREAN_SYLLABLE.test(lower.slice(i))) return true;
  }
  return false;
}

/**
 * A syllable of Korean in its usual romanisations: initial consonants, a vowel, a final consonant ("kyung", "hwa"),
 * with the older spellings of vowels names keep ("Soo-jin", "Hee-young", "Joon-ho").
 */
const KOREAN_SYLLABLE =
  /^(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj){0,2}(?:a|ae|e|ee|eo|eu|i|o|oe|oo|ou|u|ui|ya|yae|ye|yeo|yo|yu|wa|wae|we|wo|wi)(?:n|ng|k|l|m|p|t)?$/u;

const isTitleOrRole = (t: Token) => isTitleWord(t.text) || hasKey(ROLE_KEYS, t.lower.replace(/^(?:l|d)['’]/, ''));

/**
 * A title or role that opens the phrase a name stands in apposition to, with its complement: "le ministre de
 * l'Unification, Kim Yung-ho", "the head of the agency, Jane Doe"; in Russian, with no comma, a role and its
 * complement in lower case ("основатель государства Ким Ир Сен", "министр иностранных дел Сергей Лавров").
 */
function titlePhraseBefore(facts: PageFacts, first: Token): string | null {
  const { body, tokens, rules } = facts;
  const gap = (a: Token, b: Token) => body.slice(a.end, b.start);
  const prev = tokens[first.index - 1];
  if (!prev) return null;
  if (/^[^\S\n]*,[^\S\n]*$/u.test(gap(prev, first))) {
    // The phrase runs back to the clause's start: its first words past an article must hold the title.
    let k = first.index - 1;
    const phrase: Token[] = [];
    while (k >= 0 && phrase.length < 9) {
      const t = tokens[k] as Token;
      phrase.unshift(t);
      const before = tokens[k - 1];
      if (!before || !/^[^\S\n]*$/u.test(gap(before, t).replace(/['’]/gu, ''))) break;
      k--;
    }
    if (phrase.length >= 9 || (phrase[0] && !opensClauseAt(body, phrase[0].start))) return null;
    const opening = phrase.filter((t) => !ARTICLES.has(t.lower) && !['a', 'an'].includes(t.lower)).slice(0, 3);
    return opening.find((t) => /^\p{Ll}/u.test(t.text) && isTitleOrRole(t))?.text ?? null;
  }
  if (!CYRILLIC_WORD.test(first.lower)) return null;
  for (let k = first.index - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (!/^[^\S\n]+$/u.test(gap(t, next)) || !CYRILLIC_WORD.test(t.text) || !/^\p{Ll}/u.test(t.text)) return null;
    if (isTitleOrRole(t)) return t.text;
    if (rules.stopwords.has(t.lower)) return null;
  }
  return null;
}

/** True when `at` opens a clause: after a sentence's start, a comma, a semicolon, a colon, a bracket or a dash. */
function opensClauseAt(body: string, at: number): boolean {
  return opensSentence(body, at) || /[,;:(—–][^\S\n]*$/u.test(body.slice(Math.max(0, at - 4), at));
}

function titleAt(facts: PageFacts, at: number): TitleSpan | null {
  let title = facts.titles.get(at);
  if (title === undefined) {
    title = titleBefore(facts.body, at);
    facts.titles.set(at, title);
  }
  return title;
}

/**
 * True when a two-word name opens with a role, perhaps also a given name ("Dean", "Judge"), and the page writes its
 * second word after a given name ("Margaret Kwon"): the first word is then the role.
 */
function roleAsGivenName(facts: PageFacts, [first, last]: readonly Token[]): boolean {
  if (!first || !last || !(isRoleNoun(first.lower) || isTitleOrRole(first))) return false;
  return facts.tokens.some((t) => {
    if (t.lower !== last.lower || t.start === last.start) return false;
    const given = facts.tokens[t.index - 1];
    return (
      given !== undefined &&
      given.lower !== first.lower &&
      /^\p{Lu}/u.test(given.text) &&
      isGivenName(given.lower) &&
      /^[^\S\n]+$/u.test(facts.body.slice(given.end, t.start))
    );
  });
}

/** Nouns for a news outlet or an agency, before its name or in apposition after it: "le quotidien …", "…, quotidien". */
const OUTLET_WORDS = new Set(
  `quotidien quotidienne journal hebdomadaire mensuel magazine agence chaîne radio site média diario periódico
    semanario revista agencia cadena emisora zeitung tageszeitung wochenzeitung magazin agentur sender quotidiano
    giornale settimanale agenzia emittente jornal`.split(/\s+/),
);
/** Definite articles before a name in the languages other than English, elided or joined to a preposition. */
const DEFINITE_BEFORE =
  /(?:^|[^\p{L}])(?:le|la|les|l['’]|du|au|des|aux|el|los|las|del|al|der|die|das|den|dem|il|lo|gli|dello|della|nel|nella)[^\S\n]*$/iu;

/**
 * An outlet or a body outside English: a run of up to three capitalised words after a definite article, not a person
 * by any rule, with a word for an outlet right before it or in apposition after it, or, for two words or more, a
 * reporting verb after it ("le Chosun Ilbo, quotidien conservateur", "le quotidien Hankyoreh", "Le Yomiuri Shimbun
 * juge que").
 */
function outletIn(facts: PageFacts, whole: Run): Found | null {
  const { body, tokens, rules } = facts;
  // "Le Yomiuri Shimbun juge" opening a sentence: the article is no part of the name.
  const run = ARTICLES.has(whole[0]?.lower ?? '') ? whole.slice(1) : whole;
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return null;
  if (run.length > 3 || run.some((t) => isTitleWord(t.text) || isHonorific(t.text) || isAcronym(t))) return null;
  const before = body.slice(Math.max(0, first.start - 12), first.start);
  const article = DEFINITE_BEFORE.exec(before);
  const prev = tokens[first.index - 1];
  const named = prev && OUTLET_WORDS.has(prev.lower) && /^[^\S\n]+$/u.test(body.slice(prev.end, first.start));
  if (!article && !named) return null;
  // The article may open the sentence ("Le Yomiuri Shimbun juge"), never stand inside a name ("Marine Le Pen").
  if (article && /^[^\p{L}]*\p{Lu}/u.test(article[0]) && prev && !prev.sentenceStart) return null;
  // "le Russe estime": a nationality alone is someone of it.
  if (run.length === 1 && isNationalityWord(first.text)) return null;
  if (run.some((t) => facts.rules.stopwords.has(t.lower) || isPlaceWord(t.lower))) return null;
  const apposed = /^[^\S\n]*,[^\S\n]*(?:un[e]?[^\S\n]+|el[^\S\n]+|la[^\S\n]+|le[^\S\n]+|l['’])?([\p{L}]+)/u.exec(
    body.slice(last.end, last.end + 40),
  );
  const outletAfter = apposed !== null && OUTLET_WORDS.has((apposed[1] as string).toLowerCase());
  // A reporting verb alone needs a name of two words ("le Yomiuri Shimbun juge", not "les Parties conviennent").
  const verb = run.length >= 2 ? reportingAfter(body, last.end, rules) : null;
  if (!named && !outletAfter && !verb) return null;
  const why = named
    ? `"${prev?.text}" before`
    : outletAfter
      ? `"${apposed?.[1]}" in apposition`
      : `reporting verb "${verb}" after`;
  return {
    type: 'organization',
    ...spanOf(first, last),
    evidence: [`a name after a definite article; ${why}`],
    rank: 2,
  };
}

/** A line of a name in capitals, a comma and an office in capitals: "ROBERT WOOD, DEPUTY U.S. AMBASSADOR TO THE U.N." */
const CAPITALS_HEADING =
  /^[^\S\n]*(\p{Lu}[\p{Lu}'’-]+(?:[^\S\n]+\p{Lu}[\p{Lu}'’-]+){1,3}),[^\S\n]+(\p{Lu}[\p{Lu}\p{N}.'’-]*(?:[^\S\n]+[\p{Lu}\p{N}][\p{Lu}\p{N}.'’-]*){0,9})[^\S\n]*$/gmu;

/** The first word of a run that opens a sentence, kept only on evidence other than its capital. */
function keepsSentenceStart(facts: PageFacts, t: Token): boolean {
  if (facts.rules.stopwords.has(t.lower) || facts.lowerSeen.has(t.lower)) return false;
  if (facts.capitalisedInside.has(t.lower)) return true;
  if (CYRILLIC_WORD.test(t.lower)) return givenReadings(t.lower).length > 0;
  if (isFirstName(t.lower)) return true;
  return facts.english && facts.people.some((p) => p.start === t.index);
}

/** Why the name words `words` cannot be a person's, or null. */
function notAPerson(
  facts: PageFacts,
  words: readonly Token[],
  compromisePerson: boolean,
  eastAsian: boolean,
): string | null {
  // "Park Eun-ha", "Sung-min Park": an East Asian family name may spell a generic place word.
  const family = eastAsian ? [words[0], words.at(-1)] : [];
  for (const t of words) {
    if (PARTICLES.has(t.lower)) continue;
    const bare = t.lower.replace(/['’]s?$/, '');
    if (!isNameWord(t) && !isInitial(t)) return 'not a name word';
    if (ORGANIZATION_WORDS.has(bare)) return 'an institution';
    if (hasKey(PLACE_GENERIC, bare) && !(family.includes(t) && EAST_ASIAN_FAMILY.has(t.text))) return 'a place';
    if (isPlaceWord(bare) || DEMONYMS.has(bare)) return 'a nationality or place';
    if (facts.english) {
      const tags = lexiconTags(bare);
      if (tags.some((x) => x === 'Country' || x === 'Demonym' || x === 'Organization')) return 'a place';
      if (!compromisePerson && tags.some((x) => PLACE_TAGS.test(x))) return 'a place';
    }
  }
  // "Андрей Андреевич": a given name and a patronymic, with the family name left out, name no one in full.
  if (words.length === 2 && PATRONYMIC.test((words[1] as Token).text)) return 'a given name and patronymic';
  const phrase = words.map((t) => t.lower).join(' ');
  // A place or institution compromise's lexicon knows whole is one in any language's text ("Hong Kong").
  if (lexiconTags(phrase).some((x) => PLACE_TAGS.test(x) || x === 'Organization')) return 'a place';
  const titleOrStopword = (t: Token) =>
    facts.rules.stopwords.has(t.lower) || isTitleWord(t.text) || isTitleModifier(t.text) || PARTICLES.has(t.lower);
  if (words.every(titleOrStopword)) return 'titles and stopwords';
  return null;
}

const MAX_NAME_TOKENS = 6;

/** Conjunctions that may open a sentence, capitalised, before a name: never a name's first word. */
const CONJUNCTIONS = new Set('and but or then et mais ou puis donc pero und aber oder но или да'.split(' '));

/** A preposition of place right before a run: "в Находке", "in Nakhodka", "à Nakhodka". */
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:в|во|на|из|под|при|у|in|at|from|à|en|de|aus|im)[^\S\n]+$/iu;

/** The person a run names, or the lone titled word it holds, or null. */
function personIn(facts: PageFacts, run: Run): Found | null {
  const { body, tokens, rules } = facts;
  // The name follows the last title or role in the run (or the title before it); a name has at most four words
  // (and two particles), so a title further back leaves no name.
  let from = 0;
  let title: string | null = null;
  let role: string | null = null;
  const nearest = Math.max(0, run.length - MAX_NAME_TOKENS);
  for (let i = run.length - 1; i >= nearest && title === null && role === null; i--) {
    const t = run[i] as Token;
    const found = titleAt(facts, t.start);
    if (found) {
      title = found.text;
      from = i;
    } else {
      role = roleBefore(body, tokens, t);
      if (role) from = i;
    }
  }
  let words = run.slice(from);
  const opening = words[0];
  // "Ji-ho writes:": a given name alone opening its sentence stays, for the test of a lone given name below.
  const loneGiven = words.length === 1 && opening !== undefined && isGivenName(opening.lower);
  if (title === null && role === null && opening?.sentenceStart && !loneGiven && !keepsSentenceStart(facts, opening)) {
    // A word that opens the sentence before one other name word stays on evidence found later ("Oh Sung-min, a
    // researcher, said"): one word alone would need a title anyway.
    // Not in Russian, which capitalises only a sentence's first word ("Переговоры Путина").
    const plain =
      !CYRILLIC_WORD.test(opening.lower) &&
      !facts.rules.stopwords.has(opening.lower) &&
      !facts.lowerSeen.has(opening.lower) &&
      !(facts.english && isCommonWord(opening.lower));
    const eastAsianRun = eastAsianName(words.map((t) => t.text));
    if (!eastAsianRun && !(words.length === 2 && plain && !isTitleOrRole(opening))) words = words.slice(1);
  }
  // Particles, acronyms, any title word the title lexicon did not take and a conjunction opening a sentence the
  // splitter missed ("» Et Théo m'a dit") cannot open a name.
  while (
    words.length > 0 &&
    (PARTICLES.has((words[0] as Token).lower) ||
      isAcronym(words[0] as Token) ||
      isTitleWord((words[0] as Token).text) ||
      CONJUNCTIONS.has((words[0] as Token).lower))
  ) {
    words = words.slice(1);
  }
  while (words.length > 0 && (PARTICLES.has((words.at(-1) as Token).lower) || isInitial(words.at(-1) as Token))) {
    words = words.slice(0, -1);
  }
  // "Dean Kwon" after "the dean of the school, Margaret Kwon": a role before the family name of someone the page
  // names in full with a given name is that person's role.
  if (title === null && role === null && words.length === 2 && roleAsGivenName(facts, words)) {
    role = (words[0] as Token).text;
    words = words.slice(1);
  }
  // "консул КНДР в Находке Чо Сон Ир", "consul in Nakhodka Cho Son Il": a place after a preposition runs into an East
  // Asian name; the name is the part with its shape.
  const head = words[0];
  if (head && PLACE_PREPOSITION.test(body.slice(Math.max(0, head.start - 6), head.start)) && words.length >= 3) {
    const texts = words.map((t) => t.text);
    const cut = eastAsianName(texts)
      ? undefined
      : [...texts.keys()].slice(1, -1).find((k) => eastAsianName(texts.slice(k)));
    if (cut !== undefined) words = words.slice(cut);
  }
  // "в Казани Путин ответил": a Russian word after a preposition of place, and no given name in any case, is the place.
  const opener = words[0];
  if (
    opener &&
    words.length >= 2 &&
    CYRILLIC_WORD.test(opener.lower) &&
    afterPlacePreposition(body, opener.start) &&
    givenReadings(opener.lower).length === 0
  )
    words = words.slice(1);
  // "… for Terrorism and Financial Intelligence Marian K. Lowell": an office in title case runs into the name; the
  // name opens with the given name among its last four words.
  if (title === null && role === null && words.length > 4) {
    for (let i = words.length - 4; i < words.length - 1; i++) {
      if (!isGivenName((words[i] as Token).lower)) continue;
      words = words.slice(i);
      break;
    }
  }
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  if (words.length > MAX_NAME_TOKENS) return null;
  // "International Minister Sergey Lavrov": a run ending in a title word before a known name is that name's title.
  if (facts.beforeKnown.has(run) && (isTitleWord(last.text) || isTitleModifier(last.text))) return null;
  const count = words.filter((t) => !PARTICLES.has(t.lower)).length;
  if (count >= 2) for (const t of words) facts.fuller.add(shortestKey(t.lower.replace(/['’]s?$/, '')));
  if (count > 4) return null;
  const span = spanOf(first, last);
  const compromisePerson = facts.people.some((p) => p.start <= last.index && first.index <= p.end);
  const eastAsian = eastAsianName(words.map((t) => t.text));
  // "Junho Lee", "Sung-min Park": a Korean given name of two syllables before a Korean family name, Western order.
  const koreanOrder = count === 2 && EAST_ASIAN_FAMILY.has(last.text) && twoKoreanSyllables(first.lower);
  // "Товарищ Ли", "Mr Oh": a family name that spells a function word is a name after an honorific, inside a sentence.
  const honoured =
    count === 1 && title !== null && !first.sentenceStart && isHonorific(title.split(/\s+/).at(-1) ?? '');
  const why = notAPerson(facts, words, compromisePerson, eastAsian || koreanOrder);
  if (why && !(honoured && why === 'titles and stopwords')) return null;
  if (inPlaceName(body, tokens, first, last)) return null;
  const prev = tokens[first.index - 1];
  if (
    title === null &&
    prev &&
    ARTICLES.has(prev.lower.replace(/’/g, "'")) &&
    /^[^\S\n]*$/.test(body.slice(prev.end, first.start))
  ) {
    return null;
  }

  const evidence: string[] = [];
  if (compromisePerson) evidence.push('compromise: person');
  if (title) evidence.push(`title "${title}" before`);
  if (role) evidence.push(`role "${role}" before`);
  if (!title && !role) {
    const comma = /[^\S\n]*,[^\S\n]*$/u.exec(body.slice(Math.max(0, span.start - 4), span.start));
    const before = comma ? titleBefore(body, span.start - comma[0].length) : null;
    if (before) evidence.push(`title "${before.text}" before, comma`);
  }
  const inverted = reportingBefore(body, span.start, rules);
  if (inverted) evidence.push(`reporting verb "${inverted}" before`);
  const verb = reportingAfter(body, span.end, rules);
  if (verb) evidence.push(`reporting verb "${verb}" after`);
  const appositive = appositiveRole(body, span.end, rules);
  if (appositive) evidence.push(`appositive role "${appositive}" after`);
  // "Soo-jin Marchand, 41 ans,", "John Smith, 54, said": an age set off after the name.
  const age = count >= 2 ? AGE_AFTER.exec(body.slice(span.end, span.end + 30)) : null;
  if (age) evidence.push(`age "${(age[1] as string).trim()}" after`);
  if (count >= 2 && !title && !role) {
    const phrase = titlePhraseBefore(facts, first);
    if (phrase) evidence.push(`title "${phrase}" in the phrase before`);
    // A known person's family name first, with given names after it: a namesake ("Kim Yung-ho", "Ким Ир Сен"). A
    // family name last is no evidence ("Визит Путина" is a visit): a given name before it says more.
    const family = facts.familyNames.find((f) => f.start === span.start && f.end < span.end);
    if (family) evidence.push(`known family name "${body.slice(family.start, family.end)}" in it`);
    if (eastAsian && !words.slice(1).some((t) => isCommonWord(t.lower)))
      evidence.push('the shape of an East Asian name');
    // Outside English, which compromise reads, a known given name opening a short name ("Joe Biden", "Андрей Белов").
    if (!facts.english && count <= 3 && isGivenName(first.lower)) evidence.push(`given name "${first.text}"`);
    // "с Григорием Павловичем Аном": a patronymic in the middle, in any case, names a person.
    if (count === 3 && PATRONYMIC.test(words[1]?.text ?? '')) evidence.push(`patronymic "${words[1]?.text}"`);
    // "Junho Lee", "Jaehyun Yoo": a Korean given name of two syllables in one word, before a Korean family name.
    if (koreanOrder) evidence.push(`Korean given name "${first.text}" before family name "${last.text}"`);
    // "Vassily Nebenzia" where the page also writes "Mr. Nebenzia": the last word is a family name an honorific takes.
    const honorific = count <= 3 && !first.sentenceStart ? facts.honoured.get(last.lower) : undefined;
    if (honorific && !facts.honoured.has(first.lower))
      evidence.push(`honorific "${honorific}" before "${last.text}" elsewhere`);
  }

  if (count === 1) {
    // A word after a role may be its complement ("председатель Госсовета"): an honorific or a reporting verb says
    // it is a name.
    const honorific = title !== null && isHonorific(title.split(/\s+/).at(-1) ?? '');
    // A verb after a comma may belong to an apposition ("le ministre de la Défense, Shin Won-sik, a jugé").
    const verbRightAfter = verb !== null && !/^[^\S\n]*,/u.test(body.slice(span.end));
    // "my cousin Taras", "Мой муж Артём", "Ji-ho writes:": a known given name alone inside a sentence, after a word
    // of kinship or before a reporting verb, is how a page names a relative or a reader.
    const kin =
      prev !== undefined && /^[^\S\n]+$/u.test(body.slice(prev.end, first.start)) && hasKey(KINSHIP_KEYS, prev.lower);
    // Opening a sentence, only before its verb, and not a word the lexicon knows as a common one ("Will").
    // In Russian, in the nominative and not after a preposition of place ("в Риме заявил").
    const placed =
      (!first.sentenceStart || (verbRightAfter && !isCommonWord(first.lower))) &&
      !(CYRILLIC_WORD.test(first.lower) && (!givenNominative(first.lower) || afterPlacePreposition(body, first.start)));
    const given = placed && isGivenName(first.lower) && (kin || inverted || verbRightAfter);
    // "who asked us to use only his first name, Andrei", "who gave only his surname, Jung": the text says it is one.
    const namedAs = !title && NAME_NOUN_BEFORE.test(body.slice(Math.max(0, first.start - 30), first.start));
    if (namedAs) evidence.push('called by a name the text says it is');
    else if (given && !title) evidence.push(kin ? `given name after "${prev?.text}"` : `given name "${first.text}"`);
    if (!namedAs && !given && (!title || !isNameWord(first) || !(honorific || inverted || verbRightAfter))) return null;
    // "the hon. Gentleman", "my hon. Friend": the words a chamber addresses its members by.
    if (ADDRESS_NOUNS.has(first.lower)) return null;
    return { type: 'person', ...span, evidence, rank: 1, lone: first.lower };
  }
  if (evidence.length === 0) return null;
  // A run read from context alone, whose last word is an ordinary English word, is rarely a name ("Crimson Military");
  // an East Asian given name may spell one ("Hong Min").
  const lastWord = last.lower.replace(/['’]s?$/, '');
  const shaped = koreanOrder || (eastAsian && evidence.length > 0);
  if (facts.english && !compromisePerson && !shaped && isCommonWord(lastWord) && !isFirstName(first.lower)) return null;
  return { type: 'person', ...span, evidence, rank: 3 };
}

/** The index of the first token that ends after `offset`. */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Window {
  bodyStart: number;
  textStart: number;
  length: number;
}

/** What is read of compromise's views: each match's terms, with their offsets once computed. */
interface Matches {
  docs: { offset: { start: number; length: number } }[][];
}
interface TaggedView {
  compute(method: string | string[]): unknown;
  people(): Matches;
  organizations(): Matches;
  places(): Matches;
}

/**
 * compromise's steps after tokenising, up to tagging: its chunker and typeahead, which names do not need, are left
 * out (the chunker costs as much as the tagger).
 */
const TOKENIZED = new Set(['alias', 'normal', 'machine', 'contractions']);
const TAGGING = nlp.hooks().filter((hook) => !TOKENIZED.has(hook) && hook !== 'chunks' && hook !== 'typeahead');

/** How many words on each side of a run compromise reads: its names come from its lexicon and near neighbours. */
const CONTEXT_WORDS = 2;

/**
 * compromise's people, organisations and places in the text around the given runs (a window on one line, runs
 * inside known mentions left out), as token index ranges. The windows go to compromise as lines of one text.
 */
function compromiseLabels(
  body: string,
  tokens: readonly Token[],
  runs: readonly Run[],
  known: readonly Span[],
): { people: Span[]; organizations: Span[]; places: Span[] } {
  /** True when token `i` and the next are on one line. */
  const sameLine = (i: number) => !body.slice((tokens[i] as Token).end, (tokens[i + 1] as Token).start).includes('\n');
  const spans: Span[] = [];
  for (const run of runs) {
    const first = run[0] as Token;
    const last = run.at(-1) as Token;
    // A run of more than eight words is a headline in title case or a list, not one name.
    if (run.length > 8 || known.some((k) => k.start <= first.start && last.end <= k.end)) continue;
    let a = first.index;
    while (a > first.index - CONTEXT_WORDS && a > 0 && sameLine(a - 1)) a--;
    let b = last.index;
    while (b < last.index + CONTEXT_WORDS && b < tokens.length - 1 && sameLine(b)) b++;
    const start = (tokens[a] as Token).start;
    const end = Math.min((tokens[b] as Token).end + 1, body.length);
    const prev = spans.at(-1);
    if (prev && start <= prev.end && !body.slice(prev.end, start).includes('\n')) prev.end = Math.max(prev.end, end);
    else spans.push({ start, end });
  }
  const empty = { people: [], organizations: [], places: [] };
  if (spans.length === 0) return empty;
  const windows: Window[] = [];
  let text = '';
  for (const s of spans) {
    if (text) text += '\n';
    windows.push({ bodyStart: s.start, textStart: text.length, length: s.end - s.start });
    text += body.slice(s.start, s.end).replace(/\n/g, ' ');
  }
  const doc = nlp.tokenize(text) as unknown as TaggedView;
  doc.compute(TAGGING);
  doc.compute('offset');
  const toTokens = (matches: Matches): Span[] =>
    matches.docs.flatMap((terms) => {
      const head = terms[0]?.offset;
      const tail = terms.at(-1)?.offset;
      if (!head || !tail) return [];
      const w = windows.findLast((x) => x.textStart <= head.start);
      if (!w) return [];
      const start = w.bodyStart + head.start - w.textStart;
      const end = Math.min(w.bodyStart + tail.start + tail.length - w.textStart, w.bodyStart + w.length);
      if (body.slice(start, end) !== text.slice(head.start, head.start + end - start)) return [];
      const a = tokenIndexAt(tokens, start);
      let b = a;
      while (b + 1 < tokens.length && (tokens[b + 1] as Token).start < end) b++;
      return a < tokens.length && (tokens[a] as Token).start < end ? [{ start: a, end: b }] : [];
    });
  return {
    people: toTokens(doc.people()),
    organizations: toTokens(doc.organizations()),
    places: toTokens(doc.places()),
  };
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'du', 'des', 'la']);
const COMPASS =
  /^(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|central)$/;

/** An organisation or place compromise labelled, trimmed to its capitalised words, if its words bear it out. */
function institutionIn(facts: PageFacts, range: Span, label: 'organization' | 'place'): Found[] {
  const { body, tokens } = facts;
  // The name starts where its run of capitals does: compromise may read "Kim Il" as a person and leave "Sung
  // Military University" (the institution is named after him, and the name is the whole run).
  let from = range.start;
  for (let k = from - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (!/^[^\S\n]+$/.test(body.slice(t.end, (tokens[k + 1] as Token).start))) break;
    if (!isCapitalisedToken(t) || (t.sentenceStart && facts.rules.stopwords.has(t.lower)) || isTitleWord(t.lower))
      break;
    from = k;
  }
  // Split at punctuation: "SOUTHAMPTON, England", "China, North Korea's".
  const parts: Token[][] = [[]];
  for (let i = from; i <= range.end; i++) {
    const t = tokens[i] as Token;
    const prev = (parts.at(-1) as Token[]).at(-1);
    if (
      prev &&
      !(
        /^[^\S\n]+$/.test(body.slice(prev.end, t.start)) ||
        (keepsDot(prev) && /^\.[^\S\n]*$/.test(body.slice(prev.end, t.start)))
      )
    ) {
      parts.push([]);
    }
    (parts.at(-1) as Token[]).push(t);
  }
  return parts.flatMap((part) => {
    let words = part;
    while (words[0] && ((!isCapitalisedToken(words[0]) && !isAcronym(words[0])) || CONNECTORS.has(words[0].lower))) {
      words = words.slice(1);
    }
    while (words.at(-1) && !isCapitalisedToken(words.at(-1) as Token) && !isAcronym(words.at(-1) as Token))
      words = words.slice(0, -1);
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last) return [];
    if (words.some((t) => !(isCapitalisedToken(t) || isAcronym(t) || CONNECTORS.has(t.lower)) || isMonthOrDay(body, t)))
      return [];
    if (words.some((t) => isAllCapitals(t) && !isAcronym(t))) return [];
    if (/[#@]$/.test(body.slice(Math.max(0, first.start - 1), first.start))) return [];
    const bare = (t: Token) => t.lower.replace(/['’]s?$/, '');
    const tags = lexiconTags(words.map(bare).join(' '));
    if (words.length === 1 && (first.sentenceStart || isAcronym(first)) && tags.length === 0) return [];
    const distinctive = words.some(
      (t) =>
        !ORGANIZATION_WORDS.has(bare(t)) &&
        !GENERIC_NAME_WORDS.has(bare(t)) &&
        !PLACE_GENERIC.has(bare(t)) &&
        !isTitleWord(bare(t)),
    );
    const several = words.length > 1;
    const lexiconPlace = tags.find((x) => PLACE_TAGS.test(x));
    const reasons: Record<'organization' | 'place', string | null> = {
      organization: tags.includes('Organization')
        ? 'lexicon'
        : several && distinctive && ORGANIZATION_WORDS.has(bare(last))
          ? `institution word "${last.text}"`
          : null,
      place: lexiconPlace
        ? 'lexicon'
        : several &&
            words.slice(0, -1).every((t) => COMPASS.test(t.lower)) &&
            lexiconTags(bare(last)).some((x) => PLACE_TAGS.test(x))
          ? 'compass word and lexicon place'
          : several && distinctive && PLACE_GENERIC.has(bare(last))
            ? `generic place word "${last.text}"`
            : null,
    };
    const other = label === 'organization' ? 'place' : 'organization';
    const type = reasons[label] ? label : reasons[other] ? other : null;
    if (!type) return [];
    const evidence = `compromise: ${label}${type === label ? '' : `, read as ${type}`}; ${reasons[type]}`;
    return [{ type, ...spanOf(first, last), evidence: [evidence], rank: 2 } satisfies Found];
  });
}

/**
 * A run compromise's lexicon knows as a whole for a place or an organisation ("Seoul", "North Korea", "NATO",
 * "United Nations"), or null. Such runs need no parsing.
 */
function lexiconInstitution(facts: PageFacts, run: Run): Found | null {
  const first = run[0] as Token;
  const last = run.at(-1) as Token;
  if (run.length === 1 && isAcronym(first) && !lexiconTags(first.lower).includes('Organization')) return null;
  if (run.some((t) => isAllCapitals(t) && !isAcronym(t))) return null;
  const phrase = run
    .map((t) => t.lower)
    .join(' ')
    .replace(/['’]s?$/, '');
  if (run.length === 1 && facts.lowerSeen.has(phrase)) return null;
  const tags = lexiconTags(phrase);
  const place = tags.find((x) => PLACE_TAGS.test(x));
  const type = place ? 'place' : tags.includes('Organization') ? 'organization' : null;
  if (!type || tags.some((x) => NAME_TAGS.test(x))) return null;
  return { type, ...spanOf(first, last), evidence: [`compromise lexicon: ${place ?? 'Organization'}`], rank: 2 };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Names of people (and organisations and places where reliable) in `body` that no known mention covers.
 * `known` are the spans already linked to known entities: a candidate never overlaps one. `aside` are the page's
 * lines outside the body (its header, its bylines): a name the body only shortens may stand there in full.
 */
export function findCandidateNames(
  body: string,
  language: string | null,
  known: readonly { start: number; end: number }[],
  familyNames: readonly { start: number; end: number }[] = [],
  aside: readonly string[] = [],
): CandidateName[] {
  const rules = rulesFor(language);
  const english = language === 'en';
  const tokens = tokenize(body);
  const runs = findRuns(body, tokens, rules, known);
  const knownStarts = new Set(known.map((k) => k.start));
  const beforeKnown = new Set(
    runs.filter((run) => {
      const last = run.at(-1) as Token;
      const next = tokens[last.index + 1];
      return next !== undefined && knownStarts.has(next.start) && /^[^\S\n]+$/u.test(body.slice(last.end, next.start));
    }),
  );
  const lowerSeen = new Set<string>();
  const capitalisedInside = new Set<string>();
  const honoured = new Map<string, string>();
  for (const t of tokens) {
    if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(t.lower);
    else if (!t.sentenceStart && /^\p{Lu}/u.test(t.text)) capitalisedInside.add(t.lower);
    const prev = tokens[t.index - 1];
    if (prev && isCapitalisedToken(t) && isHonorific(prev.text) && /^\.?[^\S\n]+$/u.test(body.slice(prev.end, t.start)))
      honoured.set(t.lower, prev.text);
  }
  const facts: PageFacts = {
    body,
    tokens,
    rules,
    english,
    lowerSeen,
    capitalisedInside,
    people: [],
    fuller: new Set(),
    titles: new Map(),
    familyNames,
    beforeKnown,
    honoured,
  };

  const persons = runs.map((run) => personIn(facts, run));
  const found: Found[] = [];
  let labels: { people: Span[]; organizations: Span[]; places: Span[] } = { people: [], organizations: [], places: [] };
  if (english) {
    // compromise's lexicon settles runs it knows whole; it reads only the other runs of two or more words that the
    // page's own cues leave undecided.
    const open: number[] = [];
    runs.forEach((run, i) => {
      if (persons[i]?.rank === 3) return;
      const institution = lexiconInstitution(facts, run);
      if (institution) found.push(institution);
      else if (run.length >= 2) open.push(i);
    });
    labels = compromiseLabels(
      body,
      tokens,
      open.map((i) => runs[i] as Run),
      known,
    );
    facts.people = labels.people;
    for (const i of open) persons[i] = personIn(facts, runs[i] as Run);
  }
  found.push(...persons.flatMap((p) => p ?? []));
  // A transcript's speakers, named in capitals before their turns ("MARC-ANTOINE DELORME : Bonsoir.").
  // A one-word label takes the full name a line outside the body gives ("Nathaniel Brooks, Deputy Spokesperson").
  // A label of initials and a family name ("И. СОКОЛОВСКАЯ") takes the full name the page writes out.
  for (const label of speakerLabels(body, isGivenName).named) {
    const single = label.words.length === 1;
    const initials = label.words.slice(0, -1);
    const initialled = initials.length > 0 && initials.every((w) => /^\p{Lu}\.$/u.test(w));
    const family = label.words.at(-1) as string;
    const full = single
      ? label.full
        ? nameCase(label.full)
        : fullNameIn(aside, family)
      : initialled
        ? fullNameWritten([body, ...aside], family, (initials[0] as string)[0] as string)
        : null;
    if (!single) for (const w of label.words) facts.fuller.add(shortestKey(w.toLowerCase()));
    found.push({
      type: 'person',
      start: label.nameStart,
      end: label.nameEnd,
      evidence: [
        'speaker label of a transcript',
        ...(full
          ? [
              `full name "${full}" ${label.fullFrom === 'label' ? 'in another label' : single && !label.full ? 'in a line outside the body' : 'written out in the page'}`,
            ]
          : []),
      ],
      rank: single && !full ? 1 : 3,
      ...(single && !full ? { lone: (label.words[0] as string).toLowerCase() } : {}),
      name: full ?? nameCase(label.words),
    });
  }
  // Outside English, a name after a definite article is no person's; it is an outlet or a body where a word for one
  // stands beside it or it reports ("le quotidien Hankyoreh", "le Chosun Ilbo, quotidien conservateur", "Le Yomiuri
  // Shimbun juge que"). English goes through compromise.
  if (!english)
    runs.forEach((run, i) => {
      if (persons[i]) return;
      const outlet = outletIn(facts, run);
      if (outlet) found.push(outlet);
    });
  // A factbox's heading: a name and an office in capitals, on a line of their own ("MARK RUTTE, SECRETARY-GENERAL").
  for (const m of body.matchAll(CAPITALS_HEADING)) {
    const name = m[1] as string;
    const words = name.split(/[^\S\n]+/u);
    const office = (m[2] as string).split(/[^\S\n]+/u).map((w) => w.replace(/[.,]+$/u, ''));
    if (!office.some((w) => isTitleWord(w) || isRoleNoun(w) || w.split('-').some((p) => isTitleWord(p)))) continue;
    if (words.some((w) => isTitleWord(w) || isHonorific(w))) continue;
    for (const w of words) facts.fuller.add(shortestKey(w.toLowerCase()));
    const start = (m.index ?? 0) + m[0].indexOf(name);
    found.push({
      type: 'person',
      start,
      end: start + name.length,
      evidence: [`a heading in capitals with the office "${m[2]}" after a comma`],
      rank: 3,
      name: nameCase(words),
    });
  }
  if (english) {
    found.push(
      ...labels.organizations.flatMap((r) => institutionIn(facts, r, 'organization')),
      ...labels.places.flatMap((r) => institutionIn(facts, r, 'place')),
    );
  }

  // A lone titled word ("Mr. Smith") only when no fuller name in the page, known or not, holds it.
  const fuller = facts.fuller;
  for (const k of known) {
    for (const w of body
      .slice(k.start, k.end)
      .toLowerCase()
      .match(/[\p{L}\p{M}'’-]+/gu) ?? [])
      fuller.add(shortestKey(w));
  }
  const kept = found.filter((f) => f.lone === undefined || !hasKey(fuller, f.lone.replace(/['’]s?$/, '')));

  kept.sort((a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Found[] = [];
  for (const f of kept) {
    if (f.end <= f.start) continue;
    if (known.some((k) => overlaps(k, f)) || chosen.some((c) => overlaps(c, f))) continue;
    chosen.push(f);
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const surface = body.slice(f.start, f.end);
      return {
        name: f.name ?? surface.replace(INVISIBLE, '').replace(/\s+/g, ' '),
        type: f.type,
        start: f.start,
        end: f.end,
        surface,
        evidence: f.evidence.join('; '),
      };
    });
}
