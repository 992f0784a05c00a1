// A folder of test pages, `<name>.txt|.html` each with `<name>.expected.json`: shared by the fixture page tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Test } from 'tap';

/** What a page should come out as. */
export interface ExpectedPage {
  contentType: 'text/plain' | 'text/html';
  url?: string;
  title: string | null;
  language: string | null;
  published: { date: string; precision: string; time?: string | null; zone?: string | null; basis?: string } | null;
  outlet?: string | null;
  body: string[];
}

/** The pages of a folder, with a loader of each page and its expectation. */
export function pageSet<E extends ExpectedPage>(dir: string) {
  const pages = readdirSync(dir).filter((f) => /\.(?:txt|html)$/.test(f));
  const load = (file: string) => ({
    expected: JSON.parse(readFileSync(join(dir, file.replace(/\.(?:txt|html)$/, '.expected.json')), 'utf8')) as E,
    content: readFileSync(join(dir, file), 'utf8'),
  });
  return { pages, load };
}

/** Each supported language has a text page and an HTML page in the set. */
export function checkLanguageCoverage(t: Test, pages: readonly string[]): void {
  for (const lang of ['en', 'fr', 'es', 'de', 'ru']) {
    t.ok(
      pages.some((f) => f.startsWith(`${lang}-`) && f.endsWith('.txt')),
      `${lang}: text page`,
    );
    t.ok(
      pages.some((f) => f.startsWith(`${lang}-`) && f.endsWith('.html')),
      `${lang}: HTML page`,
    );
  }
}
