import { invalidParam } from '../lib/errors.ts';

/**
 * The full-text query language: words, "quoted phrases", prefix* (a word ending in *), AND, OR, NOT
 * and parentheses; juxtaposed terms mean AND. It is parsed here and re-written as an FTS5 query in which
 * every term is quoted, so no input reaches SQLite's own parser unchecked and errors name the problem.
 */

type Token =
  | { kind: 'term'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string }
  | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { kind: 'open' }
  | { kind: 'close' };

const WORD = /^[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\*?/u;

function tokenize(input: string, fail: (reason: string) => Error): Token[] {
  const tokens: Token[] = [];
  let rest = input;
  while (rest.length > 0) {
    const space = rest.match(/^\s+/u);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const c = rest[0] as string;
    if (c === '"' || c === '“' || c === '”') {
      const end = rest.slice(1).search(/["“”]/);
      if (end === -1) throw fail('has a quote that is never closed');
      const text = rest.slice(1, end + 1).trim();
      if (!/[\p{L}\p{N}]/u.test(text)) throw fail('has an empty phrase');
      tokens.push({ kind: 'phrase', text });
      rest = rest.slice(end + 2);
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close' });
      rest = rest.slice(1);
      continue;
    }
    const word = rest.match(WORD);
    if (!word) {
      const char = String.fromCodePoint(rest.codePointAt(0) ?? 0);
      throw fail(`cannot use the character "${char}" here; use words, "phrases", prefix*, AND, OR, NOT, ( )`);
    }
    const text = word[0];
    if (text === 'AND' || text === 'OR' || text === 'NOT') tokens.push({ kind: 'op', op: text });
    else tokens.push({ kind: 'term', text: text.replace(/\*$/, ''), prefix: text.endsWith('*') });
    rest = rest.slice(text.length);
  }
  return tokens;
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * Limits on what a query may ask of the index. Nesting and the number of terms keep it within what FTS5's parser
 * takes; a prefix term expands to every indexed word it begins, and each expansion's list of documents is read and
 * merged before the first hit, so prefixes must be long enough to be selective and few. The time budget of the
 * read pool stops whatever still outgrows them.
 */
export const MAX_DEPTH = 8;
export const MAX_TERMS = 32;
export const MAX_PREFIXES = 4;
export const MIN_PREFIX_LENGTH = 3;

/** Checks the grammar (operators between operands, balanced parentheses) and renders FTS5 syntax. */
export function toFtsQuery(input: string, param = 'q'): string {
  const fail = (reason: string) => invalidParam(param, reason);
  const tokens = tokenize(input, fail);
  if (tokens.length === 0) throw fail('is empty');
  if (tokens.filter((t) => t.kind === 'term' || t.kind === 'phrase').length > MAX_TERMS) {
    throw fail(`has more than ${MAX_TERMS} words and phrases`);
  }
  const prefixes = tokens.filter((t) => t.kind === 'term' && t.prefix);
  const short = prefixes.find((t) => [...(t as { text: string }).text].length < MIN_PREFIX_LENGTH);
  if (short) {
    throw fail(
      `has the prefix "${(short as { text: string }).text}*": a prefix needs at least ${MIN_PREFIX_LENGTH} letters`,
    );
  }
  if (prefixes.length > MAX_PREFIXES) throw fail(`has ${prefixes.length} prefix* terms; at most ${MAX_PREFIXES}`);
  const out: string[] = [];
  let depth = 0;
  let expectOperand = true;
  tokens.forEach((token, i) => {
    switch (token.kind) {
      case 'term':
      case 'phrase':
      case 'open': {
        if (!expectOperand) out.push('AND');
        if (token.kind === 'open') {
          if (++depth > MAX_DEPTH) throw fail(`nests parentheses more than ${MAX_DEPTH} deep`);
          out.push('(');
          expectOperand = true;
          return;
        }
        out.push(token.kind === 'term' && token.prefix ? `${quote(token.text)}*` : quote(token.text));
        expectOperand = false;
        return;
      }
      case 'close':
        if (depth === 0) throw fail('closes a parenthesis that was never opened');
        if (expectOperand) throw fail('has an operator or "(" with nothing after it');
        depth--;
        out.push(')');
        return;
      case 'op':
        if (token.op === 'NOT' && i === 0) throw fail('cannot start with NOT: FTS5 needs something to subtract from');
        if (expectOperand) throw fail(`has ${token.op} where a word or phrase should be`);
        out.push(token.op);
        expectOperand = true;
        return;
    }
  });
  if (expectOperand) throw fail('ends with an operator');
  if (depth !== 0) throw fail('has a parenthesis that is never closed');
  return out.join(' ');
}

/** Markers an FTS5 `snippet()` puts around matched words: control characters no scraped text keeps. */
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** Turns an FTS5 snippet with markers into plain text, highlight offsets and marked-up HTML. */
export function readSnippet(marked: string) {
  const highlights: { start: number; end: number }[] = [];
  let snippet = '';
  let html = '';
  for (const [i, part] of marked.split(SNIPPET_OPEN).entries()) {
    const [hit, rest] = i === 0 ? [null, part] : (part.split(SNIPPET_CLOSE) as [string, string?]);
    if (hit !== null) {
      highlights.push({ start: snippet.length, end: snippet.length + hit.length });
      snippet += hit;
      html += `<mark>${escapeHtml(hit)}</mark>`;
    }
    snippet += rest ?? '';
    html += escapeHtml(rest ?? '');
  }
  return { snippet, highlights, snippetHtml: html };
}
