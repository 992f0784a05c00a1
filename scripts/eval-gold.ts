import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The labelled pages of `test/fixtures/linking/`: scraped-looking news pages whose story text carries gold markup
 * `[[surface|target]]`, each beside `<page>.quotes.json`. Target is an entity id of `seed/entities.yaml`,
 * `+Name` (a person the corpus does not know; `+Name@organization` or `+Name@place` for another kind), `?` (a
 * family name the text leaves open) or `!` (a span that names no person, such as a place named after one). A quotation's
 * speaker is an entity id, `+Name` or `+Name@organization`, or null.
 */

export type GoldTarget =
  | { kind: 'entity'; id: string }
  | { kind: 'candidate'; name: string; type: 'person' | 'organization' | 'place' }
  | { kind: 'open' }
  | { kind: 'not-person' };

export interface GoldSpan {
  start: number;
  end: number;
  surface: string;
  target: GoldTarget;
}

export interface GoldQuote {
  text: string;
  kind: 'direct' | 'reported';
  speaker: string | null;
}

export interface GoldPage {
  file: string;
  contentType: 'text/plain' | 'text/html';
  content: string;
  spans: GoldSpan[];
  quotes: GoldQuote[];
}

export const GOLD_DIR = fileURLToPath(new URL('../test/fixtures/linking/', import.meta.url));
/**
 * Pages labelled after the rules were written, by someone who did not read them. Their first measure is in the README;
 * the gaps they showed were then closed by general rules, so later figures on them are no longer blind.
 */
export const HELD_OUT_DIR = fileURLToPath(new URL('../test/fixtures/linking-heldout/', import.meta.url));
/**
 * A third set, labelled the same way a session later. Its first measure, taken before any rule looked at it, is in the
 * README; rules were fitted to it afterwards.
 */
export const BLIND_DIR = fileURLToPath(new URL('../test/fixtures/linking-blind/', import.meta.url));
/**
 * A fourth set, labelled the same way a session later still, in genres the others lack (a briefing transcript, a
 * fact-check, a press review, a televised debate, a Telegram channel, a profile). Its first measure is in the README.
 */
export const FOURTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-fourth/', import.meta.url));
/**
 * A fifth set, labelled the same way a session later again, in further genres (a wire item, an expert interview, an
 * op-ed, a podcast page, a regional paper, a photo gallery, a radio transcript). Its first measure is in the README.
 */
export const FIFTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-fifth/', import.meta.url));
/**
 * A sixth set, labelled the same way a session later again, in further genres (a parliamentary debate record, an
 * email newsletter, a magazine long read, a question-and-answer explainer, a radio interview, a news-agency dispatch,
 * a live blog, a Russian interview, an agency feed, a column). Its first measure is in the README.
 */
export const SIXTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-sixth/', import.meta.url));
/**
 * A seventh set, labelled the same way a session later again, in further genres (a television news transcript, a
 * think-tank commentary, a British daily, a chronology, a foreign-ministry press release, an analysis, a regional
 * article with its reader comments, an agency item, a minute-by-minute report, a reportage). Its first measure is in
 * the README.
 */
export const SEVENTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-seventh/', import.meta.url));
/**
 * An eighth set, labelled the same way a session later again, in further genres (a press-conference transcript, a
 * sanctions press release, a week-in-review roundup, an academic conference report, a weekly's portrait, a regional
 * daily, a television website, a Russian regional paper, a business paper, a ministry's press service). Its first
 * measure is in the README.
 */
export const EIGHTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-eighth/', import.meta.url));
/**
 * A ninth set, labelled the same way a session later again, in further genres (a Security Council record, a local
 * television station's mobile page, a syndicated article with an editor's note, a student newspaper, a Senate
 * committee hearing, an African daily's question-and-answer interview, a Canadian site, a Kremlin transcript, a news
 * aggregator's story page, an interview with initials for labels). Its first measure is in the README.
 */
export const NINTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-ninth/', import.meta.url));
/**
 * A tenth set, labelled the same way a session later again, in further genres (an encyclopedia article, a roundup of
 * social-media posts, a Sunday talk-show transcript, a shipping newsletter, a weekly's page of quotes, an obituary, a
 * legal blog, a blog post with comments, an evening digest, a culture report). Its first measure is in the README.
 */
export const TENTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-tenth/', import.meta.url));
/**
 * An eleventh set, labelled the same way a session later again, in further genres. Its first measure is in the README.
 */
export const ELEVENTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-eleventh/', import.meta.url));
/**
 * A twelfth set, labelled the same way a session later again, in further genres. Its first measure is in the README.
 */
export const TWELFTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-twelfth/', import.meta.url));
/**
 * A thirteenth set, labelled the same way a session later again, in further genres. Its first measure is in the README.
 */
export const THIRTEENTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-thirteenth/', import.meta.url));
/**
 * A fourteenth set, labelled the same way a session later again, in further genres. Its first measure is in the README.
 */
export const FOURTEENTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-fourteenth/', import.meta.url));
/**
 * A fifteenth set, labelled the same way a session later again, in further genres. Its first measure is in the README.
 */
export const FIFTEENTH_DIR = fileURLToPath(new URL('../test/fixtures/linking-fifteenth/', import.meta.url));

/** The sets labelled after the rules were written, in the order they were made, with the title each is printed under. */
export const LATER_SETS: readonly { title: string; dir: string }[] = [
  { title: 'Second set: pages labelled after the rules, by someone who did not read them', dir: HELD_OUT_DIR },
  { title: 'Third set: labelled the same way a session later, first measured blind', dir: BLIND_DIR },
  { title: 'Fourth set: other genres, labelled a session later still, first measured blind', dir: FOURTH_DIR },
  { title: 'Fifth set: further genres, labelled a session after that, first measured blind', dir: FIFTH_DIR },
  { title: 'Sixth set: more genres, labelled a session after that, first measured blind', dir: SIXTH_DIR },
  { title: 'Seventh set: further genres, labelled a session after that, first measured blind', dir: SEVENTH_DIR },
  { title: 'Eighth set: further genres, labelled a session after that, first measured blind', dir: EIGHTH_DIR },
  { title: 'Ninth set: further genres, labelled a session after that, first measured blind', dir: NINTH_DIR },
  { title: 'Tenth set: further genres, labelled a session after that, first measured blind', dir: TENTH_DIR },
  { title: 'Eleventh set: further genres, labelled a session after that, first measured blind', dir: ELEVENTH_DIR },
  { title: 'Twelfth set: further genres, labelled a session after that, first measured blind', dir: TWELFTH_DIR },
  { title: 'Thirteenth set: further genres, labelled a session after that, first measured blind', dir: THIRTEENTH_DIR },
  { title: 'Fourteenth set: further genres, labelled a session after that, first measured blind', dir: FOURTEENTH_DIR },
  { title: 'Fifteenth set: further genres, labelled a session after that, first measured blind', dir: FIFTEENTH_DIR },
];

const GoldQuotesSchema = z.array(
  z.strictObject({
    text: z.string().min(1),
    kind: z.enum(['direct', 'reported']),
    speaker: z.string().min(1).nullable(),
  }),
);

const PAGE_FILE = /\.(?:txt|html)$/;
const MARK = /\[\[([^[\]|\n]+)\|([^[\]|\n]+)\]\]/g;

/** The target a markup's right-hand side names; throws on one the format does not allow. */
export function parseGoldTarget(raw: string): GoldTarget {
  if (raw === '?') return { kind: 'open' };
  if (raw === '!') return { kind: 'not-person' };
  if (raw.startsWith('+')) {
    const at = raw.lastIndexOf('@');
    const suffix = at > 0 ? raw.slice(at + 1) : '';
    const type = suffix === 'organization' || suffix === 'place' ? suffix : 'person';
    const name = type === 'person' ? raw.slice(1) : raw.slice(1, at);
    if (name.trim() !== name || name === '') throw new Error(`bad candidate name in "${raw}"`);
    return { kind: 'candidate', name, type };
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw)) throw new Error(`bad target "${raw}"`);
  return { kind: 'entity', id: raw };
}

/** A page's text with its markup removed, and the spans with UTF-16 offsets into that text. */
export function readGoldMarkup(marked: string): { content: string; spans: GoldSpan[] } {
  const spans: GoldSpan[] = [];
  let content = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    const [whole, surface = '', rawTarget = ''] = m;
    content += marked.slice(last, m.index);
    const start = content.length;
    content += surface;
    spans.push({ start, end: content.length, surface, target: parseGoldTarget(rawTarget) });
    last = m.index + whole.length;
  }
  content += marked.slice(last);
  // Whatever markup the pattern did not take (nested, unclosed, empty) is an error in the page, not page text.
  const stray = /\[\[|\]\]/.exec(content);
  if (stray) {
    const at = stray.index;
    throw new Error(`malformed markup near "${content.slice(Math.max(0, at - 30), at + 30)}"`);
  }
  return { content, spans };
}

/** Reads every page of the labelled set: the page with its markup removed, and the gold spans with offsets into that content. */
export function loadGoldPages(dir: string = GOLD_DIR): GoldPage[] {
  return readdirSync(dir)
    .filter((file) => PAGE_FILE.test(file))
    .sort()
    .map((file) => {
      const where = (e: unknown) => new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      let parsed: { content: string; spans: GoldSpan[] };
      let quotes: GoldQuote[];
      try {
        parsed = readGoldMarkup(readFileSync(join(dir, file), 'utf8'));
        const quotesFile = join(dir, file.replace(PAGE_FILE, '.quotes.json'));
        quotes = GoldQuotesSchema.parse(JSON.parse(readFileSync(quotesFile, 'utf8')));
      } catch (e) {
        throw where(e);
      }
      return {
        file,
        contentType: file.endsWith('.html') ? 'text/html' : 'text/plain',
        content: parsed.content,
        spans: parsed.spans,
        quotes,
      };
    });
}
