/** Where a quote stands in a body: it must occur verbatim, character for character. */
export interface QuoteLocation {
  start: number;
  end: number;
}

/** The first verbatim occurrence of `quote` in `body`, or null when the body does not contain it. */
export function locateQuote(body: string, quote: string): QuoteLocation | null {
  const start = body.indexOf(quote);
  return start === -1 ? null : { start, end: start + quote.length };
}
