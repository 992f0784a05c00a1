import { decode } from 'html-entities';

/**
 * The only changes a page's text undergoes before cleaning, each one counted so an ingest report can say what
 * changed: line endings, HTML entities a scraper left in, invisible zero-width characters, no-break spaces,
 * soft hyphens and Unicode NFC composition. Nothing else is touched: not inner spacing, not quotes, not case.
 * Each change is made within its line, so line numbers are the same before and after.
 */

export const NORMALIZATION_KINDS = [
  'line-endings',
  'html-entities',
  'zero-width',
  'no-break-space',
  'soft-hyphen',
  'unicode-nfc',
] as const;
export type NormalizationKind = (typeof NORMALIZATION_KINDS)[number];

export interface NormalizationChange {
  kind: NormalizationKind;
  /** How many characters or sequences were replaced. */
  count: number;
  /** 1-based line numbers (in the normalised text) where it happened, at most 20. */
  lines: number[];
  /** A few of the replacements, e.g. "&amp; → &". */
  examples: string[];
}

export interface NormalizedPage {
  text: string;
  changes: NormalizationChange[];
}

export interface NormalizeOptions {
  /** Decode HTML entities (on for scraped text; off for text a DOM has already decoded). */
  decodeEntities?: boolean;
}

const MAX_LINES = 20;
const MAX_EXAMPLES = 5;

/** Entities with their closing semicolon only: "AT&T" and "R&D" are text, not entities. */
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** Zero-width space, word joiner, byte-order mark, Mongolian vowel separator: never visible, never meaningful. */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u180E]/g;
/**
 * Zero-width (non-)joiners carry meaning between letters of scripts that use them (Persian, Indic) and inside
 * emoji sequences; elsewhere (next to Latin, Cyrillic or Greek letters, spaces, punctuation) they are debris.
 */
const JOINER = /\u200C|\u200D/g;
const NO_BREAK_SPACE = /[\u00A0\u202F\u2007]/g;
const SOFT_HYPHEN = /\u00AD/g;
const LINE_BREAK = /\r\n|\r|\u2028|\u2029|\u0085/g;

class ChangeLog {
  private readonly byKind = new Map<NormalizationKind, NormalizationChange>();

  add(kind: NormalizationKind, line: number, count: number, example?: string): void {
    if (count === 0) return;
    let change = this.byKind.get(kind);
    if (!change) {
      change = { kind, count: 0, lines: [], examples: [] };
      this.byKind.set(kind, change);
    }
    change.count += count;
    if (line > 0 && change.lines.length < MAX_LINES && change.lines.at(-1) !== line) change.lines.push(line);
    if (example && change.examples.length < MAX_EXAMPLES && !change.examples.includes(example)) {
      change.examples.push(example);
    }
  }

  list(): NormalizationChange[] {
    return NORMALIZATION_KINDS.flatMap((kind) => this.byKind.get(kind) ?? []);
  }
}

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const JOINS_BEFORE = /(?:[\p{L}\p{M}\p{Extended_Pictographic}]|\uFE0F)$/u;
const JOINS_AFTER = /^[\p{L}\p{M}\p{Extended_Pictographic}]/u;
const ALPHABETIC_BEFORE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]$/u;
const ALPHABETIC_AFTER = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

function isJoinerKept(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 2), at);
  const after = line.slice(at + 1, at + 3);
  return (
    JOINS_BEFORE.test(before) &&
    JOINS_AFTER.test(after) &&
    !ALPHABETIC_BEFORE.test(before) &&
    !ALPHABETIC_AFTER.test(after)
  );
}

function normalizeLine(line: string, lineNumber: number, log: ChangeLog, decodeEntities: boolean): string {
  let text = line;
  if (decodeEntities) {
    text = text.replace(ENTITY, (entity) => {
      let decoded = decode(entity, { level: 'html5' });
      if (decoded === entity) return entity; // not an entity HTML knows: leave the text alone
      // A decoded line break would shift every line number after it: it stands as a space instead.
      decoded = decoded.replace(/[\r\n\u2028\u2029\u0085]/g, ' ');
      log.add('html-entities', lineNumber, 1, `${entity} → ${decoded}`);
      return decoded;
    });
  }
  text = text.replace(ZERO_WIDTH, (c) => {
    log.add('zero-width', lineNumber, 1, codePoint(c));
    return '';
  });
  text = text.replace(JOINER, (c, at: number) => {
    if (isJoinerKept(text, at)) return c;
    log.add('zero-width', lineNumber, 1, codePoint(c));
    return '';
  });
  text = text.replace(NO_BREAK_SPACE, (c) => {
    log.add('no-break-space', lineNumber, 1, `${codePoint(c)} → space`);
    return ' ';
  });
  text = text.replace(SOFT_HYPHEN, () => {
    log.add('soft-hyphen', lineNumber, 1, 'U+00AD');
    return '';
  });
  const composed = text.normalize('NFC');
  if (composed !== text) log.add('unicode-nfc', lineNumber, 1);
  return composed;
}

/** The page's text with the documented normalisation applied, and a record of every kind of change made. */
export function normalizePage(text: string, options: NormalizeOptions = {}): NormalizedPage {
  const log = new ChangeLog();
  const unified = text.replace(LINE_BREAK, (brk) => {
    if (brk !== '\n') log.add('line-endings', 0, 1, brk === '\r\n' ? 'CRLF' : brk === '\r' ? 'CR' : codePoint(brk));
    return '\n';
  });
  const lines = unified.split('\n');
  const out = lines.map((line, i) => normalizeLine(line, i + 1, log, options.decodeEntities ?? true));
  return { text: out.join('\n'), changes: log.list() };
}
