/**
 * Titles and honorifics that stand before a person's name ("Mr.", "President", "Foreign Ministry spokeswoman",
 * "le président russe", "официальный представитель МИД России"), in English, French, Spanish, German, Russian,
 * Italian and Portuguese. Pure functions: no database, no network.
 *
 * A title is a head ("president", "porte-parole", "пресс-секретарь") with what may stand around it:
 * - before it: modifiers ("Deputy", "Foreign", "former"), up to two capitalised qualifiers that are nationality,
 *   place or organisation words ("Russian", "North Korea's", "Kremlin", "US"), German and Russian nationality
 *   adjectives ("russische", "российский"), and an article ("the", "le", "la", "el", "der");
 * - after it, as Romance languages and Russian write them: a complement ("of Foreign Affairs", "de la diplomatie",
 *   "du Kremlin") and up to two qualifiers ("russe", "ruso", "России", "МИД").
 * Words are compared case-insensitively as whole words; abbreviations take a full stop or none ("Mr Kim", "Mr. Kim");
 * Russian words take any case ending ("президента", "пресс-секретарю"). A capitalised word after the head is taken
 * only when it is a listed place word or an acronym, so a title never takes in a word of the name
 * ("President Putin": the title is "President").
 */

/** Heads: the words that make a title by themselves, lower case. */
const HEAD_WORDS: Record<string, string> = {
  en: `mister madam madame doctor professor sir dame lord lady comrade president premier minister secretary
    spokesman spokeswoman spokesperson leader chairman chairwoman chairperson chair ambassador envoy senator
    congressman congresswoman representative governor mayor general marshal admiral colonel lieutenant captain major
    commander sergeant brigadier king queen prince princess emperor empress pope cardinal archbishop bishop reverend
    rabbi imam sheikh ayatollah chancellor judge director speaker commissioner inspector detective superintendent
    councillor councilman councilwoman mp ceo adviser advisor aide secretary-general director-general chief`,
  fr: `monsieur madame mademoiselle docteur professeur président présidente ministre secrétaire porte-parole
    dirigeant dirigeante chef cheffe leader camarade ambassadeur ambassadrice envoyé envoyée émissaire sénateur
    sénatrice député députée gouverneur maire général maréchal amiral colonel commandant capitaine lieutenant sergent
    roi reine prince princesse empereur
    pape cardinal chancelier chancelière juge directeur directrice patron patronne conseiller conseillère
    commissaire vice-président vice-présidente`,
  es: `señor señora señorita doctor doctora profesor profesora presidente presidenta ministro ministra canciller
    secretario secretaria portavoz vocero vocera líder dirigente jefe jefa camarada embajador embajadora enviado
    enviada senador senadora diputado diputada gobernador gobernadora alcalde alcaldesa general mariscal almirante
    coronel rey reina príncipe princesa emperador papa pontífice cardenal juez jueza director directora asesor
    asesora consejero consejera comisario comisaria vicepresidente vicepresidenta`,
  de: `herr herrn frau doktor professor professorin präsident präsidenten präsidentin kanzler kanzlerin minister
    ministerin ministers sprecher sprecherin genosse genossen genossin botschafter botschafterin gesandter senator
    senatorin gouverneur bürgermeister bürgermeisterin general marschall admiral oberst könig königin prinz
    prinzessin kaiser papst kardinal richter richterin direktor direktorin chef chefin vorsitzende vorsitzender
    vorsitzenden machthaber diktator premier premierminister premierministerin vizepräsident vizepräsidentin
    vizekanzler abgeordnete abgeordneter abgeordneten`,
  ru: `господин госпожа товарищ доктор профессор президент премьер премьер-министр министр глава госсекретарь
    генсек пресс-секретарь представитель спикер лидер вождь руководитель председатель посол постпред посланник спецпосланник сенатор депутат губернатор мэр генерал маршал адмирал полковник подполковник майор капитан лейтенант сержант король
    королева принц принцесса император канцлер судья директор советник помощник вице-президент вице-премьер
    замминистра заместитель член`,
  it: `signor signore signora signorina dottore dottoressa professore professoressa presidente premier ministro
    ministra segretario segretaria portavoce leader capo compagno compagna ambasciatore ambasciatrice inviato
    senatore senatrice deputato deputata governatore sindaco generale maresciallo ammiraglio colonnello re regina
    principe principessa imperatore papa pontefice cardinale cancelliere giudice direttore direttrice consigliere
    vicepresidente vicepremier`,
  pt: `senhor senhora doutor doutora professor professora presidente presidenta primeiro-ministro primeira-ministra
    ministro ministra chanceler secretário secretária secretário-geral porta-voz líder dirigente chefe camarada
    embaixador embaixadora enviado senador senadora deputado deputada governador governadora prefeito prefeita
    general marechal almirante coronel rei rainha príncipe princesa imperador papa pontífice cardeal juiz juíza
    diretor diretora assessor conselheiro vice-presidente`,
};

/** Titles of several words whose words are not all heads with modifiers: "first lady", "secrétaire d'État". */
const HEAD_PHRASES: Record<string, readonly string[]> = {
  en: [
    'first lady',
    'crown prince',
    'supreme leader',
    'prime minister',
    'secretary of state',
    'secretary general',
    'chief of staff',
    'head of state',
    'chief executive',
    'field marshal',
  ],
  fr: ['premier ministre', 'première ministre', "secrétaire d'état", 'numéro un', 'guide suprême'],
  es: ['primer ministro', 'primera ministra', 'secretario de estado', 'número uno', 'líder supremo'],
  de: ['oberster führer'],
  ru: [
    'министр иностранных дел',
    'председатель государственных дел',
    'председатель госдел',
    'министр обороны',
    'глава мид',
    'государственный секретарь',
    'генеральный секретарь',
    'официальный представитель',
    'председатель правительства',
    'папа римский',
    'верховный лидер',
    'верховный главнокомандующий',
  ],
  it: ['primo ministro', 'prima ministra', 'segretario di stato', 'numero uno', 'guida suprema', 'leader supremo'],
  pt: ['líder supremo'],
};

/** Abbreviations that take a full stop or none ("Mr Kim", "Mr. Kim"); a one-letter one ("M.") needs its stop. */
const ABBREVIATIONS = new Set(
  `mr mrs ms mx messrs dr prof gen sen rep gov lt col capt cpt adm sgt cmdr supt insp det pres amb rev hon cllr
    m mm mme mmes mlle pr sr sra srta sres dra dña sig sig.ra sigg dott dott.ssa srs г-н г-жа г-на г-ну г-жи`.split(
    /\s+/,
  ),
);

/** German compounds ending in a head are titles: "Außenminister", "Kreml-Sprecher", "Sicherheitsberater". */
const GERMAN_SUFFIXES = [
  'minister',
  'ministerin',
  'sprecher',
  'sprecherin',
  'präsident',
  'präsidentin',
  'kanzler',
  'kanzlerin',
  'chef',
  'chefin',
  'botschafter',
  'botschafterin',
  'sekretär',
  'sekretärin',
  'führer',
  'vorsitzende',
  'vorsitzender',
  'berater',
  'beraterin',
  'bürgermeister',
  'bürgermeisterin',
  'direktor',
  'direktorin',
  'kommissar',
  'kommissarin',
];

/** Forms whose stem differs from the head's ("посол", "посла"): matched as written. */
const IRREGULAR_HEADS = new Set(['посла', 'послу', 'послом', 'послы', 'послов']);

/** Prefixes a head may carry: "ex-president", "vice-président", "then-leader", "вице-премьер". */
const HEAD_PREFIX = /^(?:ex|vice|then|co|вице|экс)-(?=\p{L})/u;

/** Words that form titles with a head and are titles by themselves for `isTitleWord` ("Deputy", "Prime"). */
const TITLE_MODIFIERS = new Set(
  `deputy vice acting prime supreme chief premier première primer primera primo prima primeiro primeira
    stellvertretende stellvertretender stellvertretenden`.split(/\s+/),
);

/**
 * Words that may stand before a head, in any case: ranks and ministries ("Deputy Prime Minister", "Foreign Ministry
 * spokeswoman", "White House press secretary"), "former" and its kin. They never follow the head.
 */
const MODIFIERS = new Set(
  `deputy vice acting former first attorney senior chief top prime foreign defence defense interior finance economy economic
    trade energy health justice home state press general supreme assistant special presidential principal permanent
    lieutenant rear grand crown party security military national unification culture education agriculture
    transport environment labor labour science industry emergency emergencies communications intelligence army navy
    air police county city federal regional provincial opposition majority minority house senate ruling interim
    outgoing incoming late new current longtime veteran exiled executive managing parliamentary cabinet government
    ministry kremlin pentagon white department office treasury council committee commission agency embassy union
    assembly court palace workers' communist
    ancien ancienne nouveau nouvelle actuel actuelle futur premier première vice ex
    nuevo nueva actual primer primera expresidente exministro
    ehemalige ehemaliger ehemaligen frühere früherer früheren stellvertretende stellvertretender stellvertretenden
    amtierende amtierender amtierenden neue neuer neuen
    бывший бывшего бывшему бывшим бывшая бывшей бывшую нынешний нынешнего нынешнему новый нового новому первый
    первого первому первым первая первой
    nuovo nuova attuale primo prima novo nova atual primeiro primeira`.split(/\s+/),
);

/** Articles that may open a title: "the Kremlin spokesman", "le président", "la portavoz", "der Präsident". */
const ARTICLES = new Set("the le la l' les el los las il lo der die das den dem des o".split(' '));

/** Prepositions that open a complement after a head: "Minister of Foreign Affairs", "porte-parole de la diplomatie". */
const PREPOSITIONS = new Set(
  "of for à au aux de du des d' del della dello degli dei delle di do da dos das der по".split(' '),
);
/** Articles after a preposition: "of the", "de la", "de l'", "de los". */
const COMPLEMENT_ARTICLES = new Set(['the', 'la', "l'", 'los', 'las', 'le', 'les', 'lo', 'gli']);

/**
 * Place and organisation words, lower case, that may qualify a title and are never part of a person's name:
 * countries, capitals and institutions as news in the supported languages spells them. Cyrillic entries are stems:
 * they take any case ending ("России", "Кореи", "Кремля").
 */
const PLACE_WORDS = new Set(
  `korea koreas corée corea coreia russia russie rusia rússia russland russlands china
    chinas chine cina ukraine ukraines ucrania ucraina ucrânia america amérique américa états-unis estados
    unidos stati uniti vereinigten staaten japan japans japon japón giappone japão iran irán irã israel israël
    israels turkey turquie turquía turchia türkei turquia india inde indien france francia frança frankreich
    frankreichs germany allemagne alemania germania alemanha deutschland deutschlands britain bretagne bretaña
    bretagna bretanha royaume-uni europe europa asia asie vietnam syria syrie siria síria syrien moscow moscou moscú
    mosca moscovo moskau moskaus pyongyang pyeongyang seoul séoul seúl beijing pékin pekín pechino pequim peking
    washington kyiv kiev kiew tokyo tokio london londres londra paris parigi berlin berlino brussels bruxelles
    bruselas kremlin kreml kremls pentagon pentagone pentágono nato otan onu vladivostok crimea crimée krim
    donbas donbass gaza taiwan taïwan taiwán
    росси рф кита кнр коре кндр япони украин франци германи фрг британи великобритани итали испани турци иран
    израил инди белорусси беларус казахстан кремл пентагон госдепартамент госдеп евросоюз европ москв пекин
    вашингтон пхеньян сеул киев токио лондон париж берлин америк сша оон нато ес мид минобороны вьетнам сири
    северн южн республик федераци`.split(/\s+/),
);

/**
 * Capitalised words that may stand in a complement after a head ("Minister of Foreign Affairs", "portavoz del
 * Kremlin", "Sprecher des Kremls"), besides place words and acronyms.
 */
const COMPLEMENT_WORDS = new Set(
  `white house maison blanche casa blanca bianca weißen hauses state department foreign affairs ministry office
    defence defense interior home treasury justice ministère ministerio ministero ministério ministeriums affaires
    étrangères exteriores asuntos relaciones esteri estrangeiros défense defensa difesa armées république republic
    república repubblica republik élysée matignon moncloa quirinale gouvernement gobierno governo regierung
    government parti partido partito partei party workers communist communiste comunista assemblée assembly
    asamblea national nationale nacional nazionale council conseil consejo consiglio sécurité security seguridad
    sicurezza nations unies unidas unite vereinten nationen union unión unione européenne europea europeia
    commission comisión commissione parliament parlement parlamento congress congrès congreso senate sénat senado
    senato army armée ejército esercito navy court cour tribunal federation fédération federación federazione
    federação föderation russischen russische nord norte north sud sur south reino unido regno unito kingdom`.split(
    /\s+/,
  ),
);

/** Capitalised English nationality adjectives end like these ("Russian", "Chinese", "British", "Israeli", "French"). */
const NATIONALITY_CAPITALISED = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)$/u;
const NATIONALITY_LISTED = new Set(['thai', 'swiss', 'greek', 'soviet', 'us', 'uk', 'eu', 'un']);
/** German and Russian nationality adjectives, before the head: "russische", "nordkoreanischen", "российского". */
const ADJECTIVE_BEFORE =
  /^(?:\p{Ll}+isch(?:e|en|er|es|em)?|deutsche[nrms]?|\p{Ll}[\p{Ll}-]*(?:ск|цк)(?:ий|ая|ое|ие|ого|ому|им|ом|ой|ую|их|ими|ей))$/u;
/**
 * French, Spanish, Italian and Portuguese nationality adjectives, after the head: "le président russe", "el
 * ministro ruso", "il presidente cinese", "o presidente chinês".
 */
const ADJECTIVE_AFTER =
  /^(?:\p{Ll}[\p{Ll}-]*(?:ais|aise|ois|oise|ain|aine|ien|ienne|éen|éenne|ique|and|ande|ano|ana|ense|és|esa|ês|ino|ina|ico|ica|í|eño|eña|ese)s?|russe|russes|ruso|rusa|rusos|rusas|russo|russa|russi|turc|turque|turco|turca|grec|grecque|griego|griega|greco|greca|belge|belga|suisse|suizo|suiza|alemán|alemana|alemão|alemã|tedesco|tedesca|español|española|espagnol|espagnole)$/u;

/** Case endings of Russian words, longest first (as in mention matching). */
const CYRILLIC_ENDINGS = [
  ...['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией'],
  ...['ия', 'ии', 'ию', 'ая', 'яя', 'ую', 'юю', 'ой', 'ей', 'ом', 'ем', 'ём', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев'],
  ...['ые', 'ие', 'ых', 'их', 'ым', 'им', 'ый', 'ий', 'ое', 'ее'],
  ...['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й'],
];
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}-]+$/u;
const MIN_STEM = 3;

/**
 * The keys a word as written may have: the word, and for a Russian word its stem without each case ending it
 * carries. A lexicon word is stored under its shortest key, so "президента", "пресс-секретарю" find "президент",
 * "пресс-секретарь".
 */
function keysOf(lower: string): string[] {
  if (!CYRILLIC_WORD.test(lower)) return [lower];
  const keys = [lower];
  for (const ending of CYRILLIC_ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MIN_STEM) keys.push(lower.slice(0, -ending.length));
  }
  return keys;
}

/** The key a lexicon word is stored under: a Russian word's stem (its longest ending removed), else the word. */
function lexiconKey(word: string): string {
  return keysOf(word).reduce((a, b) => (b.length < a.length ? b : a));
}

function hasKey(set: ReadonlySet<string>, lower: string): boolean {
  return keysOf(lower).some((key) => set.has(key));
}

/** Every head and phrase, by the key of its last word. */
const PHRASES = new Map<string, string[][]>();
const SINGLE_HEADS = new Set<string>();
for (const entry of [
  ...Object.values(HEAD_WORDS).flatMap((list) => list.trim().split(/\s+/)),
  ...Object.values(HEAD_PHRASES).flat(),
]) {
  const words = entry.split(' ').map(lexiconKey);
  const last = words.at(-1) as string;
  PHRASES.set(last, [...(PHRASES.get(last) ?? []), words]);
  if (words.length === 1) SINGLE_HEADS.add(last);
}

/** A word of a text with its offsets; `dot` when a full stop follows it. */
interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  dot: boolean;
}

/** Words, with the elided articles and prepositions "l'", "d'" apart: "l'ambassadeur" is "l'" and "ambassadeur". */
const WORD =
  /[ldLD]['’](?=\p{L})|[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]*(?:['’.\-‐‑][\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]*)*/gu;
/** Characters a scraped word may carry unseen (soft hyphen, zero-width space and joiners, word joiner). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const re = WORD;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const raw = text.slice(m.index, end).replace(INVISIBLE, '').replace(/[‐‑]/g, '-');
    words.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end,
      dot: text[end] === '.',
    });
  }
  return words;
}

const isElision = (w: Word) => w.lower === "l'" || w.lower === "d'";
const isAcronym = (w: Word) => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){1,3}\p{Lu})$/u.test(w.text);
const isCapitalised = (w: Word) => /^\p{Lu}/u.test(w.text);
/** Honorifics that are never ordinary words, so they need neither a full stop nor a capital ("mr Kim"). */
const PLAIN_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'mme',
  'mlle',
  'sra',
  'srta',
  'dra',
  'г-н',
  'г-жа',
  'г-на',
  'г-ну',
  'г-жи',
]);
/** Other abbreviations without their full stop are titles only when capitalised ("Gen Smith", not "col" or "det"). */
const isAbbreviation = (w: Word) =>
  ABBREVIATIONS.has(w.lower) &&
  (w.dot || PLAIN_ABBREVIATIONS.has(w.lower) || (w.lower.length > 1 && (isCapitalised(w) || w.lower.includes('.'))));

/** True when the word ends with a full stop that is part of it (an abbreviation, an acronym such as "U.S."), not a sentence's. */
function keepsDot(w: Word): boolean {
  return isAbbreviation(w) || isAcronym(w);
}

function headKeys(w: Word): string[] {
  const bare = w.lower.replace(HEAD_PREFIX, '');
  return bare === w.lower ? keysOf(w.lower) : [...keysOf(w.lower), ...keysOf(bare)];
}

function isGermanCompound(w: Word): boolean {
  if (!isCapitalised(w) && !w.lower.includes('-')) return false;
  return GERMAN_SUFFIXES.some((s) => w.lower.endsWith(s) && w.lower.length >= s.length + 3);
}

/** Where the longest head or title phrase ending right before index `e` starts, or -1. */
function phraseStart(ws: readonly Word[], e: number): number {
  const last = ws[e - 1];
  if (!last) return -1;
  if (isAbbreviation(last) || IRREGULAR_HEADS.has(last.lower)) return e - 1;
  let best = -1;
  for (const key of headKeys(last)) {
    for (const phrase of PHRASES.get(key) ?? []) {
      const s = e - phrase.length;
      if (s < 0 || (best >= 0 && s >= best)) continue;
      if (phrase.every((part, i) => i === phrase.length - 1 || keysOf((ws[s + i] as Word).lower).includes(part))) {
        best = s;
      }
    }
  }
  if (best < 0 && isGermanCompound(last)) return e - 1;
  return best;
}

function isPlace(w: Word): boolean {
  return hasKey(PLACE_WORDS, w.lower);
}

/**
 * Russian institutions in the genitive, after a head: "председатель Госсовета", "глава Роскосмоса", "спикер
 * Госдумы". Named by their prefix (or a generic body: "комитета", "совета"), so a first name in the genitive ("пресс-секретаря
 * Дмитрия Пескова") is not one.
 */
const RUSSIAN_INSTITUTION = /^(?:(?:гос|мин|рос|генштаб|совбез|совфед|центробанк)\p{Ll}{2,}|комитета|совета)$/u;

/**
 * A qualifier after the head, before the name: a nationality adjective, or in Russian a place, an institution or an
 * acronym ("президент России", "председатель Госсовета КНДР").
 */
function isQualifierAfter(w: Word): boolean {
  if (ADJECTIVE_AFTER.test(w.lower) && !isCapitalised(w)) return true;
  return CYRILLIC_WORD.test(w.lower) && (isPlace(w) || isAcronym(w) || RUSSIAN_INSTITUTION.test(w.lower));
}

/** A qualifier before the head: "Russian", "North Korea's", "Kremlin", "US", "U.S.", "russische", "российский". */
function isQualifierBefore(w: Word): boolean {
  if (ADJECTIVE_BEFORE.test(w.text)) return true;
  if (!isCapitalised(w)) return /['’]s$/.test(w.text);
  return (
    isAcronym(w) ||
    /['’]s$/.test(w.text) ||
    NATIONALITY_CAPITALISED.test(w.text) ||
    NATIONALITY_LISTED.has(w.lower) ||
    isPlace(w) ||
    /^(?:north|south|east|west|northern|southern|eastern|western|central|saudi|united|new)$/.test(w.lower)
  );
}

function isComplementWord(w: Word): boolean {
  if (!isCapitalised(w)) return true;
  return isAcronym(w) || isPlace(w) || COMPLEMENT_WORDS.has(w.lower) || /['’]s$/.test(w.text);
}

/**
 * Where a head ending right before `e` starts, with a complement between it and `e` when there is one
 * ("ministre russe des Affaires étrangères", "spokeswoman for the Foreign Ministry"): the earliest start, or -1.
 */
function headStart(ws: readonly Word[], e: number): number {
  let best = phraseStart(ws, e);
  // A complement: a preposition (and its article), then one to four words, the last ones possibly qualifiers.
  for (let n = 1; n <= 4 && e - n - 1 >= 0; n++) {
    if (!isComplementWord(ws[e - n] as Word)) break;
    let p = e - n - 1;
    if (COMPLEMENT_ARTICLES.has((ws[p] as Word).lower) && p > 0) p--;
    if (!PREPOSITIONS.has((ws[p] as Word).lower)) continue;
    // Up to two qualifiers between the head and the preposition: "Советник президента Республики Корея по …".
    let h = phraseStart(ws, p);
    for (let q = p; h < 0 && q > 0 && q > p - 2 && isQualifierAfter(ws[q - 1] as Word); q--) h = phraseStart(ws, q - 1);
    if (h >= 0 && (best < 0 || h < best)) best = h;
  }
  return best;
}

/** The title's first word, from its head: heads chained before it, modifiers, qualifiers, an article. */
function leftEdge(ws: readonly Word[], head: number): number {
  let s = head;
  let extra = 0;
  let capitals = 0;
  while (s > 0) {
    const chained = phraseStart(ws, s);
    if (chained >= 0) {
      s = chained;
      continue;
    }
    const w = ws[s - 1] as Word;
    if (extra >= 4) break;
    if (MODIFIERS.has(w.lower) || MODIFIERS.has(w.lower.replace(HEAD_PREFIX, ''))) {
      s--;
      extra++;
      continue;
    }
    if (isQualifierBefore(w) && (!isCapitalised(w) || capitals < 2)) {
      if (isCapitalised(w)) capitals++;
      s--;
      extra++;
      continue;
    }
    break;
  }
  const article = ws[s - 1];
  if (article && ARTICLES.has(article.lower) && !article.dot) s--;
  return s;
}

/** Where a title made of `ws[..e)` and ending right before index `e` starts, or -1. */
function titleStart(ws: readonly Word[], e: number): number {
  for (let after = Math.min(2, e - 1); after >= 0; after--) {
    let ok = true;
    for (let i = e - after; i < e; i++) ok &&= isQualifierAfter(ws[i] as Word);
    if (!ok) continue;
    const head = headStart(ws, e - after);
    if (head >= 0) return leftEdge(ws, head);
  }
  return -1;
}

/** True when only spaces (and the full stop an abbreviation keeps) lie between word `w` and `next`. */
function joined(text: string, w: Word, next: number): boolean {
  const gap = text.slice(w.end, next);
  if (isElision(w)) return gap === '';
  if (w.dot && keepsDot(w)) return /^\.[^\S\n]*$/.test(gap);
  return /^[^\S\n]+$/.test(gap);
}

/** The words that run, joined by spaces only, up to position `end` of `text`. */
function wordsEndingAt(text: string, end: number, ws: readonly Word[]): Word[] {
  const run: Word[] = [];
  let next = end;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i] as Word;
    const last = run.length === 0;
    if (last) {
      const gap = text.slice(w.end, end);
      const ok =
        (gap === '' && !/[\p{L}\p{N}]/u.test(text[end] ?? '')) ||
        /^[^\S\n]+$/.test(gap) ||
        (w.dot && keepsDot(w) && /^\.[^\S\n]*$/.test(gap));
      if (!ok) break;
    } else if (!joined(text, w, next)) break;
    run.unshift(w);
    next = w.start;
  }
  return run;
}

export interface TitleSpan {
  start: number;
  end: number;
  text: string;
}

/** How far back from a name a title is looked for: the longest titles are some sixty characters. */
const LOOK_BACK = 120;

/** A title or honorific standing right before `start` in `text` (only spaces between), or null. */
export function titleBefore(text: string, start: number): TitleSpan | null {
  if (start <= 0 || start > text.length) return null;
  if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[start] ?? '')) return null;
  // A title ends with a letter, or the full stop of an abbreviation, right before the spaces before the name.
  let before = start - 1;
  while (before >= 0 && /[^\S\n]/.test(text[before] as string)) before--;
  if (before < 0 || !/[\p{L}\p{M}.]/u.test(text[before] as string)) return null;
  // Only words joined by spaces can belong to the title: look no further back than other punctuation or a line.
  let from = before;
  const floor = Math.max(0, start - LOOK_BACK);
  while (from > floor && /[\p{L}\p{M}\p{N}'’.\-‐‑\u00AD\u200B-\u200D\u2060]|[^\S\n]/u.test(text[from - 1] as string))
    from--;
  let ws = wordsIn(text, from, start);
  // A word cut by the window's edge is not a word.
  if (from > 0 && from === floor && ws[0]?.start === from) ws = ws.slice(1);
  const run = wordsEndingAt(text, start, ws);
  const s = titleStart(run, run.length);
  if (s < 0) return null;
  const first = run[s] as Word;
  const last = run.at(-1) as Word;
  const end = last.dot && keepsDot(last) && text[last.end] === '.' ? last.end + 1 : last.end;
  return { start: first.start, end, text: text.slice(first.start, end) };
}

/** The length of the title that opens `name` (with the spaces after it), or 0; a title never takes the whole name. */
function leadingTitleLength(name: string): number {
  const ws = wordsIn(name, 0, name.length);
  if (ws[0]?.start !== 0 && !/^\s*$/.test(name.slice(0, ws[0]?.start ?? 0))) return 0;
  for (let k = ws.length - 1; k >= 1; k--) {
    const next = (ws[k] as Word).start;
    let contiguous = true;
    for (let i = 0; i < k; i++)
      contiguous &&= joined(name, ws[i] as Word, i + 1 < k ? (ws[i + 1] as Word).start : next);
    if (contiguous && titleStart(ws.slice(0, k), k) === 0) return next;
  }
  return 0;
}

/** True when a name as written begins with a title or honorific ("Comrade Vladimir Putin", "Mr. Kim", "Президент Путин"). */
export function startsWithTitle(name: string): boolean {
  return leadingTitleLength(name) > 0;
}

/** The name without a leading title or honorific ("Mr. Kim" -> "Kim", "Foreign Minister Choe Son Hui" -> "Choe Son Hui"). */
export function stripTitle(name: string): string {
  const length = leadingTitleLength(name);
  return length > 0 ? name.slice(length).trim() : name;
}

/** True when the word (any case, with or without full stop) is a title or honorific word in some supported language. */
export function isTitleWord(word: string): boolean {
  const bare = word.trim().replace(/\.$/, '');
  if (!bare) return false;
  const w: Word = { text: bare, lower: bare.toLowerCase().replace(/’/g, "'"), start: 0, end: bare.length, dot: false };
  if (isTitleAbbreviation(word) || TITLE_MODIFIERS.has(w.lower) || IRREGULAR_HEADS.has(w.lower)) return true;
  return headKeys(w).some((key) => SINGLE_HEADS.has(key)) || isGermanCompound(w);
}

/** Roles one person holds through a broadcast or a transcript: the host, the moderator ("Host Priya Raman"). */
export const BROADCAST_ROLES: readonly string[] =
  `host anchor presenter moderator interviewer présentateur présentatrice animateur animatrice presentador
    presentadora moderador moderadora moderatorin ведущий ведущая`.split(/\s+/);

/** Those who comment in print or online: "Польский публицист Кшиштоф Новак", "la chroniqueuse Jeanne Dupont". */
export const COMMENTATOR_ROLES: readonly string[] =
  `columnist commentator blogger essayist chroniqueur chroniqueuse éditorialiste blogueur blogueuse essayiste
    commentateur commentatrice columnista comentarista publizist publizistin kolumnist kolumnistin kommentator
    kommentatorin публицист обозреватель колумнист комментатор блогер эссеист`.split(/\s+/);

/**
 * Nouns that describe what a person does without being a title before a name ("the diplomat", "l'analyste",
 * "бывший атташе"): a quotation's speaker may be given by one, pointing back to the person the text gave it, or
 * was just speaking of. Any case in Russian.
 */
const ROLE_NOUNS = new Set(
  `diplomat attaché attache analyst expert researcher scholar academic economist historian scientist lawyer
    official officer veteran negotiator strategist diplomate analyste experte chercheur chercheuse universitaire
    économiste historien historienne politologue avocat avocate négociateur diplomático analista experto experta
    investigador investigadora académico economista historiador politólogo abogado negociador diplomatin analytiker
    analytikerin experte expertin forscher forscherin wissenschaftler wissenschaftlerin historiker historikerin
    politologe politologin дипломат атташе аналитик эксперт исследователь политолог историк экономист востоковед
    кореевед японист синолог чиновник юрист переговорщик
    retiree pensioner student teacher farmer driver engineer doctor nurse journalist reporter correspondent editor
    writer activist soldier worker resident shopkeeper vendor businessman businesswoman entrepreneur trader fisherman
    mother father widow volunteer organiser organizer priest defector refugee photographer artist musician chef
    retraité retraitée étudiant étudiante enseignant enseignante agriculteur agricultrice chauffeur ingénieur médecin
    infirmier infirmière journaliste correspondant correspondante écrivain écrivaine militant militante soldat
    sous-officier officier ouvrier ouvrière habitant habitante commerçant commerçante entrepreneur pêcheur mère père
    veuve bénévole organisateur organisatrice prêtre transfuge réfugié réfugiée vétéran photographe artiste
    jubilado jubilada estudiante agricultor conductor ingeniero médico enfermera periodista corresponsal escritor
    activista soldado obrero vecino vecina comerciante empresario pescador madre padre viuda voluntario refugiado
    rentner rentnerin student studentin lehrer lehrerin landwirt fahrer ingenieur arzt ärztin journalist
    journalistin korrespondent korrespondentin aktivist aktivistin soldat arbeiter anwohner anwohnerin händler
    unternehmer fischer mutter vater witwe
    пенсионер пенсионерка студент студентка учитель учительница фермер водитель инженер врач медсестра журналист
    журналистка корреспондент писатель активист активистка солдат ветеран рабочий житель жительница торговец
    предприниматель бизнесмен рыбак вдова волонтер волонтёр беженец перебежчик фотограф художник таксист
    coach trainer player guest rector dean entraîneur entraîneuse joueur joueuse invité invitée recteur rectrice
    doyen doyenne тренер игрок гость гостья ректор проректор декан вратарь нападающий защитник cartoonist
    illustrator dessinateur dessinatrice illustrateur illustratrice карикатурист`
    .split(/\s+/)
    .concat(BROADCAST_ROLES, COMMENTATOR_ROLES)
    .map(lexiconKey),
);

/**
 * The same office in the main languages of news, so that a title written in one language fits a curated description
 * written in another ("президент России", "le président russe": "President of Russia"). A word may hold two offices.
 */
const TITLE_EQUIVALENTS: readonly ReadonlySet<string>[] = [
  'president президент président présidente presidente presidenta präsident präsidentin',
  'chairman chairwoman chair председатель président présidente presidente presidenta vorsitzender vorsitzende',
  'minister министр ministre ministro ministra ministerin',
  'spokesman spokeswoman spokesperson пресс-секретарь представитель porte-parole portavoz sprecher sprecherin',
  'leader лидер руководитель вождь dirigeant dirigeante dirigente líder führer machthaber',
  'adviser advisor aide советник помощник conseiller conseillère asesor asesora berater beraterin',
  'secretary секретарь госсекретарь генсек secrétaire secretario secretaria sekretär sekretärin',
  'ambassador посол ambassadeur ambassadrice embajador embajadora botschafter botschafterin',
  'professor профессор professeur professeure profesor profesora',
].map((group) => new Set(group.split(' ').map(lexiconKey)));

/**
 * An office named by what it heads rather than by its title ("the head of state", "глава государства", "le chef de la
 * diplomatie"), with the title words of whoever holds it: one of `offices`, and one of `also` where the office needs a
 * second word ("ministre des Affaires étrangères"). Written in lower case, any case ending in Russian.
 */
export interface Periphrasis {
  offices: readonly string[];
  also: readonly string[];
}

const PERIPHRASES: readonly { pattern: RegExp; periphrasis: Periphrasis }[] = [
  {
    pattern:
      /(?:head of state|chef de l['’]état|chef d['’]état|jefe del? estado|capo dello stato|staatschef|staatsoberhaupt|глав\p{L}* государства)/u,
    offices: 'president président présidente presidente presidenta präsident präsidentin президент king roi rey',
    also: '',
  },
  {
    pattern: /(?:head of (?:the )?region|chef de la région|глав\p{L}* (?:региона|области|края))/u,
    offices: 'governor gouverneur gouverneure gobernador gobernadora губернатор',
    also: '',
  },
  {
    pattern:
      /(?:top diplomat|chef de la diplomatie|cheffe de la diplomatie|jefe de la diplomacia|jefa de la diplomacia|глав\p{L}* (?:мид|внешнеполитического ведомства|дипломатии))/u,
    offices: 'minister ministre ministro ministra министр secretary secrétaire',
    also: 'foreign étrangères exteriores иностранных state',
  },
].map(({ pattern, offices, also }) => ({
  pattern,
  periphrasis: { offices: offices.split(' '), also: also ? also.split(' ') : [] },
}));

/**
 * The office a description names by what it heads, if it does ("глава государства", "the head of state"), and where
 * its words stand in `text`.
 */
export function periphrasisIn(text: string): (Periphrasis & { start: number; end: number }) | null {
  const lower = text.toLowerCase();
  for (const { pattern, periphrasis } of PERIPHRASES) {
    const m = pattern.exec(lower);
    if (m) return { ...periphrasis, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** True when two title words name the same office in two languages: "президента" and "President". */
export function sameTitle(a: string, b: string): boolean {
  const x = keysOf(a.toLowerCase());
  const y = keysOf(b.toLowerCase());
  return TITLE_EQUIVALENTS.some((group) => x.some((k) => group.has(k)) && y.some((k) => group.has(k)));
}

/** True for a noun that describes a person's work without being a title: "diplomat", "analyste", "атташе". */
export function isRoleNoun(word: string): boolean {
  return inList(ROLE_NOUNS, word);
}

/** True for a nationality adjective, capitalised or not: "Russian", "US", "russe", "российский", "nordkoreanische". */
export function isNationalityWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    NATIONALITY_CAPITALISED.test(word) ||
    NATIONALITY_LISTED.has(lower) ||
    ADJECTIVE_BEFORE.test(lower) ||
    ADJECTIVE_AFTER.test(lower)
  );
}

/** Honorifics that are words: they stand before a name alone ("Herr Müller", "товарищ Ким"), rarely before a role. */
const HONORIFIC_WORDS = new Set(
  `mister madam madame sir dame lord lady comrade monsieur mademoiselle señor señora señorita herr herrn frau
    genosse genossen genossin господин госпожа товарищ camarade camarada signor signore signora signorina compagno
    compagna senhor senhora`.split(/\s+/),
);

/**
 * Words that say a person is a man or a woman: forms of address, gendered roles and kinship, any case in Russian. None
 * that is a common word of another language ("son" is French for "his").
 */
export type Gender = 'male' | 'female';

export const opposite = (gender: Gender): Gender => (gender === 'male' ? 'female' : 'male');

const GENDERED: Record<Gender, ReadonlySet<string>> = {
  male: new Set(
    `mr mister m monsieur messrs herr herrn señor sr signor signore senhor господин господина господину г-н sir lord
      spokesman chairman congressman businessman brother father husband frère fils père mari hermano hijo padre
      esposo bruder sohn vater ehemann брат брата сын сына отец отца муж мужа`.split(/\s+/),
  ),
  female: new Set(
    `mrs ms miss madam madame mme mlle mademoiselle frau señora sra srta señorita signora signorina senhora госпожа
      госпожи госпоже г-жа lady dame spokeswoman chairwoman congresswoman businesswoman sister daughter mother wife
      sœur soeur fille mère épouse hermana hija madre esposa schwester tochter mutter ehefrau сестра сестры сестре
      дочь дочери мать матери жена жены`.split(/\s+/),
  ),
};

/**
 * Whether words standing right before a name or in apposition to it say the person is a man or a woman ("Mr", "Mme",
 * "the leader's sister", "сестра"): the gender of the first word that tells, or null.
 */
export function genderOfWords(words: readonly string[]): Gender | null {
  for (const word of words) {
    const lower = word
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/\.$/u, '');
    if (GENDERED.male.has(lower)) return 'male';
    if (GENDERED.female.has(lower)) return 'female';
  }
  return null;
}

/** True for a form of address rather than a role: "Mr.", "Dr", "Herr", "Comrade", "товарищ", "г-н". */
export function isHonorific(word: string): boolean {
  const lower = word.trim().replace(/\.$/, '').toLowerCase();
  return isTitleAbbreviation(word) || hasKey(HONORIFIC_WORDS, lower);
}

/**
 * True for a word that forms titles with a head without being one: a rank or a ministry ("Deputy", "Foreign",
 * "Defence", "Prime", "former"). "Defence Minister" is all title.
 */
export function isTitleModifier(word: string): boolean {
  const lower = word.trim().replace(/\.$/, '').toLowerCase().replace(/’/g, "'");
  return MODIFIERS.has(lower) || MODIFIERS.has(lower.replace(HEAD_PREFIX, ''));
}

/** True for an abbreviation among the honorifics, which keeps its full stop ("Mr.", "Dr.", "M.", "Sra."). */
export function isTitleAbbreviation(word: string): boolean {
  const lower = word.trim().replace(/\.$/, '').toLowerCase();
  return ABBREVIATIONS.has(lower) && (lower.length > 1 || word.trim().endsWith('.'));
}

/**
 * True for a place or institution word that qualifies titles and is never part of a person's name: a country or
 * capital as the supported languages spell it ("Korea", "Russie", "России"), "Kremlin", "NATO".
 */
export function isPlaceWord(word: string): boolean {
  return inList(PLACE_WORDS, word);
}

/** True when the word, in any case (and any Russian case ending), is in one of the lists above. */
function inList(set: ReadonlySet<string>, word: string): boolean {
  const lower = word.trim().toLowerCase().replace(/’/g, "'");
  return lower !== '' && hasKey(set, lower);
}
