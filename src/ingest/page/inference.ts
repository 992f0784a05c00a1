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
