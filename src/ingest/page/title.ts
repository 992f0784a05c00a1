import { searchKey } from '../../lib/text.ts';
import type { PageLine } from './boilerplate.ts';
import { readDateLine } from './date-text.ts';
import { recognizeFurniture } from './furniture.ts';
import type { Inference, StatedValue } from './inference.ts';
import { none } from './inference.ts';
import { stopwordDensity, wordCount, wordsOf } from './language.ts';

/**
 * The headline: stated by the page's markup (og:title, JSON-LD headline, `<title>`) when it is HTML, otherwise read
 * off the text: a line the page repeats above the story, or the headline-shaped line just above the first paragraph.
 * Site and section suffixes (" | Site", " - Site") are removed.
 */

const SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' :: ', ' · ', ' • ', ' / '];
/** Separators a headline itself rarely uses: a short segment after them is a section or a site name. */
const STRONG_SEPARATORS = new Set([' | ', ' :: ', ' · ', ' • ']);

function matchesSite(segment: string, siteKeys: readonly string[]): boolean {
  const key = searchKey(segment);
  return key.length >= 2 && siteKeys.some((site) => site === key || site.includes(key) || key.includes(site));
}

/**
 * The title without its site or section suffix (" | Le Monde", " - BBC News", " | International") or prefix
 * ("Le Monde | "): a segment is removed when it names the site, or, after "|", when it is a few words beside a longer headline.
 */
export function stripSiteSuffix(title: string, siteNames: readonly string[] = []): string {
  const siteKeys = siteNames.map(searchKey).filter(Boolean);
  let t = title.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const sep of SEPARATORS) {
      const at = t.lastIndexOf(sep);
      if (at > 0) {
        const head = t.slice(0, at).trim();
        const tail = t.slice(at + sep.length).trim();
        const short = wordCount(tail) <= 4 && wordCount(head) >= 2;
        if (matchesSite(tail, siteKeys) || (STRONG_SEPARATORS.has(sep) && short)) {
          t = head;
          changed = true;
          break;
        }
      }
      const first = t.indexOf(sep);
      if (first > 0) {
        const head = t.slice(0, first).trim();
        const tail = t.slice(first + sep.length).trim();
        if (matchesSite(head, siteKeys) && wordCount(tail) >= 3) {
          t = tail;
          changed = true;
          break;
        }
      }
    }
  }
  return t;
}

const TERMINAL_PERIOD = /[.;:,。；：，、]["”»’'」』]*$/u;
/** A sentence's end: Latin, or CJK (。！？, then 」 or 』). */
const SENTENCE_END = /[.!?…。！？]["”»’')」』）]*$/u;
/** Between the headline and the first paragraph: bylines, places, "Save", "Subscribers" of a few words each. */
const MAX_SKIPPED_WORDS = 3;
const MAX_SKIPPED_LINES = 4;

/** Shaped like a headline: a few words to a long sentence, no closing period, not a menu of capitalised words. */
function isHeadlineShaped(text: string, language: string | null): boolean {
  const n = wordCount(text);
  if (n < 4 || n > 30 || TERMINAL_PERIOD.test(text)) return false;
  // "Home | News | Schools | Sports": three or more segments between strong separators are a menu.
  if (text.split(/\s[|·•]\s/).length >= 3) return false;
  const words = wordsOf(text);
  const capitalised = (text.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length;
  // "Home World Politics Business Sport": every word capitalised, not one function word.
  return !(capitalised >= words.length && stopwordDensity(words, language) === 0);
}

/** A paragraph of story: a sentence of some length. */
function isParagraph(text: string): boolean {
  return wordCount(text) >= 8 && SENTENCE_END.test(text) && !TERMINAL_PERIOD.test(text.replace(SENTENCE_END, ''));
}

export interface TitleInput {
  lines: readonly PageLine[];
  /** Titles the page's markup states, best first. */
  stated?: readonly StatedValue[];
  siteNames?: readonly string[];
  language: string | null;
}

/** The page's headline with its basis and evidence; null when neither markup nor text shows one. */
export function inferTitle(input: TitleInput): Inference<string> {
  const siteNames = input.siteNames ?? [];
  const stated = (input.stated ?? []).filter((s) => wordCount(s.value) >= 2);
  if (stated.length > 0) {
    // og:title and JSON-LD headline are written for the story; <title> carries the site's suffix more often.
    const order = ['og:title', 'JSON-LD', 'twitter:title', '<title>', 'Readability'];
    const ranked = [...stated].sort(
      (a, b) => order.findIndex((o) => a.from.startsWith(o)) - order.findIndex((o) => b.from.startsWith(o)),
    );
    const best = ranked[0] as StatedValue;
    const value = stripSiteSuffix(best.value, siteNames);
    const agreeing = ranked
      .filter((s) => s !== best && searchKey(stripSiteSuffix(s.value, siteNames)) === searchKey(value))
      .map((s) => s.from);
    const stripped = value !== best.value ? ` ("${best.value}" without its site suffix)` : '';
    const also = agreeing.length ? `; ${agreeing.join(', ')} agree` : '';
    return { value, basis: 'stated', source: best.from, evidence: `${best.from}${stripped}${also}` };
  }

  const lines = input.lines.filter(
    (l) => !recognizeFurnitureExceptCrumbs(l.text) && !readDateLine(l.text, { language: input.language }),
  );
  const firstParagraph = lines.findIndex((l) => isParagraph(l.text));
  const header = lines.slice(0, firstParagraph === -1 ? Math.min(lines.length, 8) : firstParagraph);

  const siteKeys = new Set(siteNames.map(searchKey));
  // A line the page repeats above the story, alone or after a breadcrumb ("HomeWorldMinister resigns…"); a line
  // that only recurs as the suffix of another ("Jane Doe | The Valley Tribune") is the site's name, not a headline.
  const lastSegmentKey = (text: string) => searchKey(text.split(/\s[|·•–—-]\s/).at(-1) ?? text);
  for (const line of header) {
    const candidate = stripSiteSuffix(line.text, siteNames);
    const key = searchKey(candidate);
    if (wordCount(candidate) < 3 || key.length < 12 || TERMINAL_PERIOD.test(candidate) || siteKeys.has(key)) continue;
    const repeats = header.filter((l) => {
      if (l === line) return false;
      const other = searchKey(l.text);
      if (other === key || searchKey(stripSiteSuffix(l.text, siteNames)) === key) return true;
      return other.endsWith(key) && lastSegmentKey(l.text) !== key;
    }).length;
    if (repeats > 0) {
      const stripped = candidate !== line.text ? `, "${line.text.slice(candidate.length).trim()}" removed` : '';
      return {
        value: candidate,
        basis: 'inferred',
        source: `line ${line.lineNumber}`,
        evidence: `line ${line.lineNumber} is repeated ${repeats} more time${repeats > 1 ? 's' : ''} above the story${stripped}`,
      };
    }
  }

  // The headline-shaped lines just above the first paragraph, passing over bylines, places and tools of a few
  // words: the top one is the headline, a second one its standfirst.
  let top: PageLine | null = null;
  for (let i = header.length - 1; i >= 0; i--) {
    const line = header[i] as PageLine;
    const shaped =
      isHeadlineShaped(line.text, input.language) &&
      !siteKeys.has(searchKey(line.text)) &&
      recognizeFurniture(line.text)?.reason !== 'breadcrumb';
    if (shaped) top = line;
    else if (top || wordCount(line.text) > MAX_SKIPPED_WORDS || header.length - i > MAX_SKIPPED_LINES + 2) break;
  }
  if (top) {
    const value = stripSiteSuffix(top.text, siteNames);
    return {
      value,
      basis: 'inferred',
      source: `line ${top.lineNumber}`,
      evidence: `line ${top.lineNumber} is the headline-shaped line above the first paragraph`,
    };
  }
  return none(
    firstParagraph === 0
      ? 'the page opens with its first paragraph: no headline line, and no markup stating one'
      : 'no markup states a title and no line above the first paragraph is shaped like a headline',
  );
}

/** Furniture other than breadcrumbs and title-bearing lines: a breadcrumb ending in the headline is kept as a repeat. */
function recognizeFurnitureExceptCrumbs(text: string): boolean {
  const f = recognizeFurniture(text);
  return f !== null && f.reason !== 'breadcrumb';
}
