import { escapeRegExp } from '../lib/text.ts';
import { EAST_ASIAN_FAMILY } from './given-names.ts';
import { SPEAKER_LABEL } from './page/furniture.ts';
import { isHonorific, isTitleWord } from './titles.ts';

/**
 * The speaker labels of a transcript: a press briefing, a televised debate, a hearing. Each turn is a paragraph that
 * opens with its speaker's name in capitals and a colon ("MR BROOKS: Good afternoon.", "MARC-ANTOINE DELORME : Bonsoir.",
 * "Д. ПЕСКОВ: Нет."), or with a role ("QUESTION:", "ВОПРОС:", "JOURNALISTE :"). A page is a transcript when at least
 * three paragraphs open so; a label of one word in capitals names someone only after an honorific ("MR BROOKS"), since
 * "UPDATE:" and "NOTE:" open paragraphs too. Pure functions: no database, no network.
 */

export interface SpeakerLabel {
  /** Where the label starts: its honorific, else its name. */
  start: number;
  /** The name in the label, without the honorific (UTF-16 offsets, end exclusive). */
  nameStart: number;
  nameEnd: number;
  /** The name's words, in capitals as written. */
  words: readonly string[];
  /**
   * For a family name alone, the words of the full name another label of the page gives ("TOM KESSLER"), or else the
   * page's text ("retired Lieutenant General Denise Halloran" for "HALLORAN").
   */
  full?: readonly string[];
  /** Where the full name was found. */
  fullFrom?: 'label' | 'text';
  /** Where the turn's words start, past the colon and the spaces after it. */
  textStart: number;
  /** Where the paragraph ends. */
  end: number;
}

/** How many labelled turns make a transcript. */
export const TRANSCRIPT_TURNS = 3;

const LABEL = new RegExp(SPEAKER_LABEL, 'gmu');

/** Labels of a turn that name a role, not a person: the interviewer's questions and the like. */
const ROLE_LABELS = new Set(
  `question questions q a answer reporter journalist moderator host interviewer audience participant voice voices
    unidentified male female speaker translator interpreter narrator anchor correspondent caller man woman student vo
    réponse journaliste présentateur présentatrice animateur animatrice intervenant intervenante homme femme
    étudiant étudiante auditeur auditrice
    pregunta respuesta periodista presentador presentadora
    frage antwort moderator moderatorin
    вопрос ответ корреспондент корр. журналист ведущий ведущая реплика голос мужчина женщина студент студентка
    слушатель слушательница`.split(/\s+/u),
);

/**
 * True when a label's words name a role, not a person: "QUESTION", "Вопрос", "The President", "Hon. Members" (an
 * article first, then role or title words only).
 */
export function isRoleLabel(label: string): boolean {
  const words = label
    .split(/[^\S\n]+/u)
    .filter(Boolean)
    .filter((w, i) => i > 0 || !ARTICLES.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => ROLE_LABELS.has(w.toLowerCase()) || isTitleWord(w));
}

/** Articles that may open a role's label: "The President:", "Le Président :", "UN HOMME (au fond de la salle). —". */
const ARTICLES = new Set(['the', 'le', 'la', 'el', 'der', 'die', 'an', 'un', 'une', 'una', 'ein', 'eine']);

/** The asker's name in capitals opening the brackets of a question's label, before a comma if any. */
const BRACKETED_NAME = /^[^\S\n]*(\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[^\S\n]+\p{Lu}[\p{Lu}\p{M}'’.-]*){1,4})[^\S\n]*(?:,|$)/u;
/** One word in capitals opening the brackets, before a comma if any: "CALLER (TOM, DAEGU)". */
const BRACKETED_WORD = /^[^\S\n]*(\p{Lu}[\p{Lu}\p{M}'’-]*)[^\S\n]*(?:,|$)/u;

/** True when a label's words name someone: not a role, a title or a word of furniture ("UPDATE", "NOTE"). */
function naming(words: readonly string[], honorific: boolean, lowerSeen: ReadonlySet<string>): boolean {
  if (!honorific && words.length < 2) return false;
  return words.every((w) => {
    const lower = w.toLowerCase();
    return !ROLE_LABELS.has(lower) && !isTitleWord(w) && !lowerSeen.has(lower);
  });
}

/**
 * Every labelled turn of `body` when it reads as a transcript (at least three turns), else none. `named` turns carry
 * a person's name; the others a role ("QUESTION:"). Words the page also writes in lower case are no name. A role's
 * label with one word in brackets names a person when `givenName` knows the word ("CALLER (TOM, DAEGU):").
 */
export function speakerLabels(
  body: string,
  givenName: (lower: string) => boolean = KNOWS_NO_GIVEN_NAME,
): { named: SpeakerLabel[]; turns: number } {
  // The candidates, the linker and the quotation finder each read the labels of the page they are given.
  if (lastRead?.body === body && lastRead.givenName === givenName) return lastRead.labels;
  const labels = readSpeakerLabels(body, givenName);
  lastRead = { body, givenName, labels };
  return labels;
}

/** No word is a given name: a label names a caller in brackets only where a list says the word is one. */
const KNOWS_NO_GIVEN_NAME = () => false;

/** The page whose labels were read last, and its labels. */
let lastRead: {
  body: string;
  givenName: (lower: string) => boolean;
  labels: { named: SpeakerLabel[]; turns: number };
} | null = null;

function readSpeakerLabels(
  body: string,
  givenName: (lower: string) => boolean,
): { named: SpeakerLabel[]; turns: number } {
  const lowerSeen = new Set<string>();
  for (const w of body.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []) lowerSeen.add(w.toLowerCase());
  const labels: {
    m: RegExpMatchArray;
    words: string[];
    honorific: boolean;
    names: boolean;
    /** The words that hold the name, and their offset in the match. */
    run: string;
    runAt: number;
  }[] = [];
  for (const m of body.matchAll(LABEL)) {
    const [whole, lead = '', label = '', note = ''] = m;
    let run = label;
    let runAt = whole.indexOf(label, lead.length);
    let words = run.split(/[^\S\n]+/u);
    // "Q (KIM MIN-JI, YONHAP NEWS AGENCY):": a question's label with the asker's name in brackets.
    const role = words.length === 1 && ROLE_LABELS.has(run.toLowerCase());
    // Or a caller's given name alone, as a phone-in labels them: "CALLER (TOM, DAEGU):".
    const lone = role ? BRACKETED_WORD.exec(note) : null;
    const given = lone !== null && givenName((lone[1] as string).toLowerCase());
    const asker = role ? (BRACKETED_NAME.exec(note) ?? (given ? lone : null)) : null;
    if (asker) {
      run = asker[1] as string;
      runAt = whole.lastIndexOf(note) + (asker.index ?? 0) + (asker[0].length - asker[0].trimStart().length);
      words = run.split(/[^\S\n]+/u);
    }
    // An honorific before the name, in capitals or not: "MR BROOKS", "Mme VASSEUR". A lead word that is none belongs
    // to no label ("Update NOTE:"). Titles and ranks are left out the same way ("COL. CHOI YOON-SEOK", "MINISTER
    // SHIN WON-SIK").
    let honorific = lead !== '';
    if (honorific && !isHonorific(lead.trim())) continue;
    while (words.length > 1 && (isHonorific(words[0] as string) || isTitleWord(words[0] as string))) {
      honorific = true;
      words = words.slice(1);
    }
    const names = naming(words, honorific, lowerSeen) || (given && words.length === 1 && asker === lone);
    labels.push({ m, words, honorific, names, run, runAt });
  }
  // "KESSLER (voice-over):" after "TOM KESSLER, WNX CORRESPONDENT:", "SHIN:" after "MINISTER SHIN WON-SIK:": a family
  // name alone (the last word, or the first as East Asian names write it), of one person a label named in full, names
  // them too.
  const families = new Map<string, string[] | null>();
  for (const l of labels) {
    if (!l.names || l.words.length < 2) continue;
    for (const key of new Set([l.words.at(-1), l.words[0]].map((w) => (w as string).toLowerCase()))) {
      const seen = families.get(key);
      families.set(key, seen === undefined || seen?.join(' ') === l.words.join(' ') ? l.words : null);
    }
  }
  // "HALLORAN:" after "… retired Lieutenant General Denise Halloran, …": or one the text writes out; "JT:" the one
  // name the text writes with those initials. Once for each word, however many turns it labels.
  const written = new Map<string, string[] | null>();
  const writtenOut = (word: string) => {
    if (!written.has(word)) written.set(word, fullNameWritten([body], word)?.split(' ') ?? nameOfInitials(body, word));
    return written.get(word) ?? null;
  };
  const named: SpeakerLabel[] = [];
  for (const { m, words, names, run, runAt } of labels) {
    const single = words.length === 1 ? (words[0] as string) : null;
    const fromLabel = single ? families.get(single.toLowerCase()) : undefined;
    const fromText = single && !fromLabel && !ROLE_LABELS.has(single.toLowerCase()) ? writtenOut(single) : null;
    const full = fromLabel ?? fromText;
    if (!names && !full) continue;
    const [whole] = m;
    const at = m.index ?? 0;
    const runStart = at + runAt;
    // The name is the run's last words: past the honorific or title written in capitals, if one opened it.
    const left = run.split(/[^\S\n]+/u).length - words.length;
    const nameStart =
      runStart + (left > 0 ? (new RegExp(`^(?:\\S+[^\\S\\n]+){${left}}`, 'u').exec(run)?.[0].length ?? 0) : 0);
    const newline = body.indexOf('\n', at);
    named.push({
      start: at + whole.length - whole.trimStart().length,
      nameStart,
      nameEnd: runStart + run.length,
      words,
      ...(full ? { full, fullFrom: fromLabel ? ('label' as const) : ('text' as const) } : {}),
      textStart: at + whole.length,
      end: newline === -1 ? body.length : newline,
    });
  }
  return labels.length >= TRANSCRIPT_TURNS ? { named, turns: labels.length } : { named: [], turns: labels.length };
}

/** A label of initials: two to four capitals ("JT", "CJW"). */
export const INITIALS_LABEL = /^\p{Lu}{2,4}$/u;
/** Two or three capitalised words, each perhaps with a hyphenated part ("Choi Jae-won"): a name as prose writes it. */
const WRITTEN_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:-\p{L}+)?(?:[^\S\n]+\p{Lu}\p{Ll}+(?:-\p{L}+)?){1,2}(?![\p{L}])/gu;

/**
 * The name a label of initials stands for ("JT:" for Jenny Town, "CJW:" for Choi Jae-won), where the page writes
 * exactly one name of two or three words whose initials, a hyphenated part's or not, are the label's letters.
 */
function nameOfInitials(body: string, label: string): string[] | null {
  if (!INITIALS_LABEL.test(label)) return null;
  const found = new Set<string>();
  for (const m of body.matchAll(WRITTEN_NAME)) {
    const words = m[0].split(/[^\S\n]+/u);
    // Every run of two or three words inside it: "Host Priya Raman" holds "Priya Raman".
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 2; to <= words.length; to++) {
        const run = words.slice(from, to);
        if (run.some((w) => isTitleWord(w) || isHonorific(w))) continue;
        const short = run.map((w) => w[0]).join('');
        const long = run
          .map((w) =>
            w
              .split('-')
              .map((part) => part[0]?.toUpperCase())
              .join(''),
          )
          .join('');
        if (short === label || long === label) found.add(run.join(' '));
      }
    }
  }
  return found.size === 1 ? ([...found][0] as string).split(' ') : null;
}

/** A name written in capitals as a name is listed: "MARC-ANTOINE DELORME" → "Marc-Antoine Delorme". */
export function nameCase(words: readonly string[]): string {
  return words
    .map((w) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()))
    .join(' ');
}

/**
 * The full name a one-word label shortens, where a line of the page outside its body gives it: a briefing's header
 * "Nathaniel Brooks, Deputy Spokesperson" for "MR BROOKS". The line must be the name alone, or the name and a role
 * after a comma or a dash; the name one to three capitalised words before the family name. Only one such name may fit.
 */
export function fullNameIn(aside: readonly string[], family: string): string | null {
  const found = new Set<string>();
  const key = family.toLowerCase();
  for (const line of aside) {
    const m = ASIDE_NAME.exec(withoutTitles(line.trim()));
    if (!m) continue;
    const words = (m[1] as string).split(/\s+/u);
    if (words.length < 2) continue;
    // "Park Seo-yeon, Research Fellow": an East Asian name opens with its family name.
    const first = words[0] as string;
    const eastAsian = first.toLowerCase() === key && EAST_ASIAN_FAMILY.has(nameCase([first]));
    if ((words.at(-1) as string).toLowerCase() === key || eastAsian) found.add(words.join(' '));
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** A line without the titles and notes in brackets that open it: "Col. (ret.) David Okafor, …" → "David Okafor, …". */
function withoutTitles(line: string): string {
  let rest = line;
  for (let m = /^(\S+)\s+/u.exec(rest); m !== null; m = /^(\S+)\s+/u.exec(rest)) {
    const word = m[1] as string;
    if (!/^\(.*\)$/u.test(word) && !isHonorific(word) && !isTitleWord(word.replace(/\.$/u, ''))) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/**
 * The full name a label of a family name shortens, with initials before it or not ("И. СОКОЛОВСКАЯ", "K. BURTSEV",
 * "HALLORAN"), where the page writes it out: one to three capitalised words before the family name, the first opening
 * with the initial ("Ведущая — Ирина Соколовская", "востоковед Константин Игоревич Бурцев"); with no initial, the one
 * or two words before it that are no title ("retired Lieutenant General Denise Halloran"). Only one such name may fit.
 */
export function fullNameWritten(
  texts: readonly string[],
  family: string,
  initial: string | null = null,
): string | null {
  const found = new Set<string>();
  const name = new RegExp(
    // The family name as a name is written, not in capitals as the label has it.
    String.raw`(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[^\S\n]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})[^\S\n]+${escapeRegExp(nameCase([family]))}(?![\p{L}])`,
    'gu',
  );
  const titled = (w: string) => isTitleWord(w) || isHonorific(w) || ARTICLES.has(w.toLowerCase());
  for (const text of texts) {
    for (const m of text.matchAll(name)) {
      // The longest run of the words before that opens with the initial ("Сегодня Ирина" → "Ирина").
      const words = (m[1] as string).split(/\s+/u);
      const from = initial
        ? words.findIndex((w) => w[0]?.toLowerCase() === initial.toLowerCase())
        : Math.max(words.length - 2, words.findLastIndex(titled) + 1);
      if (from !== -1 && from < words.length) found.add([...words.slice(from), nameCase([family])].join(' '));
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** A line that is a name, perhaps with a role after a comma or a dash ("By" before it, as a byline writes it). */
const ASIDE_NAME =
  /^(?:by\s+)?(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}'’-]+)){1,3})\s*(?:$|[,|–—-]\s*\S.{0,80}$)/iu;
