import { escapeRegExp } from '../lib/text.ts';

/**
 * Finds entity mentions in a cleaned body by matching aliases as whole words, longest first,
 * so "Kim Il Sung Square" (a place) wins over "Kim" (a person) inside it.
 * A bare family name or "Mr. X" links only when exactly one person of that name is named in full
 * in the same article; otherwise it could mean two people and stays unlinked.
 */

export interface MentionableEntity {
  id: string;
  type: string;
  name: string;
  familyName: string | null;
  aliases: readonly string[];
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
  /** Full names and aliases: each means exactly one entity. */
  full: Map<string, string>;
  /** Family-name forms ("Kim", "Mr. Kim"): each may mean several persons. */
  family: Map<string, string[]>;
}

const HONORIFICS = ['Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Dr.', 'Dr'];

export function buildAliasMatcher(entities: readonly MentionableEntity[]): AliasMatcher {
  const full = new Map<string, string>();
  const family = new Map<string, string[]>();
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases]) full.set(form, entity.id);
  }
  for (const entity of entities) {
    if (entity.type !== 'person' || !entity.familyName) continue;
    const forms = [entity.familyName, ...HONORIFICS.map((h) => `${h} ${entity.familyName}`)];
    for (const form of forms) {
      if (full.has(form)) continue; // a full name of someone else always wins
      const ids = family.get(form) ?? [];
      if (!ids.includes(entity.id)) ids.push(entity.id);
      family.set(form, ids);
    }
  }
  const forms = [...new Set([...full.keys(), ...family.keys()])].sort(
    (a, b) => b.length - a.length || (a < b ? -1 : 1),
  );
  // Whole words: no letter or digit may touch either end; any run of spaces (scraped pages carry
  // no-break spaces) matches the single space of an alias.
  const body = forms.map((form) => escapeRegExp(form).replace(/ +/g, '\\s+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, full, family };
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

/** True when the text names any known entity, in full or by family name. */
export function mentionsAnyEntity(text: string, matcher: AliasMatcher): boolean {
  return scan(text, matcher).length > 0;
}

export function findMentions(body: string, matcher: AliasMatcher): MentionResult {
  const matches = scan(body, matcher);
  const namedInFull = new Set<string>();
  for (const match of matches) {
    const id = matcher.full.get(match.form);
    if (id !== undefined) namedInFull.add(id);
  }
  const mentions: Mention[] = [];
  const unresolved: UnresolvedMention[] = [];
  for (const { form, ...match } of matches) {
    const id = matcher.full.get(form);
    if (id !== undefined) {
      mentions.push({ entityId: id, ...match, matchedBy: 'alias' });
      continue;
    }
    const candidates = (matcher.family.get(form) ?? []).filter((c) => namedInFull.has(c));
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only !== undefined) mentions.push({ entityId: only, ...match, matchedBy: 'family-name' });
    else unresolved.push({ ...match, candidates });
  }
  return { mentions, unresolved };
}
