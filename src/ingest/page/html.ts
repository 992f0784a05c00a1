import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageLine } from './boilerplate.ts';
import type { PageMetadata, StatedValue } from './inference.ts';
import { type NormalizationChange, normalizePage } from './normalize.ts';
import { copyrightHolder } from './outlet.ts';

export type { PageMetadata } from './inference.ts';

/**
 * HTML pages: the article's text by Mozilla Readability over a linkedom DOM, as lines with paragraph breaks kept and
 * each line's link density, and the page's own metadata read from the full document before Readability trims it.
 */

export interface ExtractedHtml {
  /** The article's blocks as lines, numbered in `text`. */
  lines: PageLine[];
  /**
   * Every block of the whole page, Readability or not, numbered in their own order: the header and footer the
   * article leaves out still tell when the page was published and who published it.
   */
  pageLines: PageLine[];
  /** The extracted text: one block per line, normalised. */
  text: string;
  metadata: PageMetadata;
  /** Whether Readability found the article; when it did not, every block of the body is a candidate line. */
  extractor: 'readability' | 'body';
  normalization: NormalizationChange[];
}

export interface ExtractHtmlOptions {
  /** The address the page was fetched from, for relative links and as a URL of last resort. */
  url?: string | null;
}

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & object;

const NEWS_TYPES =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|BlogPosting|LiveBlogPosting|WebPage|Report|OpinionNewsArticle|BackgroundNewsArticle)$/;

function parse(html: string): Doc {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(wrapped).document;
}

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

function push(list: StatedValue[], value: unknown, from: string): void {
  if (typeof value !== 'string') return;
  const v = clean(value);
  if (v && !list.some((x) => x.value === v && x.from === from)) list.push({ value: v, from });
}

function meta(doc: Doc, key: string): string | null {
  for (const el of doc.querySelectorAll('meta')) {
    const name = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    if (name === key) return el.getAttribute('content');
  }
  return null;
}

/** JSON-LD objects, flattened out of arrays and @graph. */
function jsonLdObjects(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      out.push(obj);
      if (obj['@graph']) visit(obj['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block is ignored: the page's other metadata still counts.
    }
  }
  return out;
}

const typesOf = (obj: Record<string, unknown>) => {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

function nameOf(value: unknown, byId: Map<string, Record<string, unknown>>): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0], byId);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.name === 'string') return obj.name;
    if (typeof obj['@id'] === 'string') {
      const ref = byId.get(obj['@id']);
      if (ref && typeof ref.name === 'string') return ref.name;
    }
  }
  return null;
}

function readMetadata(doc: Doc, url: string | null): PageMetadata {
  const m: PageMetadata = {
    titles: [],
    siteNames: [],
    urls: [],
    published: [],
    modified: [],
    languages: [],
    authors: [],
  };
  push(m.titles, doc.querySelector('title')?.textContent, '<title>');
  push(m.titles, meta(doc, 'og:title'), 'og:title');
  push(m.titles, meta(doc, 'twitter:title'), 'twitter:title');
  push(m.siteNames, meta(doc, 'og:site_name'), 'og:site_name');
  push(m.siteNames, meta(doc, 'application-name'), 'application-name');
  push(m.urls, doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'canonical link');
  push(m.urls, meta(doc, 'og:url'), 'og:url');
  push(m.published, meta(doc, 'article:published_time'), 'article:published_time');
  for (const name of [
    'datepublished',
    'date',
    'pubdate',
    'publishdate',
    'publish-date',
    'dc.date.issued',
    'dcterms.created',
    'parsely-pub-date',
    'sailthru.date',
  ]) {
    push(m.published, meta(doc, name), `meta ${name}`);
  }
  push(m.modified, meta(doc, 'article:modified_time'), 'article:modified_time');
  push(m.languages, doc.documentElement?.getAttribute('lang'), '<html lang>');
  push(m.languages, meta(doc, 'og:locale'), 'og:locale');
  for (const el of doc.querySelectorAll('meta[http-equiv]')) {
    if ((el.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-language') {
      push(m.languages, el.getAttribute('content'), 'content-language');
    }
  }
  push(m.authors, meta(doc, 'author'), 'meta author');
  for (const el of doc.querySelectorAll('time[pubdate], time[itemprop="datePublished"]')) {
    push(m.published, el.getAttribute('datetime') ?? el.textContent, '<time> of publication');
  }

  const objects = jsonLdObjects(doc);
  const byId = new Map<string, Record<string, unknown>>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const articles = objects.filter((o) => typesOf(o).some((t) => NEWS_TYPES.test(t)));
  // A NewsArticle outranks a generic WebPage describing the same page.
  articles.sort(
    (a, b) =>
      Number(typesOf(b).some((t) => /Article|Posting/.test(t))) -
      Number(typesOf(a).some((t) => /Article|Posting/.test(t))),
  );
  for (const a of articles) {
    const type = typesOf(a).find((t) => NEWS_TYPES.test(t)) ?? 'Article';
    push(m.titles, a.headline, `JSON-LD ${type}.headline`);
    push(m.published, a.datePublished, `JSON-LD ${type}.datePublished`);
    push(m.modified, a.dateModified, `JSON-LD ${type}.dateModified`);
    push(m.siteNames, nameOf(a.publisher, byId), `JSON-LD ${type}.publisher.name`);
    push(
      m.languages,
      typeof a.inLanguage === 'string' ? a.inLanguage : nameOf(a.inLanguage, byId),
      `JSON-LD ${type}.inLanguage`,
    );
    push(m.authors, nameOf(a.author, byId), `JSON-LD ${type}.author`);
    push(m.urls, typeof a.url === 'string' ? a.url : null, `JSON-LD ${type}.url`);
    const main = a.mainEntityOfPage;
    push(
      m.urls,
      typeof main === 'string'
        ? main
        : main && typeof main === 'object'
          ? (main as Record<string, unknown>)['@id']
          : null,
      `JSON-LD ${type}.mainEntityOfPage`,
    );
  }
  for (const o of objects) {
    if (typesOf(o).some((t) => t === 'Organization' || t === 'NewsMediaOrganization' || t === 'WebSite')) {
      push(m.siteNames, o.name, `JSON-LD ${typesOf(o)[0]}.name`);
    }
  }
  if (url) push(m.urls, url, 'the address it was fetched from');
  return m;
}

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'address',
  'form',
  'fieldset',
  'details',
  'summary',
  'caption',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'option',
  'input',
  'textarea',
  'button',
  'head',
  'img',
  'video',
  'audio',
  'picture',
  'source',
]);

interface RawBlock {
  text: string;
  linkChars: number;
  heading: boolean;
  caption: boolean;
  /** Inside a `<blockquote>`, outside the `<cite>` or `<footer>` that signs it. */
  quoted: boolean;
}

/** Any quotation mark a quoted block may already open with. */
const OPENING_MARK = /^["“”„«»‘’‚‹›「『]/u;

/** Fields set apart by dots or bars, as a post's header or footer lists them ("👁 311K · edited 07:22"). */
const FIELDS = /\s[·|•]\s/u;

/** Marks a quoted block keeps as they are: a line that signs it ("— Name", "Name @handle", "(source)"). */
const SIGNING = /^[—–-]|@\p{L}|^\(/u;

/**
 * A block quoted by its markup alone, as a browser sets it apart: the words of someone, a letter or a document. Its
 * paragraphs of words take quotation marks where they open with none, so the quotation finder reads them as it reads
 * quoted words anywhere; a line that signs the quote, or lists fields, or has fewer than three words, does not.
 */
function markQuoted(block: RawBlock): string {
  if (!block.quoted || block.heading || OPENING_MARK.test(block.text) || SIGNING.test(block.text)) return block.text;
  if (block.linkChars > block.text.length * MAX_LINK_SHARE || FIELDS.test(block.text)) return block.text;
  return (block.text.match(/\p{L}{2,}/gu) ?? []).length < 3 ? block.text : `“${block.text}”`;
}

/** Blocks of text as a browser would lay them out: block elements and `<br>` break lines, inline text runs on. */
function blocksOf(root: El): RawBlock[] {
  const blocks: RawBlock[] = [];
  let text = '';
  let linkChars = 0;
  let heading = false;
  let caption = false;
  let quoted = false;
  const flush = () => {
    const t = text.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (t) blocks.push({ text: t, linkChars: Math.min(linkChars, t.length), heading, caption, quoted });
    text = '';
    linkChars = 0;
  };
  const walk = (node: El, inLink: boolean, inHeading: boolean, inCaption: boolean, inQuote: boolean) => {
    for (const child of Array.from(node.childNodes) as El[]) {
      if (child.nodeType === 3) {
        const t = child.textContent ?? '';
        if (!text) {
          heading = inHeading;
          caption = inCaption;
          quoted = inQuote;
        }
        text += t;
        if (inLink) linkChars += t.replace(/[ \t\n\r\f]+/g, ' ').length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const name = (child.tagName ?? '').toLowerCase();
      if (SKIP.has(name)) continue;
      if (name === 'br') {
        flush();
        continue;
      }
      const signs = name === 'cite' || name === 'footer';
      if (BLOCK.has(name) || signs) {
        flush();
        walk(
          child,
          inLink,
          inHeading || /^h[1-6]$/.test(name),
          inCaption || name === 'figcaption' || name === 'caption',
          (inQuote || name === 'blockquote') && !signs,
        );
        flush();
      } else walk(child, inLink || name === 'a', inHeading, inCaption, inQuote);
    }
  };
  walk(root, false, false, false, false);
  flush();
  return blocks;
}

/** Readability's article is too thin to trust below this many characters; the whole body is read instead. */
const MIN_ARTICLE_CHARS = 140;

/** The article of an HTML page as lines, and the page's own metadata with where each value was read. */
function toLines(blocks: RawBlock[]): { lines: PageLine[]; text: string; changes: NormalizationChange[] } {
  const normalized = normalizePage(blocks.map(markQuoted).join('\n'), { decodeEntities: false });
  const texts = normalized.text.split('\n');
  const lines = blocks.map((b, i) => {
    const text = (texts[i] ?? '').trim();
    return {
      lineNumber: i + 1,
      text,
      linkDensity: text.length ? b.linkChars / Math.max(text.length, b.text.length) : 0,
      heading: b.heading,
      caption: b.caption,
    };
  });
  return { lines: lines.filter((l) => l.text), text: normalized.text, changes: normalized.changes };
}

/** The class and id words for which Readability drops an element before it scores the page: its own pattern. */
const UNLIKELY_WORD = (Readability.prototype as unknown as { REGEXPS: { unlikelyCandidates: RegExp } }).REGEXPS
  .unlikelyCandidates;

/** Words a paragraph of prose has at least. */
const PROSE_WORDS = 20;

/** The share of a block's characters in links above which it is a list of links, not prose. */
const MAX_LINK_SHARE = 0.3;

const isProse = (text: string) => text.split(' ').length >= PROSE_WORDS;

/** How many characters of an element's text stand in its links. */
const linkedChars = (el: El) => [...el.querySelectorAll('a')].reduce((n, a) => n + clean(a.textContent).length, 0);

/**
 * Readability drops any element whose class or id merely contains one of its English words, so a paragraph of the
 * story classed in another language vanishes ("extra" in the French "extrait", "remark" in "remarque"). A paragraph of
 * prose (twenty words or more, few of them links) whose class and id hold such a word only inside a longer word loses
 * them before Readability reads the page; one classed with the word itself ("comment", "sidebar-note") keeps them. A
 * section, block quote or division of prose classed so ("minutes-extract") loses them the same way.
 */
function unmaskProseParagraphs(doc: Doc): void {
  for (const p of doc.querySelectorAll('p, blockquote, section, div, article')) {
    const names = ['class', 'id'].map((a) => p.getAttribute(a) ?? '');
    if (!UNLIKELY_WORD.test(names.join(' '))) continue;
    const words = names.join(' ').split(/[\s_-]+|(?<=\p{Ll})(?=\p{Lu})/u);
    const whole = words.some((w) => {
      const m = UNLIKELY_WORD.exec(w);
      return m !== null && /^(?:s|es)?$/i.test(w.slice(m.index + m[0].length)) && m.index === 0;
    });
    if (whole || /-ad-|ad-break|cover-wrap|yom-remote/i.test(names.join(' '))) continue;
    const text = clean(p.textContent);
    if (!isProse(text) || linkedChars(p) > text.length * MAX_LINK_SHARE) continue;
    p.removeAttribute('class');
    p.removeAttribute('id');
  }
}

/** The class and id words for which Readability takes a short element for the page's byline and removes it. */
const BYLINE_WORD = (Readability.prototype as unknown as { REGEXPS: { byline: RegExp } }).REGEXPS.byline;

/** Readability's longest byline, in characters. */
const MAX_BYLINE_CHARS = 100;

/** Paragraphs of prose that come before a line in the story, not above it. */
const PROSE_BEFORE = 2;

/**
 * Readability takes the first short element classed as an author or byline for the page's byline and removes it,
 * wherever it stands: the line signing a pull quote ("<p class="quote-author">Name, porte-parole</p>") or naming the
 * author of a post embedded in the story ("<p class="embed-author">Name @handle</p>") is lost with it. Such a line
 * after two paragraphs of prose is inside the story, not above it, and loses its class and id before Readability
 * reads the page.
 */
function unmaskSignatures(doc: Doc): void {
  let prose = 0;
  for (const el of doc.querySelectorAll('*')) {
    // An element's text is read only for a paragraph or a line classed as a byline, not for every element.
    if (el.tagName === 'P' && isProse(clean(el.textContent))) prose++;
    if (prose < PROSE_BEFORE) continue;
    const names = ['class', 'id'].map((a) => el.getAttribute(a) ?? '').join(' ');
    const byItself = el.getAttribute('rel') === 'author' || (el.getAttribute('itemprop') ?? '').includes('author');
    if (!BYLINE_WORD.test(names) && !byItself) continue;
    if (clean(el.textContent).length >= MAX_BYLINE_CHARS) continue;
    for (const a of ['class', 'id', 'rel', 'itemprop']) el.removeAttribute(a);
  }
}

/** A pull quote's box holds this many characters at most: the quoted words and the line that signs them. */
const MAX_PULL_QUOTE_CHARS = 700;

/**
 * Readability removes every `<aside>`, and with it a pull quote set beside the story ("<aside class="pullquote">
 * <blockquote>“…”</blockquote><cite>Name</cite></aside>"), whose words may be found nowhere else on the page. A short
 * aside that holds a blockquote, or opens with a quotation mark, and is no list of links, becomes a plain block, so
 * Readability keeps it where it stands in the story.
 */
function keepPullQuotes(doc: Doc): void {
  for (const aside of doc.querySelectorAll('aside')) {
    const text = clean(aside.textContent);
    if (text.length === 0 || text.length > MAX_PULL_QUOTE_CHARS) continue;
    if (!aside.querySelector('blockquote') && !/^["“„«‘‚‹]/u.test(text)) continue;
    if (linkedChars(aside) > text.length * MAX_LINK_SHARE) continue;
    const block = doc.createElement('div');
    while (aside.firstChild) block.appendChild(aside.firstChild);
    aside.replaceWith(block);
  }
}

export function extractHtml(html: string, options: ExtractHtmlOptions = {}): ExtractedHtml {
  const full = parse(html);
  const metadata = readMetadata(full, options.url ?? null);
  const pageLines = full.body ? toLines(blocksOf(full.body as El)).lines : [];
  for (const line of [...pageLines].reverse()) {
    const holder = copyrightHolder(line.text);
    if (holder) {
      push(metadata.siteNames, holder, `copyright line "${line.text}"`);
      break;
    }
  }
  const doc = parse(html);
  unmaskProseParagraphs(doc);
  unmaskSignatures(doc);
  keepPullQuotes(doc);
  let extractor: ExtractedHtml['extractor'] = 'body';
  let root: El | null = null;
  try {
    const article = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 250,
    }).parse();
    if (article) {
      push(metadata.titles, article.title, 'Readability headline');
      push(metadata.authors, article.byline, 'Readability byline');
      if (article.content && (article.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) {
        root = parse(`<!doctype html><html><body>${article.content}</body></html>`).body as El;
        extractor = 'readability';
      }
    }
  } catch {
    // Readability gives up on some malformed documents: the body is read instead.
  }
  if (!root) root = parse(html).body as El;
  const { lines, text, changes } = toLines(root ? blocksOf(root) : []);
  return { lines, pageLines, text, metadata, extractor, normalization: changes };
}
