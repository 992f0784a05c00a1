import { z } from 'zod';
import { PAGE_CONTENT_TYPES } from '../db/schema.ts';

/**
 * A page handed over with what its sender knows about it: the JSON body of `POST /v1/articles` and one line of an
 * NDJSON file given to `npm run ingest`. What it states wins over what the pipeline infers, marked as stated.
 */

/** The largest page accepted, in bytes of UTF-8: about twenty times the longest news article. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

const optionalText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max).nullish();

export const PageSubmissionSchema = z
  .strictObject({
    content: z
      .string()
      .refine((s) => s.trim() !== '', 'must not be empty or only whitespace')
      .refine((s) => Buffer.byteLength(s) <= MAX_PAGE_BYTES, `must be at most ${MAX_PAGE_BYTES} bytes of UTF-8`)
      .describe('The page as scraped: its text, or its HTML.'),
    contentType: z
      .enum(PAGE_CONTENT_TYPES)
      .default('text/plain')
      .describe('What `content` is: `text/plain` (the default) or `text/html`.'),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
      .max(2048)
      .nullish()
      .describe('Where the page was fetched from: names the outlet by its host.'),
    source: optionalText(200).describe('The outlet: an existing source id, or the outlet’s name.'),
    title: optionalText(1000).describe('The headline, when the client knows it better than the page shows.'),
    language: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 639-1 code')
      .nullish()
      .describe('ISO 639-1 code of the page’s language.'),
    published: z
      .string()
      .regex(
        /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
        'must be an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM with an optional zone',
      )
      .nullish()
      .describe('When the page was published, as precisely as the client knows: YYYY … YYYY-MM-DDTHH:MM±HH:MM.'),
  })
  .meta({
    id: 'PageSubmission',
    example: {
      content:
        'Island ferry service resumes after storm repairs\n\nThe ferry between Port Ellis and Carrow Island ran again on Tuesday morning…',
      contentType: 'text/plain',
      url: 'https://www.coastalherald.example/news/ferry-resumes',
      published: '2024-03-05T07:30Z',
    },
  });

export type PageSubmissionInput = z.infer<typeof PageSubmissionSchema>;
