import { existsSync } from 'node:fs';
import { Linker, type PageLinks } from '../src/ingest/link.ts';
import { loadCorpus } from '../src/ingest/load-corpus.ts';
import { sameName } from '../src/ingest/mentions.ts';
import { preparePage } from '../src/ingest/page/prepare-page.ts';
import { corpusEntities } from '../src/ingest/prepare.ts';
import { asideOf } from '../src/ingest/store.ts';
import { GOLD_DIR, type GoldPage, type GoldSpan, LATER_SETS, loadGoldPages, parseGoldTarget } from './eval-gold.ts';

/**
 * `npm run eval`: how well linking and quotation attribution do on the labelled pages in `test/fixtures/linking/`
 * and the sets labelled later (`LATER_SETS`), each page through the whole per-page pipeline (cleaning included) and
 * the linker, in order, as ingest would take them.
 * Prints precision and recall of person mentions (known people and candidates), of every entity mention, places
 * taken for people, open names linked, and quotations found and attributed; by language and overall. Measures,
 * never asserts: the tests check behaviour case by case.
 */

/** Private-use characters marking a gold span in the page, so its place in the cleaned body is known exactly. */
const OPEN = '\ue000';
const CLOSE = '\ue001';
const DIGIT = 0xe010;

/** The page with each gold span wrapped in markers carrying its index. */
function marked(page: GoldPage): string {
  let out = page.content;
  page.spans
    .map((span, i) => ({ span, i }))
    .sort((a, b) => b.span.start - a.span.start)
    .forEach(({ span, i }) => {
      const tag = [...String(i)].map((d) => String.fromCharCode(DIGIT + Number(d))).join('');
      out = `${out.slice(0, span.start)}${OPEN}${tag}${CLOSE}${out.slice(span.start, span.end)}${CLOSE}${out.slice(span.end)}`;
    });
  return out;
}

interface Placed {
  span: GoldSpan;
  start: number;
  end: number;
}

/** The cleaned body without markers, and where each gold span the cleaning kept stands in it. */
function unmark(body: string, spans: readonly GoldSpan[]): { body: string; placed: Placed[] } {
  const placed: Placed[] = [];
  let out = '';
  for (let i = 0; i < body.length; ) {
    if (body[i] !== OPEN) {
      out += body[i];
      i++;
      continue;
    }
    let j = i + 1;
    let index = '';
    while (body[j] !== CLOSE && j < body.length) index += String((body.charCodeAt(j++) - DIGIT) as number);
    const close = body.indexOf(CLOSE, j + 1);
    const surface = body.slice(j + 1, close);
    const span = spans[Number(index)];
    if (span) placed.push({ span, start: out.length, end: out.length + surface.length });
    out += surface;
    i = close + 1;
  }
  return { body: out, placed };
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const precision = (t: Tally) => pct(t.tp, t.tp + t.fp);
const recall = (t: Tally) => pct(t.tp, t.tp + t.fn);

interface Scores {
  pages: number;
  persons: Tally;
  all: Tally;
  placesAsPersons: number;
  openLinked: number;
  open: number;
  lostInCleaning: number;
  quotes: number;
  quotesFound: number;
  quotesAttributed: number;
  quotesWithSpeaker: number;
  direct: number;
  directAttributed: number;
  extraQuotes: number;
}

const scores = (): Scores => ({
  pages: 0,
  persons: tally(),
  all: tally(),
  placesAsPersons: 0,
  openLinked: 0,
  open: 0,
  lostInCleaning: 0,
  quotes: 0,
  quotesFound: 0,
  quotesAttributed: 0,
  quotesWithSpeaker: 0,
  direct: 0,
  directAttributed: 0,
  extraQuotes: 0,
});

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** What the linker knows so far: every entity's type, and the candidates earlier pages introduced. */
interface Known {
  types: Map<string, string>;
  candidates: Map<string, { name: string; aliases: readonly string[] }>;
}

/**
 * Where each gold span stands in the body the page itself cleans to. The markers can tip the cleaning of a line (a
 * marker opening a line hides its capital), so the page is cleaned twice: as it is, for the body that is linked, and
 * marked, for where the spans fall in each line, kept or dropped; each line is then found in the real body in turn.
 */
function placeSpans(page: GoldPage, body: string): Placed[] {
  const prepared = preparePage({ content: marked(page), contentType: page.contentType });
  const lines = [...prepared.lines, ...prepared.dropped].sort((a, b) => a.lineNumber - b.lineNumber);
  const placed: Placed[] = [];
  let from = 0;
  for (const line of lines) {
    const plain = unmark(line.text, page.spans);
    const at = plain.placed.length > 0 ? body.indexOf(plain.body, from) : -1;
    if (at === -1) continue;
    from = at + plain.body.length;
    for (const p of plain.placed) placed.push({ span: p.span, start: at + p.start, end: at + p.end });
  }
  return placed;
}

function evaluate(page: GoldPage, linker: Linker, known: Known, into: Scores[]): string[] {
  const prepared = preparePage({ content: page.content, contentType: page.contentType });
  const { body } = prepared;
  const placed = placeSpans(page, body);
  const language = prepared.language.value;
  const links: PageLinks = linker.link(body, language, asideOf(prepared));
  const { types } = known;
  for (const c of links.candidates) {
    types.set(c.id, c.type);
    known.candidates.set(c.id, c);
  }
  const misses: string[] = [];

  /** The type of the entity a predicted mention links to. */
  const meaning = (entityId: string) => ({ type: types.get(entityId) ?? '' });
  /** A mention agrees with a gold span by id, or, for a candidate, by name (in any case or spelling). */
  const agrees = (span: GoldSpan, entityId: string) => {
    if (span.target.kind === 'entity') return span.target.id === entityId;
    if (span.target.kind !== 'candidate') return false;
    const name = span.target.name;
    const c = known.candidates.get(entityId);
    return c !== undefined && [c.name, ...c.aliases].some((a) => sameName(a, name));
  };

  const isPersonSpan = (span: GoldSpan) =>
    (span.target.kind === 'entity' && types.get(span.target.id) === 'person') ||
    (span.target.kind === 'candidate' && span.target.type === 'person');
  const gold = placed.filter((p) => p.span.target.kind === 'entity' || p.span.target.kind === 'candidate');
  const lost = page.spans.filter(
    (s) => (s.target.kind === 'entity' || s.target.kind === 'candidate') && !placed.some((p) => p.span === s),
  );
  for (const s of into) {
    s.pages++;
    s.lostInCleaning += lost.length;
  }
  for (const span of lost) misses.push(`  dropped with its line: "${span.surface}"`);

  for (const mention of links.mentions) {
    const person = meaning(mention.entityId).type === 'person';
    const hit = gold.find((g) => overlaps(g, mention));
    const right = hit !== undefined && agrees(hit.span, mention.entityId);
    for (const s of into) {
      if (right) s.all.tp++;
      else s.all.fp++;
      if (person || (hit && isPersonSpan(hit.span))) {
        if (right && person) s.persons.tp++;
        else if (person) s.persons.fp++;
      }
    }
    if (!right) {
      const what = hit ? `gold ${JSON.stringify(hit.span.target)}` : 'no gold span';
      const notPerson = placed.find((p) => p.span.target.kind === 'not-person' && overlaps(p, mention));
      const open = placed.find((p) => p.span.target.kind === 'open' && overlaps(p, mention));
      if (notPerson && person) for (const s of into) s.placesAsPersons++;
      if (open) for (const s of into) s.openLinked++;
      misses.push(`  wrong: "${mention.surface}" → ${mention.entityId} (${mention.matchedBy}); ${what}`);
    }
  }
  for (const g of gold) {
    const found = links.mentions.some((m) => overlaps(g, m) && agrees(g.span, m.entityId));
    if (found) continue;
    for (const s of into) {
      s.all.fn++;
      if (isPersonSpan(g.span)) s.persons.fn++;
    }
    misses.push(`  missed: "${g.span.surface}" ${JSON.stringify(g.span.target)}`);
  }
  for (const s of into) s.open += placed.filter((p) => p.span.target.kind === 'open').length;

  const matchedQuotes = new Set<number>();
  for (const quote of page.quotes) {
    const at = body.indexOf(quote.text);
    const gold = { start: at, end: at + quote.text.length };
    // Of the quotations that overlap it, the one nearest in extent: an interview's answer holds quotations of its own.
    const candidates = links.quotations
      .map((q, i) => ({ q, i }))
      .filter(({ q }) => (at === -1 ? q.text.includes(quote.text.slice(0, 30)) : overlaps(q, gold)));
    const shared = (q: { start: number; end: number }) =>
      Math.min(q.end, gold.end) - Math.max(q.start, gold.start) - Math.abs(q.end - q.start - quote.text.length);
    const found = candidates.sort((a, b) => shared(b.q) - shared(a.q))[0]?.i ?? -1;
    const q = links.quotations[found];
    let attributed = false;
    if (q) {
      matchedQuotes.add(found);
      const said = q.speaker?.entityId ?? null;
      attributed =
        quote.speaker === null
          ? said === null
          : said !== null &&
            (quote.speaker.startsWith('+')
              ? agrees({ start: 0, end: 0, surface: '', target: parseGoldTarget(quote.speaker) }, said)
              : quote.speaker === said);
    }
    for (const s of into) {
      s.quotes++;
      if (q) s.quotesFound++;
      if (attributed) s.quotesAttributed++;
      if (quote.speaker !== null) s.quotesWithSpeaker++;
      if (quote.kind === 'direct') s.direct++;
      if (quote.kind === 'direct' && attributed) s.directAttributed++;
    }
    if (!q) misses.push(`  ${quote.kind} quote missed: "${quote.text.slice(0, 60)}"`);
    else if (!attributed) {
      misses.push(
        `  ${quote.kind} quote misattributed: "${quote.text.slice(0, 50)}" → ${q.speaker?.entityId ?? 'none'}, gold ${quote.speaker}`,
      );
    }
  }
  const extra = links.quotations.length - matchedQuotes.size;
  for (const s of into) s.extraQuotes += extra;
  return misses;
}

/** Runs one labelled set through a fresh linker, page after page, and prints its table. */
function evaluateSet(title: string, dir: string, verbose: boolean): void {
  const corpus = loadCorpus('seed');
  const entities = corpusEntities(corpus);
  const known: Known = { types: new Map(entities.map((e) => [e.id, e.type])), candidates: new Map() };
  const linker = new Linker(entities);
  const pages = loadGoldPages(dir);
  const byLanguage = new Map<string, Scores>();
  const total = scores();
  for (const page of pages) {
    const language = page.file.match(/(?:^|[-_.])(en|fr|ru|es|de|ko|zh|it|pt)(?=[-_.])/)?.[1] ?? 'other';
    const own = byLanguage.get(language) ?? scores();
    byLanguage.set(language, own);
    const misses = evaluate(page, linker, known, [own, total]);
    if (verbose && misses.length > 0) console.log(`${page.file}\n${misses.join('\n')}`);
  }
  const rows = [...[...byLanguage].sort(), ['all', total] as const];
  console.log(
    `\n${title}: ${pages.length} labelled pages (${dir.replace(/^.*\/(test\/)/, '$1')})\n\n` +
      '| pages | person P | person R | all P | all R | places as persons | open linked | quotes found | attributed | direct attributed |\n' +
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const [language, s] of rows) {
    console.log(
      `| ${language} (${s.pages}) | ${precision(s.persons)} | ${recall(s.persons)} | ${precision(s.all)} | ${recall(s.all)} | ${s.placesAsPersons} | ${s.openLinked}/${s.open} | ${s.quotesFound}/${s.quotes} | ${s.quotesAttributed}/${s.quotes} | ${s.directAttributed}/${s.direct} |`,
    );
  }
  console.log(
    `\nperson/all P, R: mention precision and recall (a candidate counts as right under the name the label gives); ` +
      `${total.lostInCleaning} labelled mention(s) stood in lines the cleaning dropped (counted as missed); ` +
      `${total.extraQuotes} quotation(s) found that the labels do not list.`,
  );
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  evaluateSet('Linking and quotations, pages the rules were tuned on', GOLD_DIR, verbose);
  for (const { title, dir } of LATER_SETS) if (existsSync(dir)) evaluateSet(title, dir, verbose);
  if (!verbose) console.log('\n--verbose lists every miss.');
}

main();
