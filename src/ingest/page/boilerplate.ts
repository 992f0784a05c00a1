import { searchKey } from '../../lib/text.ts';
import { dateLabelOf, findDates, readDateLine } from './date-text.ts';
import { type FurnitureReason, isTeaser, opensTurn, recognizeFurniture } from './furniture.ts';
import { stopwordDensity, textLength, wordsOf } from './language.ts';

/**
 * Boilerplate removal for one page, line by line, after jusText (Pomikálek, 2011): every block is first classed
 * on its own by length, stopword density and link density (good, near-good, short, bad), then short and near-good
 * blocks take the class of the story around them. Furniture that announces itself (cookie banners, bylines, share
 * bars, "Read also" lists…) is recognised by its wording first and never counts as story. What is kept is kept
 * verbatim; every dropped line is reported with its number and the reason.
 */

export interface PageLine {
  /** 1-based line number in the normalised text (or in the text extracted from HTML). */
  lineNumber: number;
  /** The line, trimmed. */
  text: string;
  /** Share of the block's characters inside links, when the page's markup tells it. */
  linkDensity?: number | null;
  /** Marked up as a heading (h1–h6). */
  heading?: boolean;
  /** Marked up as a figure caption. */
  caption?: boolean;
}

export type DropReason =
  | FurnitureReason
  | 'title'
  | 'repeated'
  | 'date'
  | 'site-blurb'
  | 'site-name'
  | 'link-dense'
  | 'low-stopword-density'
  | 'short';

export interface DroppedLine {
  lineNumber: number;
  text: string;
  reason: DropReason;
  /** The evidence: the phrase recognised, or the measures that classed the line. */
  detail: string;
}

export interface KeptLine {
  lineNumber: number;
  text: string;
}

export interface CleanPageOptions {
  /** ISO 639-1 language whose stopword list measures the lines; null tries the common lists and keeps the best. */
  language: string | null;
  /** The page's headline: lines that repeat it (perhaps with a site or section suffix) are dropped as `title`. */
  title?: string | null;
  /** The outlet's names: a line that is only one of them, or that opens with one after the story, is furniture. */
  siteNames?: readonly string[];
}

export interface CleanedPage {
  /** Story lines in order, verbatim. */
  lines: KeptLine[];
  /** The story lines as paragraphs separated by a blank line. */
  body: string;
  dropped: DroppedLine[];
  /** The stopword density the page's own prose reaches, that the thresholds were scaled by. */
  proseDensity: number;
}

/**
 * jusText's defaults: blocks under 70 characters are short; over 200, with enough stopwords, good outright. Lengths
 * are measured in Latin characters' worth (`textLength`): a Han character counts as a word's worth of letters.
 */
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
/** A block that is a complete sentence needs only this many characters to be good. */
const PROSE_GOOD_LENGTH = 100;
/** Above this share of linked characters a block is navigation (jusText: 0.2; scraped story text links more). */
const MAX_LINK_DENSITY = 0.35;
/** How many captions of a few sentences a page needs to be a photo gallery told in its captions, and their length. */
const GALLERY_CAPTIONS = 3;
const GALLERY_CAPTION_WORDS = 25;
/** One sentence ending and another starting. */
const SENTENCE_BREAK = /[.!?…]["”»’)]*\s+["“«„(]*\p{Lu}/u;
/** jusText's distance within which a heading followed by good text is kept. */
const MAX_HEADING_DISTANCE = 200;
/**
 * Stopword thresholds, as shares of the page's own prose density: jusText's fixed 0.30/0.32 assume its own
 * lists; stopwords-iso's lists differ in size by language, so the page's long sentences set the scale.
 */
const LOW_SHARE = 0.55;
const HIGH_SHARE = 0.75;
/** Bounds on the measured prose density, so a page of lists or a page of one sentence still gets sane thresholds. */
const PROSE_DENSITY_MIN = 0.3;
const PROSE_DENSITY_MAX = 0.55;
const PROSE_DENSITY_DEFAULT = 0.42;

type Class = 'good' | 'neargood' | 'short' | 'bad';

interface Block {
  line: PageLine;
  /** The line's length in Latin characters' worth. */
  length: number;
  words: number;
  density: number;
  prose: boolean;
  headingLike: boolean;
  cf: Class;
  cls: Class;
  /** Recognised furniture: dropped whatever its neighbours, and invisible to them. */
  furniture: { reason: DropReason; detail: string; starts?: 'comments' | 'list' } | null;
  why: string;
  /** A line of a list a story line announced: story, however short, wherever it stands. */
  announced?: boolean;
}

/** A sentence's end, closing quotes and brackets after it: Latin, CJK (。！？ then 」』), Arabic (؟), Devanagari (।). */
const TERMINAL = /[.!?…。！？．؟۔।]["”»’'）)\]」』】〉》]*$/u;
/**
 * A sentence's opening: a capital or a digit, or a letter of a script without case (Han, Hangul, Kana, Arabic,
 * Hebrew, Thai…), after opening quotes and brackets ("「", "『", "【本報訊】").
 */
const OPENING = /^["“«„‘'(¿¡—–\-「『【〈《（]*[\p{Lu}\p{Lo}\p{N}]/u;

/** A sentence: opens like one, ends like one, and has a few words. */
function isProse(text: string, words: number): boolean {
  return words >= 5 && TERMINAL.test(text) && OPENING.test(text) && !isTeaser(text);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Title matching as the seed's cleaner does it: the headline inside the line, with at most a suffix or crumb around it. */
export function repeatsTitle(line: string, title: string | null | undefined): boolean {
  if (!title) return false;
  const titleKey = searchKey(title);
  if (titleKey.length < 12) return searchKey(line) === titleKey;
  const key = searchKey(line);
  return key.includes(titleKey) && key.length <= titleKey.length + 40;
}

/** A page's text as numbered, trimmed, non-empty lines. */
export function linesOfText(text: string): PageLine[] {
  return text
    .split('\n')
    .map((raw, i) => ({ lineNumber: i + 1, text: raw.trim() }))
    .filter((line) => line.text.length > 0);
}

function classify(block: Block, low: number, high: number): void {
  const { line, density, length } = block;
  const link = line.linkDensity ?? 0;
  const chars = line.text.length;
  const weighed = Math.round(length) !== chars ? ` (as long as ${Math.round(length)} Latin)` : '';
  const measures = `${block.words} words, ${chars} chars${weighed}, stopword density ${density.toFixed(2)}`;
  if (link > MAX_LINK_DENSITY) {
    block.cf = 'bad';
    block.why = `link density ${link.toFixed(2)} > ${MAX_LINK_DENSITY}`;
    return;
  }
  if (length < LENGTH_LOW) {
    if (link > 0) {
      block.cf = 'bad';
      block.why = `short and linked (${measures})`;
    } else if (block.prose || (block.words >= 5 && density >= high && TERMINAL.test(line.text))) {
      // A sentence is story wherever it stands next to story, however short: jusText's edge rule would drop it.
      block.cf = 'neargood';
      block.why = `a short sentence (${measures})`;
    } else {
      block.cf = 'short';
      block.why = `short (${measures})`;
    }
    return;
  }
  if (density >= high) {
    // jusText wants 200 characters to be sure; a full sentence of 100 is as telling (news paragraphs run short).
    block.cf = length > LENGTH_HIGH || (block.prose && length >= PROSE_GOOD_LENGTH) ? 'good' : 'neargood';
    block.why = measures;
    return;
  }
  if (density >= low) {
    block.cf = 'neargood';
    block.why = measures;
    return;
  }
  // Sentences crowded with names ("… included Foreign Minister X, Defense Minister Y, …") are story all the same; so
  // is a line of them that leads with a colon into what follows ("Отвечает доцент … университета Ольга Бережная:"),
  // wherever that is story.
  if ((block.prose && block.words >= 10) || (block.words >= 4 && /\p{L}[^\S\n]*:$/u.test(line.text))) {
    block.cf = 'neargood';
    block.why = `a ${block.prose ? 'sentence' : 'lead-in'} with few stopwords (${measures})`;
    return;
  }
  block.cf = 'bad';
  block.why = `stopword density ${density.toFixed(2)} < ${low.toFixed(2)} (${measures})`;
}

/** The class of the nearest block before/after `i` that is neither furniture nor short (nor near-good, if asked). */
function neighbour(blocks: Block[], i: number, step: 1 | -1, ignoreNeargood: boolean): Class {
  for (let j = i + step; j >= 0 && j < blocks.length; j += step) {
    const b = blocks[j] as Block;
    if (b.furniture) continue;
    if (b.cls === 'short' || (ignoreNeargood && b.cls === 'neargood')) continue;
    return b.cls;
  }
  return 'bad';
}

function smooth(blocks: Block[]): void {
  for (const b of blocks) b.cls = b.furniture ? 'bad' : b.cf;
  const firstGood = blocks.findIndex((b) => b.cls === 'good');

  // Headings (marked up, or heading-like lines once the story has begun) followed closely by good text, and the
  // first turn of a transcript ("Mr Tobias Rennard (Wexcombe and Hale) (Con): I beg to move,").
  blocks.forEach((b, i) => {
    if (b.furniture || b.cls !== 'short') return;
    const turn = opensTurn(b.line.text);
    if (!(turn || b.line.heading || (b.headingLike && firstGood !== -1 && i > firstGood))) return;
    if (goodTextBelow(blocks, i)) {
      b.cls = 'neargood';
      b.why = `${turn ? "a speaker's turn" : 'heading'} over story text (${b.why})`;
    }
  });

  const shortClasses = new Map<number, Class>();
  blocks.forEach((b, i) => {
    if (b.furniture || b.cls !== 'short') return;
    const prev = neighbour(blocks, i, -1, true);
    const next = neighbour(blocks, i, 1, true);
    if (prev === 'good' && next === 'good') shortClasses.set(i, 'good');
    else if (prev === 'bad' && next === 'bad') shortClasses.set(i, 'bad');
    else if (
      (prev === 'bad' && neighbour(blocks, i, -1, false) === 'neargood') ||
      (next === 'bad' && neighbour(blocks, i, 1, false) === 'neargood')
    )
      shortClasses.set(i, 'good');
    else shortClasses.set(i, 'bad');
  });
  for (const [i, cls] of shortClasses) {
    const b = blocks[i] as Block;
    b.cls = cls;
    if (cls === 'bad') b.why = `${b.why}, outside the story`;
  }

  blocks.forEach((b, i) => {
    if (b.furniture || b.cls !== 'neargood') return;
    const prev = neighbour(blocks, i, -1, true);
    const next = neighbour(blocks, i, 1, true);
    if (prev === 'bad' && next === 'bad') {
      b.cls = 'bad';
      b.why = `${b.why}, with no story text on either side`;
    } else b.cls = 'good';
  });

  // Headings whose text turned out good after all.
  blocks.forEach((b, i) => {
    if (b.furniture || !b.line.heading || b.cls !== 'bad' || b.cf === 'bad') return;
    if (goodTextBelow(blocks, i)) b.cls = 'good';
  });
}

/** Good text follows the block at `i` within MAX_HEADING_DISTANCE characters, furniture not counted. */
function goodTextBelow(blocks: readonly Block[], i: number): boolean {
  let distance = 0;
  for (let j = i + 1; j < blocks.length && distance <= MAX_HEADING_DISTANCE; j++) {
    const next = blocks[j] as Block;
    if (next.furniture) continue;
    if (next.cls === 'good') return true;
    distance += next.length;
  }
  return false;
}

function reasonOf(block: Block): DropReason {
  if (block.furniture) return block.furniture.reason;
  if ((block.line.linkDensity ?? 0) > MAX_LINK_DENSITY || block.why.includes('linked')) return 'link-dense';
  if (block.cf === 'short' || block.why.startsWith('a short sentence')) return 'short';
  return 'low-stopword-density';
}

/** Boxes that ask the reader to sign up, whose pitch under the heading is part of them. */
const SIGN_UP_BOXES = new Set<DropReason>(['newsletter', 'promo']);
const MAX_PITCH_LINES = 2;
const MAX_PITCH_LENGTH = 160;
const QUOTATION = /[“”"«»„「」『』]/u;
/**
 * A line that speaks to the reader ("your inbox", "votre boîte mail", "Ihr Postfach", "ваш ящик"): what a sign-up
 * pitch does and a news sentence outside quotation marks seldom does.
 */
const ADDRESSES_READER =
  /(?<![\p{L}])(?:you|your|yours|vous|votre|vos|tu|ton|ta|tes|usted|ustedes|tus|ihr|ihre|ihren|ihrem|ihrer|dein|deine|deinen|dich|dir|вы|ваш|ваша|ваше|ваши|вам|вас|ты|твой|твоя|твои|tuo|tua|tuoi|vostro|vostra|você|vocês|twój|twoja|wasz|ваш)(?![\p{L}])/iu;

/** Furniture boxes whose heading is part of them. */
const BOXES = new Set<DropReason>(['newsletter', 'comments', 'promo', 'social']);
/** "Insurance: who pays for storm damage?": a headline with a kicker, though it ends like a sentence. */
const KICKER_QUESTION = /^[^:：.!?]{2,40}[:：]\s+[^.!]+\?["”»]?$/u;
/** Items of an announced list: as long as a short sentence at most. */
const MAX_ITEM_LENGTH = 100;

/**
 * "A date and a name" or "a date and a view count", with nothing else: the byline block of a page that labels
 * neither ("Anna Nowak | 12.03.2024, 10:45"). In scripts without case a name cannot be told by its capital, so
 * there the date must be labelled ("发布时间：2024年3月28日 来源：江城晚报"). Returns the evidence, or null.
 */
function dateBesideName(text: string, language: string | null): string | null {
  if (text.length > 80 || TERMINAL.test(text)) return null;
  const date = findDates(text, { language }).find((d) => d.year !== null && d.day !== null);
  if (!date) return null;
  const rest = `${text.slice(0, date.index)} ${text.slice(date.end)}`;
  const tokens = rest.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  if (tokens.every((w) => /^\p{N}+$/u.test(w))) return 'a date beside counters';
  const names = tokens.filter((w) => !/^\p{N}+$/u.test(w));
  if (names.length <= 4 && names.every((w) => /^\p{Lu}/u.test(w))) return 'a date beside a name';
  if (names.length <= 4 && names.every((w) => /^\p{Lo}/u.test(w)) && dateLabelOf(text))
    return 'a labelled date beside a name';
  return null;
}

/** The shape of a list item: how it opens (digit, capital, other) and whether it closes with punctuation. */
function itemShape(text: string): string {
  const open = /^\p{N}/u.test(text) ? 'n' : /^\p{Lu}/u.test(text) ? 'u' : 'o';
  return `${open}${/[.;,!?]["”»’')]*$/u.test(text) ? 'p' : '-'}`;
}

/**
 * A story line that announces a list ("Further stoppages are planned on:", "Die Pegelstände im Überblick:") keeps
 * the list: the short items after it, alike in shape, are story even when they read as bare dates or figures.
 */
function keepAnnouncedLists(blocks: Block[]): void {
  blocks.forEach((b, i) => {
    if (b.furniture || !/[:：]$/u.test(b.line.text) || b.words < 2 || (b.line.linkDensity ?? 0) > 0) return;
    const prev = blocks.slice(0, i).findLast((p) => !p.furniture);
    if (b.cls !== 'good' && prev?.cls !== 'good') return;
    const items: Block[] = [];
    let shape: string | null = null;
    for (const next of blocks.slice(i + 1)) {
      const fits =
        (!next.furniture || next.furniture.reason === 'date') &&
        next.length <= MAX_ITEM_LENGTH &&
        !next.line.heading &&
        (next.line.linkDensity ?? 0) === 0 &&
        (shape === null || itemShape(next.line.text) === shape);
      if (!fits) break;
      shape = itemShape(next.line.text);
      items.push(next);
    }
    if (items.length < 2) return;
    for (const item of [b, ...items]) {
      item.announced = true;
      if (item.cls === 'good' && !item.furniture) continue;
      item.furniture = null;
      item.cls = 'good';
      item.announced = true;
      item.why = `in a list announced by "${b.line.text}" (${item.why || 'a date'})`;
    }
  });
}

/** Self-description a site prints under its stories ("our journalism", "breaking news 24/7"). */
const SITE_BLURB =
  /(?:(?<![\p{L}])(?:our|we|nous|notre|nos|nuestro|nuestra|nuestros|unser|unsere|wir|наш|наша|наши|мы)(?![\p{L}]).{0,80}(?:journalism|news|newsroom|readers|mission|journalisme|information|rédaction|lecteurs|periodismo|noticias|redacción|lectores|journalismus|nachrichten|redaktion|leser|журналистик|новост|редакци|читател))|(?:breaking news|latest news|news 24\/7|news online|toute l'actualité|dernières nouvelles|últimas noticias|toda la actualidad|aktuelle nachrichten|nachrichten aus|последние новости|новости дня)/iu;

/**
 * Cleans a page given as lines: recognised furniture and blocks jusText classes as bad are dropped, lines that repeat
 * the title or an earlier line are dropped, and from a comment section on nothing is kept.
 */
export function cleanPage(lines: readonly PageLine[], options: CleanPageOptions): CleanedPage {
  const language = options.language;
  const siteKeys = (options.siteNames ?? []).map(searchKey).filter((k) => k.length >= 3);
  const blocks: Block[] = lines.map((line) => {
    const words = wordsOf(line.text);
    const density = stopwordDensity(words, language);
    return {
      line,
      length: textLength(line.text),
      words: words.length,
      density,
      prose: isProse(line.text, words.length),
      headingLike:
        words.length > 0 &&
        words.length <= 12 &&
        !TERMINAL.test(line.text) &&
        /^[「『【〈《（]*[\p{Lu}\p{Lo}\p{N}]/u.test(line.text),
      cf: 'bad',
      cls: 'bad',
      furniture: null,
      why: '',
    };
  });

  // The scale of this page's prose: the median stopword density of its long sentences.
  const measured = median(blocks.filter((b) => b.prose && b.words >= 15).map((b) => b.density));
  const proseDensity = Math.min(PROSE_DENSITY_MAX, Math.max(PROSE_DENSITY_MIN, measured ?? PROSE_DENSITY_DEFAULT));
  const low = proseDensity * LOW_SHARE;
  const high = proseDensity * HIGH_SHARE;

  // A photo gallery tells its story in its captions: where captions of a few sentences each (a credit may end them)
  // outweigh the rest of the page's prose, they are the story, not furniture.
  const storyCaptions = new Set(
    blocks.filter((b) => b.line.caption && b.words >= GALLERY_CAPTION_WORDS && SENTENCE_BREAK.test(b.line.text)),
  );
  const captionWords = [...storyCaptions].reduce((n, b) => n + b.words, 0);
  const otherWords = blocks.filter((b) => !b.line.caption && b.prose).reduce((n, b) => n + b.words, 0);
  const gallery = storyCaptions.size >= GALLERY_CAPTIONS && captionWords > otherWords;

  for (const b of blocks) {
    const text = b.line.text;
    // A sentence that opens with the headline's words is the lead, not the headline again.
    const sentence = b.prose && searchKey(text) !== searchKey(options.title ?? '');
    if (!sentence && repeatsTitle(text, options.title)) {
      b.furniture = { reason: 'title', detail: 'repeats the headline' };
      continue;
    }
    const story = gallery && storyCaptions.has(b);
    if (b.line.caption && !story) {
      b.furniture = { reason: 'caption', detail: 'figure caption' };
      continue;
    }
    const furniture = recognizeFurniture(text);
    if (furniture && !(story && furniture.reason === 'caption')) {
      b.furniture = furniture;
      continue;
    }
    const dateLine = readDateLine(text, { language });
    if (dateLine) {
      b.furniture = { reason: 'date', detail: dateLine.label ? `${dateLine.label} date` : 'a date alone on its line' };
      continue;
    }
    const beside = dateBesideName(text, language);
    if (beside) {
      b.furniture = { reason: 'date', detail: beside };
      continue;
    }
    const key = searchKey(text);
    if (siteKeys.includes(key)) b.furniture = { reason: 'site-name', detail: "the outlet's name" };
  }

  // A heading over a sign-up or comment box is the box's own heading ("The Morning Brief", "Newsletter").
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.furniture || !next?.furniture || !BOXES.has(next.furniture.reason)) return;
    if (!(b.line.heading || (b.headingLike && b.words <= 6))) return;
    b.furniture = { reason: next.furniture.reason, detail: `heading over a ${next.furniture.reason} box` };
  });

  // The pitch under a sign-up box's heading ("Every morning, the essentials in your inbox.") belongs to the box: at
  // most two short lines that speak to the reader, up to the next heading, long paragraph or quotation.
  blocks.forEach((b, i) => {
    const reason = b.furniture?.reason;
    if (!reason || !SIGN_UP_BOXES.has(reason)) return;
    let taken = 0;
    for (let j = i + 1; j < blocks.length && taken < MAX_PITCH_LINES; j++) {
      const next = blocks[j] as Block;
      if (next.furniture) {
        if (next.furniture.reason === reason) continue;
        break;
      }
      const text = next.line.text;
      if (next.line.heading || next.length > MAX_PITCH_LENGTH || QUOTATION.test(text) || !ADDRESSES_READER.test(text))
        break;
      next.furniture = { reason, detail: `inside the ${reason} box under "${b.line.text}"` };
      taken++;
    }
  });

  // Under a "Related"/"Tags" heading, the short lines and headlines that follow belong to the list: settled before
  // the story's context is measured, so that a list in mid-story does not cut the story in two.
  blocks.forEach((b, i) => {
    if (b.furniture?.starts !== 'list') return;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j] as Block;
      if (next.furniture) {
        if (next.furniture.starts) break;
        continue;
      }
      // Headlines of other stories carry no closing period: a sentence means the story has resumed. A question
      // under a kicker ("Insurance: who pays for the damage?") is a headline all the same.
      if (next.prose && !KICKER_QUESTION.test(next.line.text)) break;
      next.furniture = { reason: b.furniture.reason, detail: `listed under "${b.line.text}"` };
    }
  });

  for (const b of blocks) if (!b.furniture) classify(b, low, high);
  // A story of short paragraphs has no block long enough to be good outright: its near-good blocks are the story.
  if (!blocks.some((b) => !b.furniture && b.cf === 'good')) {
    for (const b of blocks) {
      if (!b.furniture && b.cf === 'neargood') {
        b.cf = 'good';
        b.why = `${b.why}; no longer block on the page`;
      }
    }
  }
  smooth(blocks);
  keepAnnouncedLists(blocks);

  // The standfirst: the sentence-like line between the headline and the first paragraph is the story's own summary.
  let firstGood = blocks.findIndex((b) => b.cls === 'good');
  const titleAt = blocks.findLastIndex(
    (b, i) => b.furniture?.reason === 'title' && (firstGood === -1 || i < firstGood),
  );
  if (titleAt !== -1 && firstGood !== -1) {
    const standfirst = blocks.slice(titleAt + 1, firstGood).find((b) => !b.furniture);
    if (standfirst && standfirst.words >= 8 && standfirst.density >= low && (standfirst.line.linkDensity ?? 0) === 0) {
      standfirst.cls = 'good';
      standfirst.why = `standfirst under the headline (${standfirst.why})`;
      firstGood = blocks.indexOf(standfirst);
    }
  }

  // From a comment section on (once the story has begun), nothing is story. A comment count over the story
  // ("Réagir (23)" by the byline) is a link to the comments, not their heading: a sentence of story must come first.
  const storyBefore = (i: number) => blocks.slice(0, i).some((b) => b.cls === 'good' && !b.furniture && b.prose);
  const commentsAt = blocks.findIndex(
    (b, i) => i > firstGood && firstGood !== -1 && b.furniture?.starts === 'comments' && storyBefore(i),
  );
  if (commentsAt !== -1) {
    for (const b of blocks.slice(commentsAt + 1)) {
      if (!b.furniture) b.furniture = { reason: 'comments', detail: 'inside the comment section' };
    }
  }

  // Under the story, the site's own blurb and name: walking up from the end over what is not a sentence of story.
  const lastGood = blocks.findLastIndex((b) => b.cls === 'good' && !b.furniture);
  for (let i = lastGood; i > firstGood && i >= 0; i--) {
    const b = blocks[i] as Block;
    if (b.furniture || b.cls !== 'good') continue;
    if (b.announced) break;
    const key = searchKey(b.line.text);
    // A quotation is someone speaking in the story, never the site describing itself.
    if (SITE_BLURB.test(b.line.text) && !/[“”"«»„]/u.test(b.line.text))
      b.furniture = { reason: 'site-blurb', detail: "the site's description of itself" };
    else if (!b.prose && siteKeys.some((k) => key.startsWith(k)))
      b.furniture = { reason: 'site-blurb', detail: "opens with the outlet's name" };
    else if (!b.prose && b.cf === 'short') b.furniture = { reason: 'short', detail: `${b.why}, below the story` };
    else break;
  }

  const kept: KeptLine[] = [];
  const dropped: DroppedLine[] = [];
  const seen = new Set<string>();
  for (const b of blocks) {
    const { lineNumber, text } = b.line;
    if (b.furniture || b.cls !== 'good') {
      dropped.push({ lineNumber, text, reason: reasonOf(b), detail: b.furniture?.detail ?? b.why });
      continue;
    }
    const key = searchKey(text) || text;
    if (seen.has(key)) {
      dropped.push({ lineNumber, text, reason: 'repeated', detail: 'repeats an earlier story line' });
      continue;
    }
    seen.add(key);
    kept.push({ lineNumber, text });
  }
  return { lines: kept, body: kept.map((l) => l.text).join('\n\n'), dropped, proseDensity };
}
