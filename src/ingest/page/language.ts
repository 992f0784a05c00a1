import { createRequire } from 'node:module';
import { francAll } from 'franc';

/**
 * Language identification (franc, trigram profiles) mapped to ISO 639-1, and the per-language stopword lists
 * (stopwords-iso) that boilerplate detection measures text against.
 */

/** franc's ISO 639-3 codes for the languages it can tell apart and that have an ISO 639-1 code. */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  deu: 'de',
  rus: 'ru',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  pol: 'pl',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  mkd: 'mk',
  ces: 'cs',
  slk: 'sk',
  slv: 'sl',
  hrv: 'hr',
  bos: 'bs',
  srp: 'sr',
  ron: 'ro',
  hun: 'hu',
  fin: 'fi',
  ekk: 'et',
  lvs: 'lv',
  lit: 'lt',
  swe: 'sv',
  dan: 'da',
  nob: 'nb',
  nno: 'nn',
  cat: 'ca',
  glg: 'gl',
  als: 'sq',
  tur: 'tr',
  azj: 'az',
  uzn: 'uz',
  kaz: 'kk',
  ind: 'id',
  vie: 'vi',
  tgl: 'tl',
  swh: 'sw',
  afr: 'af',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  hin: 'hi',
  heb: 'he',
  ell: 'el',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tha: 'th',
  kat: 'ka',
  hye: 'hy',
  ben: 'bn',
};

/** Fewer letters than this and no identifier is reliable: the answer is null, "too short". */
export const MIN_LANGUAGE_CHARS = 60;
/**
 * franc scores every candidate relative to the best (1.0), and the scores draw together as the text grows: on a
 * sentence a close language scores 0.7–0.9 of the best, on a full page 0.97–0.99 (Russian and Macedonian, English
 * and Danish). Only a near tie, within half a percent, leaves the text undecided.
 */
const UNSURE_RATIO = 0.995;

export interface LanguageGuess {
  /** ISO 639-1 code, or null when the text does not tell. */
  code: string | null;
  /** Why this code (or why none): the detector's scores or the length. */
  evidence: string;
  /** The runner-up, when there is one, for reports. */
  runnerUp: string | null;
  /** The top-scoring language even when the text does not decide: good enough to pick stopwords and date words. */
  bestGuess: string | null;
}

/**
 * Letters only some languages of a script write. franc's trigram scores draw level between close languages on long
 * texts (Russian, Serbian and Macedonian in Cyrillic); these letters settle it when exactly one candidate shows its own.
 */
const DISTINCTIVE_LETTERS: Readonly<Record<string, RegExp>> = {
  ru: /[ыэё]/iu,
  uk: /[іїєґ]/iu,
  be: /[ўі]/iu,
  sr: /[јљњћђџ]/iu,
  mk: /[јљњѓќѕ]/iu,
};

function settleByLetters(text: string, codes: readonly string[]): string | null {
  const showing = codes.filter((c) => DISTINCTIVE_LETTERS[c]?.test(text));
  return showing.length === 1 ? (showing[0] as string) : null;
}

/** The language of a text by franc over its letters, restricted to languages with an ISO 639-1 code. */
export function identifyLanguage(text: string): LanguageGuess {
  const letters = text.replace(/[^\p{L}]+/gu, '').length;
  if (letters < MIN_LANGUAGE_CHARS) {
    return {
      code: null,
      evidence: `too short to identify: ${letters} letters (needs ${MIN_LANGUAGE_CHARS})`,
      runnerUp: null,
      bestGuess: null,
    };
  }
  const scores = francAll(text, { only: Object.keys(ISO_639_1), minLength: 10 });
  const [best, second] = scores;
  if (!best || best[0] === 'und') {
    return { code: null, evidence: 'the identifier found no language', runnerUp: null, bestGuess: null };
  }
  const code = ISO_639_1[best[0]] ?? null;
  const runnerUp = second ? (ISO_639_1[second[0]] ?? null) : null;
  if (second && second[1] >= UNSURE_RATIO) {
    const tied = scores.filter(([, score]) => score >= UNSURE_RATIO).map(([c]) => ISO_639_1[c] ?? c);
    const settled = settleByLetters(text, tied);
    const alike = `${tied.join(', ')} score alike (${second[1].toFixed(3)} of the best) on ${letters} letters`;
    if (settled) {
      return {
        code: settled,
        evidence: `franc: ${alike}; only ${settled} letters occur`,
        runnerUp,
        bestGuess: settled,
      };
    }
    return { code: null, evidence: `unsure: ${alike}`, runnerUp, bestGuess: code };
  }
  const margin = second ? `, next ${second[0]} at ${second[1].toFixed(3)}` : '';
  return { code, evidence: `franc: ${best[0]} over ${letters} letters${margin}`, runnerUp, bestGuess: code };
}

const require = createRequire(import.meta.url);
const STOPWORDS_ISO = require('stopwords-iso') as Record<string, string[]>;
const stopwordSets = new Map<string, ReadonlySet<string>>();

/** stopwords-iso's list for an ISO 639-1 code, lower-cased; null when there is none. */
export function stopwordsFor(code: string): ReadonlySet<string> | null {
  const cached = stopwordSets.get(code);
  if (cached) return cached;
  const list = STOPWORDS_ISO[code];
  if (!list) return null;
  const set = new Set(list.map((w) => w.toLowerCase()));
  stopwordSets.set(code, set);
  return set;
}

/** Languages whose lists are tried when a page's language is unknown: a block counts with the best of them. */
export const FALLBACK_STOPWORD_LANGUAGES = ['en', 'fr', 'es', 'de', 'ru', 'it', 'pt', 'nl', 'pl', 'uk'] as const;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-cased words, apostrophe forms kept whole ("don't", "l'état" split as stopwords-iso lists them). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The share of a block's words that are stopwords of its language (of the best-fitting fallback list if unknown). */
export function stopwordDensity(words: readonly string[], language: string | null): number {
  if (words.length === 0) return 0;
  const count = (set: ReadonlySet<string>) => {
    let n = 0;
    for (const w of words) {
      if (set.has(w)) n++;
      else {
        // French and Italian elide: "l'accord" counts as the stopword "l'".
        const elided = /^([\p{L}]{1,2})['’]/u.exec(w);
        if (elided && (set.has(`${elided[1]}'`) || set.has(elided[1] as string))) n++;
      }
    }
    return n / words.length;
  };
  const own = language ? stopwordsFor(language) : null;
  if (own) return count(own);
  let best = 0;
  for (const code of FALLBACK_STOPWORD_LANGUAGES) {
    const set = stopwordsFor(code);
    if (set) best = Math.max(best, count(set));
  }
  return best;
}
