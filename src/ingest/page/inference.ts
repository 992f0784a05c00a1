import type { Basis } from '../../db/schema.ts';

/**
 * A value the pipeline worked out about a page, with where it came from: `stated` when the page (or the client)
 * prints it, `inferred` when code derived it; `source` names the place (a meta tag, a line number, the URL) and
 * `evidence` says how, or why there is no value.
 */
export interface Inference<T> {
  value: T | null;
  basis: Basis | null;
  source: string | null;
  evidence: string;
}

/** A value the page's markup states, and the tag or field it was read from ("og:title", "JSON-LD NewsArticle.headline"). */
export interface StatedValue {
  value: string;
  from: string;
}

export function none<T>(evidence: string): Inference<T> {
  return { value: null, basis: null, source: null, evidence };
}

/** What a page says of itself in its HTML, each value with where it was read. */
export interface PageMetadata {
  /** `<title>`, og:title, twitter:title, JSON-LD headline, Readability's headline: in that order. */
  titles: StatedValue[];
  /** og:site_name, JSON-LD publisher.name, application-name. */
  siteNames: StatedValue[];
  /** The canonical link, og:url, JSON-LD url, and the URL the page was fetched from. */
  urls: StatedValue[];
  /** article:published_time, JSON-LD datePublished, `<time>` marked as the publication, common date metas. */
  published: StatedValue[];
  /** article:modified_time, JSON-LD dateModified. */
  modified: StatedValue[];
  /** `<html lang>`, JSON-LD inLanguage, og:locale, content-language. */
  languages: StatedValue[];
  /** meta author, JSON-LD author, Readability's byline. */
  authors: StatedValue[];
}
