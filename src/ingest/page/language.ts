import { createRequire } from 'node:module';
import { francAll } from 'franc';
import { countWords } from '../../lib/text.ts';

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
  const onlyLetters = text.replace(/[^\p{L}]+/gu, '');
  const letters = onlyLetters.length;
  // A Han character or a Hangul syllable carries what several Latin letters do, and franc tells Chinese, Japanese and
  // Korean apart by their characters alone: the bar is the same amount of text, not the same count of characters.
  const weighed = textLength(onlyLetters);
  if (weighed < MIN_LANGUAGE_CHARS) {
    const asMuch = weighed !== letters ? `, as much text as ${Math.round(weighed)} Latin letters` : '';
    return {
      code: null,
      evidence: `too short to identify: ${letters} letters${asMuch} (needs ${MIN_LANGUAGE_CHARS})`,
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
/** Tried as well when the block is written in Han, Kana or Hangul. */
const FALLBACK_CJK_LANGUAGES = ['zh', 'ja', 'ko'] as const;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Scripts written without spaces between words (Han, Kana, Thai, Lao, Khmer, Myanmar): their words are found by
 * ICU's dictionaries through Intl.Segmenter, which picks the dictionary by script whatever the locale.
 */
const UNSPACED_RUN =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々〆]+)/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** A text cut into stretches of unspaced scripts (odd indexes) and everything else (even indexes). */
function scriptRuns(text: string): string[] {
  return UNSPACED_RUN.test(text) ? text.split(UNSPACED_RUN) : [text];
}

/** The segmenter's time grows with the square of its input: a run is given to it in pieces of this many characters. */
const SEGMENT_PIECE = 1000;

function segmentedWords(run: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < run.length; at += SEGMENT_PIECE) {
    for (const s of segmenter.segment(run.slice(at, at + SEGMENT_PIECE))) if (s.isWordLike) out.push(s.segment);
  }
  return out;
}

/**
 * Lower-cased words, apostrophe forms kept whole ("don't", "l'état" split as stopwords-iso lists them); Chinese,
 * Japanese and Thai are cut into dictionary words ("他們說這個問題" is 他們, 說, 這個, 問題).
 */
export function wordsOf(text: string): string[] {
  const runs = scriptRuns(text.toLowerCase());
  return runs.flatMap((run, i) => (i % 2 ? segmentedWords(run) : (run.match(WORD) ?? [])));
}

/** How many words a text has: lib's count, with runs of unspaced scripts counted in dictionary words. */
export function wordCount(text: string): number {
  const runs = scriptRuns(text);
  return runs.reduce((n, run, i) => n + (i % 2 ? segmentedWords(run).length : countWords(run)), 0);
}

/**
 * Characters of other scripts as Latin characters: a Han character stands for a word (about three Latin characters
 * with its space, as translations between Chinese and English run), a Kana or Hangul syllable for two or more.
 */
const WIDE_SCRIPTS: readonly [RegExp, number][] = [
  [/\p{Script=Han}/gu, 3],
  [/\p{Script=Hangul}/gu, 2.5],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 2],
];

/**
 * A text's length in Latin characters' worth, so that length thresholds calibrated on alphabetic text (jusText's
 * 70 and 200) mean as much text in Chinese, Japanese and Korean. Alphabetic text: its length in UTF-16 units.
 */
export function textLength(text: string): number {
  let length = text.length;
  for (const [script, weight] of WIDE_SCRIPTS) {
    const n = text.match(script)?.length ?? 0;
    length += n * (weight - 1);
  }
  return length;
}

/**
 * Traditional characters and their simplified forms, for the characters of stopwords-iso's Chinese list (which is
 * written in simplified characters only): Hong Kong and Taiwan pages are measured against the same list.
 */
const TRADITIONAL_PAIRS =
  '個个箇个則则來来樣样種种轉转萬万僅仅單单盡尽儘尽於于過过問问與与說说時时兩两別别臨临為为爲为麼么麽么著着烏乌類类爾尔們们從从舊旧憑凭會会處处餘余據据儻傥兒儿體体關关衝冲沖冲幾几後后區区卻却嚇吓嗎吗噠哒嘔呕唄呗嗚呜喲哟嘩哗邊边裡里裏里嘍喽噯嗳噓嘘寧宁願愿對对將将豈岂並并併并開开歸归齊齐總总辦办換换話话無无極极歟欤間间沒没點点猶犹確确離离稱称簡简緊紧縱纵經经結结給给繼继綜综騰腾雖虽讓让許许設设誠诚該该請请諸诸誰谁賊贼賴赖趕赶較较還还這这進进連连鑒鉴鑑鉴針针隨随難难順顺當当見见況况罷罢論论達达內内';
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < TRADITIONAL_PAIRS.length; i += 2)
  SIMPLIFIED.set(TRADITIONAL_PAIRS[i] as string, TRADITIONAL_PAIRS[i + 1] as string);

function simplified(word: string): string {
  let out = '';
  for (const c of word) out += SIMPLIFIED.get(c) ?? c;
  return out;
}

/**
 * Korean glues its function words to the word before them: particles ("대통령은", "평양에서", "조약을") and verb
 * endings ("밝혔다", "맞이했고"). A word (eojeol) that ends in one after a stem counts as carrying a stopword.
 */
const KOREAN_FUNCTION_ENDING =
  /\p{Script=Hangul}(?:은|는|이|가|을|를|의|에|에서|에게|께서|께|으로|로|와|과|도|만|까지|부터|보다|처럼|마다|이나|라고|이라고|다|고|며|면서|지만|는데|했다|한다|된다|있다)$/u;

/** The share of a block's words that are stopwords of its language (of the best-fitting fallback list if unknown). */
export function stopwordDensity(words: readonly string[], language: string | null): number {
  if (words.length === 0) return 0;
  const count = (set: ReadonlySet<string>, code: string | null) => {
    let n = 0;
    for (const w of words) {
      if (set.has(w)) n++;
      else if (code === 'zh') {
        if (set.has(simplified(w))) n++;
      } else if (code === 'ko') {
        if (KOREAN_FUNCTION_ENDING.test(w)) n++;
      } else {
        // French and Italian elide: "l'accord" counts as the stopword "l'".
        const elided = /^([\p{L}]{1,2})['’]/u.exec(w);
        if (elided && (set.has(`${elided[1]}'`) || set.has(elided[1] as string))) n++;
      }
    }
    return n / words.length;
  };
  const own = language ? stopwordsFor(language) : null;
  if (own) return count(own, language);
  const cjk = words.some((w) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(w));
  let best = 0;
  for (const code of cjk ? [...FALLBACK_STOPWORD_LANGUAGES, ...FALLBACK_CJK_LANGUAGES] : FALLBACK_STOPWORD_LANGUAGES) {
    const set = stopwordsFor(code);
    if (set) best = Math.max(best, count(set, code));
  }
  return best;
}
