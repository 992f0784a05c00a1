import { escapeRegExp } from '../lib/text.ts';

/**
 * Finds entity mentions in a cleaned body by matching aliases as whole words, longest first,
 * so "Kim Il Sung Square" (a place) wins over "Kim" (a person) inside it.
 * A bare family name links only when exactly one person of that name is named in full in the same article;
 * otherwise it could mean two people and stays unlinked. A title before a name ("Mr.", "President", "Comrade") is
 * not part of the mention, and never an alias.
 */

export interface MentionableEntity {
  id: string;
  type: string;
  name: string;
  familyName: string | null;
  aliases: readonly string[];
  /** The name in other languages' news: matched like aliases; a person's gives the family name in that language. */
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
        .map((label) => label.split(' '))
        .filter((w) => w.length > 1)
        .map((w) => (at === 'first' ? w[0] : w.at(-1)) as string)
    : [];
  return [...new Set([family, ...fromLabels])];
}

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  surface: string;
  matchedBy: 'alias' | 'family-name';
}

export interface UnresolvedMention {
  start: number;
  end: number;
  surface: string;
  /** Persons of that family name named in full in the article: none, or more than one. */
  candidates: string[];
}

export interface MentionResult {
  mentions: Mention[];
  unresolved: UnresolvedMention[];
}

export interface AliasMatcher {
  pattern: RegExp;
  /** Full names and aliases, by their key (`nameKey`: declining words stemmed): each means exactly one entity. */
  full: Map<string, string>;
  /** Family names ("Kim", "Ким"), by their key: each may mean several persons. A title before one is not part of it. */
  family: Map<string, string[]>;
  /** The ids of persons: a person's name inside a place's name is not a mention of the person. */
  persons: Set<string>;
}

/**
 * The generic word of a place named after someone, after the name as English and German write it ("Kim Il Sung
 * Square", "Putin International Airport", "Lenin Platz"), with up to two qualifiers between.
 */
const PLACE_AFTER =
  /^(?:\s+(?:International|National|State|Memorial|Central|Municipal|Grand|Great))*\s+(?:Square|Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.?|Road|Lane|Drive|Bridge|Park|Gardens?|Airport|University|Stadium|Arena|Station|Palace|Library|Museum|Hall|School|College|Academy|Institute|Hospital|Prospect|Embankment|Platz|Straße|Strasse|Allee|Flughafen|Universität|Stadion|Brücke)(?![\p{L}\p{N}])/u;

/**
 * The generic word before the name, as French, Spanish, Italian, Portuguese and Russian write it ("place Kim Il-sung",
 * "plaza de Kim Jong-un", "площадь Ким Ир Сена", "университет имени …"), right before the name.
 */
const PLACE_BEFORE =
  /(?<![\p{L}\p{N}])(?:la\s+place|rue|avenue|boulevard|quai|pont|aéroport|université|stade|lycée|école|parc|plaza|calle|avenida|paseo|aeropuerto|universidad|estadio|parque|piazza|viale|aeroporto|università|stadio|praça|rua|universidade|estádio|площад[ьиью]|улиц[аеыуй]|проспект[аеу]?|аэропорт[ауе]?|университет[ауе]?|стадион[ауе]?|им\.|имени)(?:\s+(?:de|del|di|do|da))?\s+$/iu;

/** True when the name at [start, end) stands in a place's name: the generic word right after or right before it. */
function insidePlaceName(body: string, start: number, end: number): boolean {
  return PLACE_AFTER.test(body.slice(end, end + 80)) || PLACE_BEFORE.test(body.slice(Math.max(0, start - 40), start));
}

/**
 * Case endings of Russian (and other Cyrillic-script languages that decline names): "Путин", "Путина", "Путиным";
 * "Северная Корея", "Северной Кореи". Longest first.
 */
const CYRILLIC_ENDINGS = [
  ...['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией'],
  ...['ия', 'ии', 'ию', 'ая', 'яя', 'ую', 'юю', 'ой', 'ей', 'ом', 'ем', 'ём', 'ам', 'ям', 'ах', 'ях'],
  ...['ые', 'ие', 'ых', 'их', 'ым', 'им', 'ый', 'ий', 'ое', 'ее'],
  ...['а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й'],
];
const ENDING_PATTERN = `(?:${CYRILLIC_ENDINGS.join('|')})?`;
/** A word in Cyrillic letters that is not an abbreviation ("КНДР", "США" do not decline). */
const DECLINABLE = /^\p{Script=Cyrillic}+$/u;
const MIN_STEM = 2;

function declines(word: string): boolean {
  return DECLINABLE.test(word) && word !== word.toUpperCase();
}

/** A name's word without its case ending: what every case of it starts with. */
function stemOf(word: string): string {
  if (!declines(word)) return word;
  const ending = CYRILLIC_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}

/** The key of a name: its words' stems, one space apart. Every case of a name has the same key. */
function nameKey(form: string): string {
  return form.split(' ').map(stemOf).join(' ');
}

/** The keys a text as found may have: each declining word with or without each ending it carries. */
function candidateKeys(form: string): string[] {
  let keys = [''];
  for (const word of form.split(' ')) {
    const stems = declines(word)
      ? [
          word,
          ...CYRILLIC_ENDINGS.filter((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM).map((e) =>
            word.slice(0, -e.length),
          ),
        ]
      : [word];
    keys = keys.flatMap((k) => stems.map((stem) => (k ? `${k} ${stem}` : stem)));
  }
  return keys;
}

/** The regex of one name: spaces as any run of spaces, declining words as their stem and any case ending. */
function namePattern(form: string): string {
  return form
    .split(' ')
    .map((word) => (declines(word) ? `${escapeRegExp(stemOf(word))}${ENDING_PATTERN}` : escapeRegExp(word)))
    .join('\\s+');
}

export function buildAliasMatcher(entities: readonly MentionableEntity[]): AliasMatcher {
  const full = new Map<string, string>();
  const family = new Map<string, string[]>();
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases, ...(entity.labels ?? [])]) full.set(nameKey(form), entity.id);
  }
  for (const entity of entities) {
    for (const form of familyForms(entity).map(nameKey)) {
      if (full.has(form)) continue; // a full name of someone else always wins
      const ids = family.get(form) ?? [];
      if (!ids.includes(entity.id)) ids.push(entity.id);
      family.set(form, ids);
    }
  }
  const forms = [
    ...new Set(entities.flatMap((e) => [e.name, ...e.aliases, ...(e.labels ?? []), ...familyForms(e)])),
  ].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // Whole words: no letter or digit may touch either end; any run of spaces (scraped pages carry
  // no-break spaces) matches the single space of an alias.
  const body = forms.map(namePattern).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
  const persons = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  return { pattern, full, family, persons };
}

/** The key under which a text as found is known in `map`, if any. */
function knownKey<T>(map: Map<string, T>, form: string): string | undefined {
  return candidateKeys(form).find((key) => map.has(key));
}

interface RawMatch {
  start: number;
  end: number;
  /** The text as it stands in the body. */
  surface: string;
  /** The alias it matched, spaces normalised. */
  form: string;
}

function scan(text: string, matcher: AliasMatcher): RawMatch[] {
  const out: RawMatch[] = [];
  const re = new RegExp(matcher.pattern.source, matcher.pattern.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], form: m[0].replace(/\s+/g, ' ') });
  }
  return out;
}

export function findMentions(body: string, matcher: AliasMatcher): MentionResult {
  const matches = scan(body, matcher).flatMap(({ form, ...match }) => {
    const fullKey = knownKey(matcher.full, form);
    const familyKey = fullKey === undefined ? knownKey(matcher.family, form) : undefined;
    const id = fullKey === undefined ? undefined : matcher.full.get(fullKey);
    const family = familyKey === undefined ? [] : (matcher.family.get(familyKey) ?? []);
    // "Putin Avenue", "площадь Ким Ир Сена": a place, not the person; left unlinked.
    const person = id === undefined ? family.length > 0 : matcher.persons.has(id);
    if (person && insidePlaceName(body, match.start, match.end)) return [];
    return [{ match, id, family }];
  });
  const namedInFull = new Set(matches.flatMap((m) => (m.id === undefined ? [] : [m.id])));
  const mentions: Mention[] = [];
  const unresolved: UnresolvedMention[] = [];
  for (const { match, id, family } of matches) {
    if (id !== undefined) {
      mentions.push({ entityId: id, ...match, matchedBy: 'alias' });
      continue;
    }
    const candidates = family.filter((c) => namedInFull.has(c));
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only !== undefined) mentions.push({ entityId: only, ...match, matchedBy: 'family-name' });
    else unresolved.push({ ...match, candidates });
  }
  return { mentions, unresolved };
}
