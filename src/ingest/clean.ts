import { countWords, searchKey } from '../lib/text.ts';

/**
 * Turns a scraped page into the story's text by dropping the site's furniture line by line.
 * Lines that stay are kept exactly as scraped (only trimmed), so quotes and offsets stay verbatim.
 */

export interface CleanOptions {
  /** The story's headline: lines that repeat it (with section suffixes or breadcrumbs) are dropped. */
  title: string | null;
  /** Names the site calls itself: a line that is only one of them is furniture. */
  siteNames?: readonly string[];
  /** True when a line belongs to the story (e.g. it mentions a known entity): trailing lines that do not are site blurbs. */
  isStoryLine?: (line: string) => boolean;
}

export type DropReason = 'header' | 'title' | 'repeated' | 'boilerplate' | 'footer' | 'site-blurb';

export interface CleanResult {
  body: string;
  /** Kept lines, in order, exactly as they appear in the body. */
  paragraphs: string[];
  dropped: { line: string; reason: DropReason }[];
}

/** Lines that are page furniture wherever they stand. */
const BOILERPLATE: readonly RegExp[] = [
  /^(?:PREV|NEXT|Previous (?:article|post|story)|Next (?:article|post|story))\b/,
  /^For (?:the )?Latest Updates,? Follow us\b/i,
  /^(?:Follow us|Comply with|Follow) (?:on|more|extra)\b/i,
  /^[\p{Extended_Pictographic}\u{1F000}-\u{1FAFF}\u2190-\u21FF\u2794\u27A1]/u,
  /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/?$/i,
  /^Comments are closed\.?$/i,
  /^Leave a (?:Reply|Comment)\b/i,
  /^Your email address will not be published\b/i,
  /^Required fields are marked\b/i,
  /^Back to top(?: button)?$/i,
  /^(?:Related|Recommended|More) (?:Articles|Posts|Stories|News)$/i,
  /^Most (?:Popular|Read|Viewed)$/i,
  /^(?:Share|Tweet|Share this|Share on \w+)$/i,
  /^Unlock (?:the )?Editor[’']s Digest\b/i,
  /^-?\s*(?:Advertisement|Commercial|Sponsored)\s*-?$/i,
  /^-\s*(?:Advertisement|Commercial|Sponsored)\s*-/i,
  /^(?:Advertisement|Sponsored content)$/i,
  /^Sign up (?:for|to) (?:our|the) newsletter\b/i,
];

/** Lines after which nothing belongs to the story. */
const FOOTER_START: readonly RegExp[] = [
  /^(?:PREV|NEXT)\b/,
  /^For (?:the )?Latest Updates,? Follow us\b/i,
  /^Comments are closed\.?$/i,
  /^Leave a (?:Reply|Comment)\b/i,
  /^(?:Related|Recommended|More) (?:Articles|Posts|Stories|News)$/i,
  /^Most (?:Popular|Read|Viewed)$/i,
  /^Back to top(?: button)?$/i,
  /^👇/u,
];

/** A teaser for another story: cut off with an ellipsis. */
const TEASER = /(?:…|\.\.\.)$/;

/** "Thursday, July 25, 2024": the site's date bar. */
const DATE_BAR =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}$/i;

/** The first story line is a sentence of some length; above it is the header. */
const MIN_STORY_WORDS = 8;

function isTitleLine(line: string, title: string | null): boolean {
  if (!title || countWords(title) < 4) return false;
  const key = searchKey(line);
  const titleKey = searchKey(title);
  // The headline again, perhaps with " | Section" after it or a breadcrumb glued before it.
  return key.includes(titleKey) && key.length <= titleKey.length + 40;
}

function isBoilerplate(line: string): boolean {
  return BOILERPLATE.some((re) => re.test(line)) || (TEASER.test(line) && !/[.!?”"]\s*(?:…|\.\.\.)$/.test(line));
}

export function cleanArticle(raw: string, options: CleanOptions): CleanResult {
  const isStoryLine = options.isStoryLine ?? (() => true);
  const siteKeys = new Set((options.siteNames ?? []).map(searchKey).filter(Boolean));
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

  const dropped: CleanResult['dropped'] = [];
  const drop = (line: string, reason: DropReason) => dropped.push({ line, reason });

  // Header: everything above the first line that reads like story text.
  let first = lines.findIndex(
    (line) =>
      countWords(line) >= MIN_STORY_WORDS &&
      !isTitleLine(line, options.title) &&
      !isBoilerplate(line) &&
      !DATE_BAR.test(line),
  );
  if (first === -1) first = lines.length;
  for (const line of lines.slice(0, first)) drop(line, isTitleLine(line, options.title) ? 'title' : 'header');

  // Footer: from the first line that only ever follows a story, to the end.
  let end = lines.findIndex((line, i) => i >= first && FOOTER_START.some((re) => re.test(line)));
  if (end === -1) end = lines.length;
  const footer = lines.slice(end);

  // Site blurbs just above the footer: the site's name, its self-description, its mission statement.
  let last = end;
  while (last > first) {
    const line = lines[last - 1] as string;
    const key = searchKey(line);
    const namesSite = [...siteKeys].some((site) => key === site || key.startsWith(site));
    if (!namesSite && isStoryLine(line)) break;
    last--;
  }
  const blurbs = lines.slice(last, end);

  const paragraphs: string[] = [];
  const seen = new Set<string>();
  if (options.title) seen.add(searchKey(options.title));
  for (const line of lines.slice(first, last)) {
    const key = searchKey(line);
    if (isTitleLine(line, options.title)) drop(line, 'title');
    else if (seen.has(key)) drop(line, 'repeated');
    else if (isBoilerplate(line) || siteKeys.has(key)) drop(line, 'boilerplate');
    else {
      seen.add(key);
      paragraphs.push(line);
    }
  }
  for (const line of blurbs) drop(line, 'site-blurb');
  for (const line of footer) drop(line, 'footer');

  return { body: paragraphs.join('\n\n'), paragraphs, dropped };
}
