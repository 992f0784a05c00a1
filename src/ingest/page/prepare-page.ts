import { countWords } from '../../lib/text.ts';
import {
  type CleanedPage,
  cleanPage,
  type DroppedLine,
  type KeptLine,
  linesOfText,
  type PageLine,
  repeatsTitle,
} from './boilerplate.ts';
import { extractHtml, type PageMetadata } from './html.ts';
import type { Inference } from './inference.ts';
import { identifyLanguage } from './language.ts';
import { type NormalizationChange, normalizePage } from './normalize.ts';
import { inferOutlet, type Outlet } from './outlet.ts';
import { inferPublished, type PublishedDate } from './published.ts';
import { inferTitle } from './title.ts';

/**
 * One scraped page through the whole per-page pipeline: normalise (or extract from HTML), read the page's own
 * metadata, infer title, outlet and language, drop furniture, date the story. Pure: no database, no network.
 */

export interface PageInput {
  content: string;
  contentType: 'text/plain' | 'text/html';
  /** Where the page was fetched from. */
  url?: string | null;
  /** What someone other than the pipeline vouches for (an API client, the curated corpus): it wins over inference. */
  given?: GivenValues;
}

/** A value given with the page, with its basis and who gives it ("the client", "seed/articles.yaml"). */
export interface Given<T> {
  value: T | null;
  basis: Inference<T>['basis'];
  source: string;
  evidence: string;
}

export interface GivenValues {
  title?: Given<string>;
  language?: Given<string>;
  published?: Given<PublishedDate>;
  /** The outlet's names, so a line that only names the site is recognised as furniture. */
  siteNames?: readonly string[];
}

export interface PreparedPage {
  /** The story: kept lines as paragraphs separated by a blank line. Offsets point into this. */
  body: string;
  lines: KeptLine[];
  dropped: DroppedLine[];
  /** The text the line numbers refer to: the normalised page, or the text extracted from HTML. */
  text: string;
  title: Inference<string>;
  language: Inference<string>;
  published: Inference<PublishedDate>;
  outlet: Outlet;
  metadata: PageMetadata | null;
  normalization: NormalizationChange[];
  extractor: 'text' | 'readability' | 'body';
  warnings: string[];
}

/** Countries whose English-language press writes numeric dates day first. */
const DAY_FIRST_TLDS = /\.(?:uk|ie|au|nz|in|za|sg|pk|ng|ke|gh|my|lk|bd|mt|cy|hk)$/;

function primaryLanguage(tag: string): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim());
  return m ? (m[1] as string).toLowerCase() : null;
}

function decideLanguage(body: string, metadata: PageMetadata | null, warnings: string[]): Inference<string> {
  const guess = identifyLanguage(body);
  const declared = (metadata?.languages ?? [])
    .map((s) => ({ ...s, code: primaryLanguage(s.value) }))
    .find((s) => s.code);
  if (guess.code) {
    if (declared?.code === guess.code) {
      return {
        value: guess.code,
        basis: 'stated',
        source: declared.from,
        evidence: `${declared.from} "${declared.value}"; ${guess.evidence} agrees`,
      };
    }
    if (declared)
      warnings.push(
        `${declared.from} declares "${declared.value}" but the text reads as "${guess.code}" (${guess.evidence})`,
      );
    return { value: guess.code, basis: 'inferred', source: 'text', evidence: guess.evidence };
  }
  if (declared?.code) {
    return {
      value: declared.code,
      basis: 'stated',
      source: declared.from,
      evidence: `${declared.from} "${declared.value}"; the text alone does not tell (${guess.evidence})`,
    };
  }
  return { value: null, basis: null, source: null, evidence: guess.evidence };
}

function givenInference<T>(given: Given<T>): Inference<T> {
  return { value: given.value, basis: given.basis, source: given.source, evidence: given.evidence };
}

/** The whole page's cleaning must keep this many words before it can stand in for Readability's article. */
const MIN_WHOLE_WORDS = 150;

/** Readability's article is too thin below this share of the words the whole page's cleaning keeps. */
const THIN_SHARE = 0.25;

/** The page, cleaned, with everything inferred about it and the evidence. */
export function preparePage(input: PageInput): PreparedPage {
  const warnings: string[] = [];
  let lines: PageLine[];
  let pageLines: PageLine[] | null = null;
  let text: string;
  let metadata: PageMetadata | null = null;
  let normalization: NormalizationChange[];
  let extractor: PreparedPage['extractor'] = 'text';
  if (input.contentType === 'text/html') {
    const html = extractHtml(input.content, { url: input.url ?? null });
    ({ lines, pageLines, text, metadata, normalization } = html);
    extractor = html.extractor;
  } else {
    const normalized = normalizePage(input.content);
    text = normalized.text;
    normalization = normalized.changes;
    lines = linesOfText(text);
  }

  // The page's language first from all its text (furniture included) to pick stopword lists and date words.
  const given = input.given ?? {};
  const whole = identifyLanguage(lines.map((l) => l.text).join('\n'));
  const declared = (metadata?.languages ?? []).map((s) => primaryLanguage(s.value)).find(Boolean) ?? null;
  const workingLanguage = given.language?.value ?? whole.code ?? declared ?? whole.bestGuess;

  const outlet = inferOutlet({ url: input.url ?? null, metadata, lines });
  // The host's name ("midlandgazette" in midlandgazette.co.uk) recognises " - Midland Gazette" after a title.
  const hostName = outlet.host?.split('.')[0] ?? null;
  const siteNames = [
    ...(given.siteNames ?? []),
    outlet.name.value,
    ...(metadata?.siteNames ?? []).map((s) => s.value),
    hostName,
  ].filter((s): s is string => Boolean(s));
  const title = given.title
    ? givenInference(given.title)
    : inferTitle({ lines, stated: metadata?.titles ?? [], siteNames, language: workingLanguage });
  const cleaning = { language: workingLanguage, title: title.value, siteNames };
  let cleaned: CleanedPage = cleanPage(lines, cleaning);
  /** The whole page's lines, cleaned once, and only if asked for. */
  let wholeCleaned: CleanedPage | undefined;
  const cleanedWhole = () => {
    wholeCleaned ??= cleanPage(pageLines ?? [], cleaning);
    return wholeCleaned;
  };
  if (pageLines && extractor === 'readability') {
    // Readability may take a banner for the article and drop the rest as comments, as on a forum's thread: when the
    // story it kept is a small part of what the whole page's cleaning keeps, the whole page is read instead. The
    // cleaning keeps no more words than the page has, so a story that is no small part of them needs no second look.
    const kept = countWords(cleaned.body);
    if (kept < countWords(pageLines.map((l) => l.text).join('\n')) * THIN_SHARE) {
      const whole = cleanedWhole();
      const wholeWords = countWords(whole.body);
      if (wholeWords >= MIN_WHOLE_WORDS && kept < wholeWords * THIN_SHARE) {
        cleaned = whole;
        lines = pageLines;
        extractor = 'body';
      }
    }
  }
  const language = given.language ? givenInference(given.language) : decideLanguage(cleaned.body, metadata, warnings);

  const tld = outlet.host && DAY_FIRST_TLDS.test(outlet.host);
  const declaredRegion = (metadata?.languages ?? []).some((s) => /^en[-_](?!us)/i.test(s.value));
  const dateLanguage = language.value ?? workingLanguage;
  const dayFirst = dateLanguage === 'en' ? (tld || declaredRegion ? true : undefined) : undefined;
  const titleLine = title.source?.startsWith('line ') ? Number(title.source.slice(5)) : null;
  let published = given.published
    ? { ...givenInference(given.published), warnings: [] }
    : inferPublished({ lines, cleaned, metadata, language: dateLanguage, dayFirst, titleLine });
  if (published.value === null && pageLines && !given.published) {
    // The article Readability kept may leave out the byline and date above it: read them off the whole page.
    const pageCleaned = cleanedWhole();
    const pageTitleLine = pageLines.find((l) => title.value && repeatsTitle(l.text, title.value))?.lineNumber ?? null;
    const fromPage = inferPublished({
      lines: pageLines,
      cleaned: pageCleaned,
      metadata: null,
      language: dateLanguage,
      dayFirst,
      titleLine: pageTitleLine,
    });
    if (fromPage.value !== null || fromPage.warnings.length > 0) {
      published = {
        ...fromPage,
        source: fromPage.source ? `${fromPage.source} of the whole page` : null,
        evidence: fromPage.value ? `${fromPage.evidence} (outside the extracted article)` : published.evidence,
        warnings: fromPage.warnings.map((w) => `in the whole page, ${w}`),
      };
    }
  }
  warnings.push(...published.warnings);
  if (cleaned.lines.length === 0) warnings.push('no line of the page reads as story text');

  return {
    body: cleaned.body,
    lines: cleaned.lines,
    dropped: cleaned.dropped,
    text,
    title,
    language,
    published: {
      value: published.value,
      basis: published.basis,
      source: published.source,
      evidence: published.evidence,
    },
    outlet,
    metadata,
    normalization,
    extractor,
    warnings,
  };
}
