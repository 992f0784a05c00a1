import type { EntityType } from '../db/schema.ts';
import { escapeRegExp, slugOf } from '../lib/text.ts';
import {
  type CandidateName,
  eastAsianName,
  findCandidateNames,
  isCommonWord,
  isGivenName,
  isLoneGivenName,
  PARTICLES,
  russianNominative,
} from './candidates.ts';
import {
  type AliasMatcher,
  addEntities,
  buildAliasMatcher,
  findMentions,
  type Mention,
  type MentionableEntity,
  type MentionResult,
  PATRONYMIC,
  sameName,
  type UnresolvedMention,
} from './mentions.ts';
import { type FoundQuotation, findQuotations } from './quotations.ts';
import { INITIALS_LABEL, speakerLabels } from './transcript.ts';

/**
 * One article's links to the knowledge base, for the seed, ingest and a rebuild alike: its mentions of known
 * entities, the names in it that match none (new candidate entities, linked too), and its quotations with their
 * speakers.
 */

/** A name found in a page that matches no entity: a candidate entity until a curator confirms or merges it. */
export interface CandidateEntity extends MentionableEntity {
  type: Exclude<EntityType, 'country'>;
  /** Every spelling the page used, the listed name first. */
  aliases: string[];
  /** The rule and the words that found it, for the curator. */
  foundBy: string;
}

export interface PageLinks {
  mentions: Mention[];
  unresolved: UnresolvedMention[];
  /** Candidates this page introduced (none the knowledge base held before). */
  candidates: CandidateEntity[];
  quotations: FoundQuotation[];
}

export interface LinkContext {
  /** The matcher over every entity known so far, candidates of earlier pages included. */
  matcher: AliasMatcher;
  /** The type of each known entity, by id (quotations are said by people and organisations only). */
  typeOf: (id: string) => string | undefined;
  /** An id no entity has yet, built on `base` (a candidate's slug). */
  freeId: (base: string) => string;
  /**
   * A known entity's curated description ("President of Russia."), with the other languages' names of the places it
   * names: who "the Russian president" or "le président russe" is.
   */
  describe?: (id: string) => string | null | undefined;
}

/** The words that open a family name: a name's particles, and the French articles ("Le Gall", "van der Leyen"). */
const FAMILY_PARTICLES = new Set([...PARTICLES, 'le', 'la', 'des']);

/**
 * A candidate person's family name: the first word of an East Asian name, else the last with the particles before it
 * ("Maria Zakharova" → "Zakharova", "Mi-kyung Le Gall" → "Le Gall").
 */
function familyNameOf(name: string, type: string): string | null {
  if (type !== 'person') return null;
  const words = name.split(' ');
  if (words.length < 2) return null;
  if (eastAsianName(words)) return words[0] as string;
  let from = words.length - 1;
  while (from > 1 && FAMILY_PARTICLES.has((words[from - 1] as string).toLowerCase())) from--;
  return words.slice(from).join(' ');
}

/** A Russian name without the patronymic between its given name and family name: "Григорий Павлович Ан" → "Григорий Ан". */
function withoutPatronymic(name: string): string {
  const words = name.split(' ');
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !PATRONYMIC.test(w)).join(' ');
}

/**
 * The page's candidate names grouped into entities: one per name (in any case or spelling: "Мария Захарова" and
 * "Марии Захаровой" are one) and type. The shortest spelling is the listed name: in a declining language, the nominative.
 */
function candidatesOf(
  body: string,
  names: readonly CandidateName[],
  freeId: (base: string) => string,
): CandidateEntity[] {
  const groups: { found: CandidateName[]; type: CandidateEntity['type'] }[] = [];
  // "Григорий Ан" and "Григорием Павловичем Аном" are one person: the same name but for the patronymic.
  // "Анна Сергеевна" and "Анна Сергеевна Ким" too: a given name and patronymic, as Russians address someone.
  const addressed = (a: string, b: string) => {
    const [, middle, more] = a.split(' ');
    return more === undefined && PATRONYMIC.test(middle ?? '') && sameName(a, b.split(' ').slice(0, 2).join(' '));
  };
  const same = (a: string, b: string) =>
    sameName(a, b) || sameName(withoutPatronymic(a), withoutPatronymic(b)) || addressed(a, b) || addressed(b, a);
  for (const found of names) {
    const group = groups.find((g) => g.type === found.type && g.found.some((f) => same(f.name, found.name)));
    if (group) group.found.push(found);
    else groups.push({ found: [found], type: found.type });
  }
  return groups.map(({ found, type }) => {
    const first = found[0] as (typeof found)[number];
    const spellings = [...new Set(found.map((f) => f.name))];
    // The fullest spelling is the listed name, the shortest of those: in a declining language, the nominative. A
    // Russian name seen only in an oblique case is listed in the nominative where its first name tells the case.
    const forms = type === 'person' ? spellings.map(russianNominative) : spellings;
    const words = (n: string) => n.split(' ').length;
    const name = forms.reduce((a, b) =>
      words(b) > words(a) || (words(b) === words(a) && b.length < a.length) ? b : a,
    );
    if (!spellings.includes(name)) spellings.push(name);
    return {
      id: freeId(slugOf(name) || 'candidate'),
      type,
      name,
      familyName: familyNameOf(name, type),
      aliases: [name, ...spellings.filter((s) => s !== name)],
      foundBy: `${first.evidence}: "${contextOf(body, first.start, first.end)}"`,
    };
  });
}

/** The words around a span, for evidence. */
function contextOf(body: string, start: number, end: number): string {
  const from = Math.max(body.lastIndexOf('\n', start) + 1, start - 60);
  const next = body.indexOf('\n', end);
  const to = Math.min(next === -1 ? body.length : next, end + 60);
  return `${from > 0 && body[from - 1] !== '\n' ? '…' : ''}${body.slice(from, to).trim()}${to < body.length && body[to] !== '\n' ? '…' : ''}`;
}

/**
 * Links one article: mentions of the entities `context` knows, then candidates for the names that match none (linked
 * in a second pass, so a candidate's family name alone links to them too), then its quotations, each attributed to a
 * mentioned person or organisation where the text says who spoke.
 */
export function linkPage(
  body: string,
  language: string | null,
  context: LinkContext,
  aside: readonly string[] = [],
): PageLinks {
  const known = findMentions(body, context.matcher, { language });
  const found = candidatesOf(body, candidateNames(body, known, language, aside), context.freeId);
  // "Mme Le Gall" after "Mi-kyung Le Gall": a family name alone, of a person the page names in full, is no one new.
  const families = found.flatMap((c) => (c.familyName ? [c.familyName] : []));
  const candidates = found.filter((c) => c.type !== 'person' || !families.some((f) => sameName(f, c.name)));
  // With candidates, all names again at once: a candidate's family name alone links to them, and is a namesake of
  // the known people of that name.
  let { mentions, unresolved } =
    candidates.length > 0 ? findMentions(body, [context.matcher, buildAliasMatcher(candidates)], { language }) : known;
  // A candidate no mention survived for (its name stood inside a known one) is not kept.
  const mentioned = new Set(mentions.map((m) => m.entityId));
  const kept = candidates.filter((c) => mentioned.has(c.id));
  const types = new Map(kept.map((c) => [c.id, c.type as string]));
  const isPerson = (id: string) => (types.get(id) ?? context.typeOf(id)) === 'person';
  mentions = [
    ...mentions,
    ...givenNameMentions(body, mentions, isPerson),
    ...initialsMentions(body, mentions, isPerson),
  ].sort((a, b) => a.start - b.start);
  const speakers = mentions.flatMap((m) => {
    const type = types.get(m.entityId) ?? context.typeOf(m.entityId);
    return type ? [{ ...m, type }] : [];
  });
  return {
    mentions,
    unresolved,
    candidates: kept,
    quotations: findQuotations(body, language, speakers, context.describe),
  };
}

/**
 * A person's given name used alone after the page named them in full, as features call ordinary people ("Soo-jin
 * Marchand, 41, … Soo-jin laughs"): linked in context, when no one else the page names in full has that given name.
 * Not a given name with another name after it ("Irina Petrova" is someone else), nor one the lexicon knows as a
 * common word ("Will", "Mark"), nor an East Asian name's first word, which is its family name.
 */
function givenNameMentions(body: string, mentions: readonly Mention[], isPerson: (id: string) => boolean): Mention[] {
  const owners = new Map<string, { id: string; after: number } | null>();
  for (const m of mentions) {
    if ((m.matchedBy !== 'exact' && m.matchedBy !== 'alias') || !isPerson(m.entityId)) continue;
    const words = m.surface.split(/\s+/u);
    const given = words[0] as string;
    if (words.length < 2 || eastAsianName(words) || !/^\p{Lu}\p{Ll}+(?:-\p{L}+)?$/u.test(given)) continue;
    if (given.length < 3 || isCommonWord(given.toLowerCase())) continue;
    const owner = owners.get(given);
    if (owner === undefined) owners.set(given, { id: m.entityId, after: m.end });
    else if (owner !== null && owner.id !== m.entityId) owners.set(given, null);
  }
  const out: Mention[] = [];
  for (const [given, owner] of owners) {
    if (!owner) continue;
    const alone = new RegExp(
      `(?<![\\p{L}\\p{N}'’-])${escapeRegExp(given)}(?![\\p{L}\\p{N}'’-])(?![^\\S\\n]+\\p{Lu})`,
      'gu',
    );
    alone.lastIndex = owner.after;
    for (let m = alone.exec(body); m !== null; m = alone.exec(body)) {
      const start = m.index;
      const end = start + given.length;
      if (mentions.some((o) => o.start < end && start < o.end)) continue;
      out.push({ entityId: owner.id, start, end, surface: given, matchedBy: 'context' });
    }
  }
  return out;
}

/**
 * A transcript's labels of initials ("JT:", "CJW:") as mentions of the person the page names in full with those
 * letters ("Jenny Town"), linked by context: the label is theirs on this page only.
 */
function initialsMentions(body: string, mentions: readonly Mention[], isPerson: (id: string) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const label of speakerLabels(body, isGivenName).named) {
    if (label.fullFrom !== 'text' || !INITIALS_LABEL.test(body.slice(label.nameStart, label.nameEnd))) continue;
    const full = label.full?.join(' ') ?? '';
    const named = mentions.find((m) => isPerson(m.entityId) && sameName(m.surface, full));
    if (!named || mentions.some((m) => m.start < label.nameEnd && label.nameStart < m.end)) continue;
    const surface = body.slice(label.nameStart, label.nameEnd);
    out.push({ entityId: named.entityId, start: label.nameStart, end: label.nameEnd, surface, matchedBy: 'context' });
  }
  return out;
}

/**
 * The names in a body that no known name covers. A full name no entity has may contain a known family name
 * ("Kim Il-sung"), so only full names are taken out first; a name that is only a known family name, linked or left
 * open ("Poutine" after "le président"), is no new name.
 */
function candidateNames(
  body: string,
  found: MentionResult,
  language: string | null,
  aside: readonly string[],
): CandidateName[] {
  const taken = found.mentions.filter((m) => m.matchedBy === 'exact' || m.matchedBy === 'alias');
  const bare = [...found.mentions.filter((m) => !taken.includes(m)), ...found.unresolved];
  return findCandidateNames(body, language, taken, bare, aside).filter(
    (n) => !bare.some((b) => b.start === n.start && b.end === n.end),
  );
}

/**
 * A page's links with its candidates' ids replaced by `idOf(id)`: the page thread links with provisional ids, and
 * the writer gives each candidate an id no entity has when it writes.
 */
export function withCandidateIds(links: PageLinks, idOf: (id: string) => string): PageLinks {
  const ids = new Map(links.candidates.map((c) => [c.id, idOf(c.id)]));
  const id = (old: string) => ids.get(old) ?? old;
  return {
    ...links,
    mentions: links.mentions.map((m) => ({ ...m, entityId: id(m.entityId) })),
    candidates: links.candidates.map((c) => ({ ...c, id: id(c.id) })),
    quotations: links.quotations.map((q) =>
      q.speaker ? { ...q, speaker: { ...q.speaker, entityId: id(q.speaker.entityId) } } : q,
    ),
  };
}

/**
 * Each entity's curated description by id, for those that have one, followed by the names other languages give the
 * countries and places it names ("Leader of North Korea" with "Corée du Nord", "Северная Корея"), so that a title's
 * nationality in any language ("le dirigeant nord-coréen", "северокорейский лидер") finds it.
 */
export function descriptionsOf(
  entities: Iterable<{
    id: string;
    type?: string;
    name?: string;
    labels?: readonly string[];
    description?: string | null | undefined;
  }>,
): Map<string, string> {
  const all = [...entities];
  const places = all.flatMap((e) =>
    (e.type === 'country' || e.type === 'place') && e.name && e.labels?.length
      ? [{ pattern: new RegExp(`(?<![\\p{L}])${escapeRegExp(e.name)}(?![\\p{L}])`, 'u'), labels: e.labels }]
      : [],
  );
  const out = new Map<string, string>();
  for (const e of all) {
    if (!e.description) continue;
    const labels = places.filter((p) => p.pattern.test(e.description as string)).flatMap((p) => p.labels);
    out.set(e.id, labels.length > 0 ? `${e.description} (${labels.join(', ')})` : e.description);
  }
  return out;
}

/** True for a candidate later pages may link to: not a person named by a given name alone ("Théo", "Артём"). */
export function linksAcrossPages(c: { type: string; name: string }): boolean {
  return c.type !== 'person' || !isLoneGivenName(c.name);
}

/**
 * Links article after article against a growing set of entities: the candidates one article introduces are known
 * to the next (the seed's pass over the corpus, a rebuild's pass over the ingested articles).
 */
export class Linker {
  private readonly types: Map<string, string>;
  private readonly descriptions: Map<string, string>;

  constructor(
    entities: readonly (MentionableEntity & { description?: string | null })[],
    private readonly matcher: AliasMatcher = buildAliasMatcher(entities),
  ) {
    this.types = new Map(entities.map((e) => [e.id, e.type]));
    this.descriptions = descriptionsOf(entities);
  }

  link(body: string, language: string | null, aside: readonly string[] = []): PageLinks {
    const links = linkPage(
      body,
      language,
      {
        matcher: this.matcher,
        typeOf: (id) => this.types.get(id),
        describe: (id) => this.descriptions.get(id),
        freeId: (base) => {
          let id = base;
          for (let n = 2; this.types.has(id); n++) id = `${base}-${n}`;
          this.types.set(id, 'candidate');
          return id;
        },
      },
      aside,
    );
    addEntities(this.matcher, links.candidates.filter(linksAcrossPages));
    for (const c of links.candidates) this.types.set(c.id, c.type);
    return links;
  }
}
