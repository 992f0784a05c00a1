import type { DatePrecision } from '../../db/schema.ts';
import type { CleanedPage, DroppedLine, PageLine } from './boilerplate.ts';
import { dateLabelOf, dayNumber, type FoundDate, findDates, isoDate } from './date-text.ts';
import type { PageMetadata } from './html.ts';
import type { Inference } from './inference.ts';
import { none } from './inference.ts';

/**
 * When the page was published, as precisely as it says: from its markup (article:published_time, JSON-LD
 * datePublished), from a line labelled "Published"/"Publié le"/"Veröffentlicht"…, from the date beside a byline or
 * just under the headline, or from a dateline opening the story. A date alone at the top of the page next to the
 * navigation (a site's date bar, which shows the day the page was fetched) or one later than every date the story
 * mentions is suspect: it is reported as a warning, never taken as the date.
 */

export interface PublishedDate {
  /** YYYY-MM-DD (or YYYY-MM, YYYY at coarser precision). */
  date: string;
  precision: DatePrecision;
  /** Local clock time HH:MM as printed, when precision is `time`. */
  time: string | null;
  /** The zone as printed ("EDT", "MSK", "+02:00", "Z"), when the page states one. */
  zone: string | null;
  /** Its UTC offset when the zone names one unambiguously. */
  utcOffset: string | null;
}

export interface PublishedInference extends Inference<PublishedDate> {
  warnings: string[];
}

export interface PublishedInput {
  /** Every line of the page, numbered. */
  lines: readonly PageLine[];
  cleaned: CleanedPage;
  metadata?: PageMetadata | null;
  language: string | null;
  /** For ambiguous numeric dates: true day first, false month first, undefined to let the language decide. */
  dayFirst?: boolean;
  /** The line the title was read from, when it was read from a line. */
  titleLine?: number | null;
}

/** A date more than this many days after the latest date the story mentions is not when the story was written. */
const MAX_DAYS_AFTER_STORY = 7;
/** Lines at the top of the page where an unlabelled date is the site's date bar rather than the story's. */
const TOP_LINES = 3;
/** Reasons that mark a line as the site's navigation furniture. */
const NAVIGATION = new Set([
  'skip-link',
  'breadcrumb',
  'navigation',
  'consent',
  'share',
  'ticker',
  'calendar',
  'short',
  'low-stopword-density',
  'link-dense',
]);

const pad = (n: number) => String(n).padStart(2, '0');

function fromFound(d: FoundDate): PublishedDate | null {
  if (d.year === null || d.day === null) return null;
  const date = isoDate(d);
  if (d.hour !== null && d.minute !== null) {
    return { date, precision: 'time', time: `${pad(d.hour)}:${pad(d.minute)}`, zone: d.zone, utcOffset: d.utcOffset };
  }
  return { date, precision: 'day', time: null, zone: null, utcOffset: null };
}

function describe(p: PublishedDate): string {
  return p.time ? `${p.date} ${p.time}${p.zone ? ` ${p.zone}` : ''}` : p.date;
}

const ISO_META =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** A metadata date: ISO 8601 ("2024-06-18T10:45:00+03:00", "2024-06-18", "2024-06") or a written one. */
export function parseMetaDate(value: string, language: string | null): PublishedDate | null {
  const m = ISO_META.exec(value.trim());
  if (m) {
    const [, y, mo, d, h, mi, z] = m;
    if (!mo) return { date: `${y}`, precision: 'year', time: null, zone: null, utcOffset: null };
    if (!d) return { date: `${y}-${mo}`, precision: 'month', time: null, zone: null, utcOffset: null };
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    if (!h) return { date: `${y}-${mo}-${d}`, precision: 'day', time: null, zone: null, utcOffset: null };
    const offset = z ? (z === 'Z' ? '+00:00' : z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`) : null;
    return {
      date: `${y}-${mo}-${d}`,
      precision: 'time',
      time: `${h}:${mi}`,
      zone: z ? (z === 'Z' ? 'UTC' : offset) : null,
      utcOffset: offset,
    };
  }
  const found = findDates(value, { language: 'en' }).concat(
    language && language !== 'en' ? findDates(value, { language }) : [],
  );
  for (const f of found) {
    const p = fromFound(f);
    if (p) return p;
  }
  return null;
}

interface Candidate {
  value: PublishedDate;
  source: string;
  evidence: string;
  /** Labelled or placed so that it can only be the publication date. */
  trusted: boolean;
  lineIndex: number;
}

/** The latest full date (with year) the story's own lines mention. */
function latestStoryDate(
  cleaned: CleanedPage,
  language: string | null,
  dayFirst: boolean | undefined,
): { day: number; text: string } | null {
  let latest: { day: number; text: string } | null = null;
  for (const line of cleaned.lines) {
    for (const d of findDates(line.text, { language, dayFirst })) {
      if (d.year === null || d.day === null) continue;
      const n = dayNumber(d.year, d.month, d.day);
      if (!latest || n > latest.day) latest = { day: n, text: d.text };
    }
  }
  return latest;
}

/** The page's publication date with its basis and evidence, or null with the reason; suspect dates become warnings. */
export function inferPublished(input: PublishedInput): PublishedInference {
  const { lines, cleaned, language, dayFirst } = input;
  const warnings: string[] = [];

  const metaDates = (input.metadata?.published ?? [])
    .map((s) => ({ s, p: parseMetaDate(s.value, language) }))
    .filter((x): x is { s: { value: string; from: string }; p: PublishedDate } => x.p !== null);
  if (metaDates.length > 0) {
    const best = metaDates.sort(
      (a, b) =>
        ['time', 'day', 'month', 'year'].indexOf(a.p.precision) -
        ['time', 'day', 'month', 'year'].indexOf(b.p.precision),
    )[0] as (typeof metaDates)[number];
    const disagree = metaDates.filter((x) => x.p.date.slice(0, 10) !== best.p.date.slice(0, 10));
    for (const x of disagree) warnings.push(`${x.s.from} says ${x.s.value}, ${best.s.from} says ${best.s.value}`);
    return {
      value: best.p,
      basis: 'stated',
      source: best.s.from,
      evidence: `${best.s.from}: "${best.s.value}"`,
      warnings,
    };
  }

  const droppedByLine = new Map<number, DroppedLine>(cleaned.dropped.map((d) => [d.lineNumber, d]));
  const keptNumbers = new Set(cleaned.lines.map((l) => l.lineNumber));
  const firstStory = cleaned.lines[0]?.lineNumber ?? Number.POSITIVE_INFINITY;
  // Without a headline line given, a line dropped for repeating the headline shows where the headline stands.
  const titleLine =
    input.titleLine ??
    cleaned.dropped.findLast((d) => d.reason === 'title' && d.lineNumber < firstStory)?.lineNumber ??
    null;
  const candidates: Candidate[] = [];
  const updated: Candidate[] = [];
  const suspects: { found: PublishedDate; line: PageLine; why: string }[] = [];

  lines.forEach((line, index) => {
    const dropped = droppedByLine.get(line.lineNumber);
    const kept = keptNumbers.has(line.lineNumber);
    const found = findDates(line.text, { language, dayFirst });
    if (found.length === 0) return;
    const label = dateLabelOf(line.text);
    const where = `line ${line.lineNumber}`;
    const first = found.map(fromFound).find((p): p is PublishedDate => p !== null);
    const yearless = found.find((d) => d.year === null);
    const order = found.find((d) => d.orderNote)?.orderNote;
    const note = order ? ` (${order})` : '';

    if (label && !kept) {
      if (!first) {
        if (yearless) warnings.push(`${where} gives the ${label} date "${yearless.text}" without a year`);
        return;
      }
      const c = {
        value: first,
        source: where,
        evidence: `${where}, labelled ${label}: "${line.text}"${note}`,
        trusted: true,
        lineIndex: index,
      };
      (label === 'published' ? candidates : updated).push(c);
      return;
    }
    if (!first) return;
    if (dropped?.reason === 'byline' || dropped?.reason === 'credit') {
      candidates.push({
        value: first,
        source: where,
        evidence: `${where}, beside the byline: "${line.text}"${note}`,
        trusted: true,
        lineIndex: index,
      });
      return;
    }
    if (dropped?.reason === 'date') {
      // A date alone on its line: the story's dateline under the headline, or the site's date bar at the top.
      const nearTop =
        index < TOP_LINES ||
        lines
          .slice(Math.max(0, index - 2), index)
          .some((l) => NAVIGATION.has(droppedByLine.get(l.lineNumber)?.reason ?? ''));
      const aboveTitle = titleLine !== null ? line.lineNumber < titleLine : line.lineNumber < firstStory && nearTop;
      if (aboveTitle && nearTop) {
        suspects.push({
          found: first,
          line,
          why: 'a date alone at the top of the page beside the navigation, with no "published" or "updated" wording: the site\'s date bar',
        });
        return;
      }
      candidates.push({
        value: first,
        source: where,
        evidence: `${where}, a date alone under the headline: "${line.text}"${note}`,
        trusted: false,
        lineIndex: index,
      });
      return;
    }
    // A dateline opening the story: "PARIS, 12 juin 2024 (AFP) –".
    if (kept && line.lineNumber === firstStory) {
      const d = found[0] as FoundDate;
      // The place is one to three capitalised words and a comma: "LISBON,", "Freiburg im Breisgau,", "SAN JOSÉ,".
      const place = line.text.slice(0, d.index);
      if (
        /^(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:im|am|de|del|la|le|sur|an der)\s+)?){0,2}\p{Lu}[\p{L}.'’-]*\s*,\s*$/u.test(
          place,
        )
      ) {
        const p = fromFound(d);
        if (p)
          candidates.push({
            value: p,
            source: where,
            evidence: `the dateline opening the story: "${d.text}"${note}`,
            trusted: false,
            lineIndex: index,
          });
      }
    }
  });

  const latest = latestStoryDate(cleaned, language, dayFirst);
  const checked = candidates.filter((c) => {
    if (c.trusted || !latest) return true;
    const [y, m, d] = c.value.date.split('-').map(Number) as [number, number, number];
    const days = dayNumber(y, m, d) - latest.day;
    if (days > MAX_DAYS_AFTER_STORY) {
      warnings.push(
        `${c.source}: "${describe(c.value)}" is ${days} days after the latest date the story mentions ("${latest.text}"): not taken as the publication date`,
      );
      return false;
    }
    return true;
  });
  for (const s of suspects)
    warnings.push(`line ${s.line.lineNumber}: "${s.line.text}" is ${s.why}; not taken as the publication date`);

  const best = checked.find((c) => c.trusted) ?? checked[0];
  if (best) return { value: best.value, basis: 'stated', source: best.source, evidence: best.evidence, warnings };
  const lastUpdate = updated[0];
  if (lastUpdate) {
    warnings.push(
      `only an update date is printed (${lastUpdate.source}); the story was first published on or before it`,
    );
    return {
      value: lastUpdate.value,
      basis: 'inferred',
      source: lastUpdate.source,
      evidence: `${lastUpdate.evidence}: the page prints no publication date, only this update`,
      warnings,
    };
  }
  const reason = suspects.length
    ? "the page prints no publication date; the only date at its top is the site's date bar"
    : latest
      ? `the page prints no publication date; the story mentions dates up to "${latest.text}", so it was written on or after that day`
      : 'the page prints no publication date and its story mentions no full date';
  return { ...none<PublishedDate>(reason), warnings };
}
