import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { ENTITY_STATUSES, type EntityStatus, type EntityType } from '../db/schema.ts';
import { isRealPartialDate } from '../lib/dates.ts';
import { type Problem, ProblemSchema } from '../plugins/errors.ts';

/** Pieces every resource's contract shares: messages, ids, paging, list answers, error responses, refs. */

// ---------------------------------------------------------------------------------------------------------------
// Validation messages. Each reason follows the parameter's name in a 400 (`querystring.limit: must be at most 100`),
// so every message reads as the end of that sentence. A schema's own message wins over these.

const joinValues = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'an object',
};

function englishMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      if (Array.isArray(issue.input) && issue.expected !== 'array') return 'must be given once';
      return `must be ${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])}`
        : `must be one of ${joinValues(issue.values)}`;
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `takes at most ${max} values`;
      return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `takes at least ${min} values`;
      return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
    }
    case 'invalid_format':
      return issue.format === 'regex' ? 'is not in the expected form' : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union': {
      // The reason the first alternative gave: for "one value or a list of them", what is wrong with the value.
      const first = (issue.errors as { message?: string }[][] | undefined)?.[0]?.[0]?.message;
      return first ?? 'is not valid';
    }
    case 'invalid_key':
      return 'has a key that is not valid';
    case 'invalid_element':
      return 'has a value that is not valid';
    case 'custom':
      return 'is not valid';
    default:
      // `unrecognized_keys` (only the corpus files use strict objects) keeps zod's own wording.
      return undefined;
  }
}

z.config({ customError: englishMessage });

// ---------------------------------------------------------------------------------------------------------------
// Query strings: every parameter a route does not know is a 400 naming it.

/** The known name closest to `name`, when it is close enough to be what was meant (`persn` → `person`). */
export function suggestName(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0 || name.length > 100) return undefined;
  const lower = name.toLowerCase();
  const lowerKnown = known.map((k) => k.toLowerCase());
  // Two neighbouring letters swapped (`form` for `from`) is one slip, as a one-letter typo is.
  const swapped = lowerKnown.findIndex((k) => isOneSwapAway(lower, k));
  if (swapped !== -1) return known[swapped];
  const best = closest(lower, lowerKnown);
  const allowed = lower.length <= 4 ? 1 : lower.length <= 8 ? 2 : 3;
  if (distance(lower, best) > allowed) return undefined;
  return known[lowerKnown.indexOf(best)];
}

function isOneSwapAway(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

function unknownParamMessage(name: string, known: readonly string[]): string {
  if (known.length === 0) return 'is not a parameter of this route, which takes none';
  const suggestion = suggestName(name, known);
  if (suggestion !== undefined) return `is not a parameter of this route; did you mean "${suggestion}"?`;
  return `is not a parameter of this route; it takes ${joinValues(known)}`;
}

/**
 * A query string of exactly these parameters. Each unknown one fails on its own, under its own name
 * (`querystring.persn`), with the nearest known name when one is close.
 */
export function queryOf<Shape extends z.ZodRawShape>(shape: Shape) {
  const known = Object.keys(shape);
  const unknownParam = z.unknown().refine(() => false, {
    error: (issue) => unknownParamMessage(String(issue.path?.at(-1) ?? ''), known),
  });
  return z.object(shape).catchall(unknownParam);
}

/** The query string of a route that takes no query parameters. */
export const NoQuerySchema = queryOf({});

// ---------------------------------------------------------------------------------------------------------------
// Parameters.

/** A stable readable id, as in the corpus: `vladimir-putin`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id')
  .max(200, 'must be at most 200 characters');

/** The `{id}` of a route, with a real id of the corpus as its example (so the docs can run the route as is). */
export function idParams(what: string, example: string) {
  return z.object({ id: IdSchema.describe(`The ${what}'s stable id.`).meta({ examples: [example] }) });
}

/** A query parameter that may be given once or repeated (`?person=a&person=b`); always an array after parsing. */
export function repeatable<T extends z.ZodType<string>>(item: T) {
  return z
    .union([item, z.array(item).max(20, 'takes at most 20 values')], {
      // Say what is wrong with the value (the single-value branch's reason), or that there are too many.
      error: (issue) => {
        const branches = (issue as { errors?: { message: string }[][] }).errors ?? [];
        const many = branches[1]?.find((e) => e.message.startsWith('takes at most'));
        return many?.message ?? branches[0]?.[0]?.message ?? 'is not valid';
      },
    })
    .transform((v): z.output<T>[] => (Array.isArray(v) ? v : [v]));
}

/** `true` or `false` in the query string, a boolean in the contract and after parsing; anything else is a 400. */
export const BooleanParamSchema = z.preprocess(
  (value) => (value === 'true' ? true : value === 'false' ? false : value),
  z.boolean({ error: 'must be `true` or `false`' }),
);

export const LimitSchema = z.coerce
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(100, 'must be at most 100')
  .default(20)
  .describe('Items per page, 1 to 100.');

export const CursorSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(1000, 'is too long to be a cursor')
  .describe('Opaque: the `nextCursor` of the previous page, with the same filters and sort.');

export const IncludeTotalSchema = BooleanParamSchema.optional().describe(
  'When `true`, the response carries `total`, the number of items matching the filters.',
);

/** The media types of a list's answer besides plain JSON. */
export const SPARSE_JSON = 'application/vnd.news-coverage.sparse+json';
export const CSV = 'text/csv';
export const NDJSON = 'application/x-ndjson';

export const LIST_FORMATS = ['json', 'csv', 'ndjson'] as const;

export const FormatSchema = z
  .enum(LIST_FORMATS)
  .optional()
  .describe(
    `The form of the answer, overriding the Accept header: \`json\` (the default: one page), or the whole list from \`cursor\` on as \`csv\` (\`${CSV}\`, one row per item) or \`ndjson\` (\`${NDJSON}\`, one item per line); \`limit\` and \`includeTotal\` apply to JSON pages only.`,
  );

/** The paging and format parameters every list takes. */
export const PageParams = {
  limit: LimitSchema,
  cursor: CursorSchema.optional(),
  includeTotal: IncludeTotalSchema,
  format: FormatSchema,
};

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateParamSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'is not a real calendar date');

export const DateMatchSchema = z
  .enum(['within', 'overlaps'])
  .default('within')
  .describe(
    'How `from`/`to` compare with dates of limited precision. `within` (default): every day the date can mean lies in the window, so "June 2024" matches `from=2024-06` but not `from=2024-06-19`. `overlaps`: some day it can mean does.',
  );

const MAX_FIELD_VALUES = 20;

/**
 * `fields`: the fields of each list item to answer with, comma-separated (`fields=title,published`) or repeated;
 * the item's `id` always comes. Parsed into the list of field names, `id` first. Documented as a list of the item's
 * field names, with no example, so a request run from the docs answers whole items.
 */
export function fieldsParam(item: z.ZodObject) {
  const known = Object.keys(item.shape) as [string, ...string[]];
  const choose = `choose from ${known.join(', ')}`;
  return z
    .preprocess(
      (value, ctx) => {
        const values = Array.isArray(value) ? value : [value];
        const reject = (message: string) => {
          ctx.issues.push({ code: 'custom', message, input: value });
          return value;
        };
        if (values.length > MAX_FIELD_VALUES) return reject(`takes at most ${MAX_FIELD_VALUES} values`);
        if (!values.every((v): v is string => typeof v === 'string' && v.length <= 1000)) {
          return reject('must be field names separated by commas');
        }
        const names = values
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean);
        if (names.length === 0) return reject(`names no field; ${choose}`);
        const unknown = names.find((name) => !known.includes(name));
        if (unknown !== undefined) return reject(`has no field "${unknown}"; ${choose}`);
        return names;
      },
      z.array(z.enum(known)).min(1),
    )
    .transform((names) => [...new Set(['id', ...names])])
    .optional()
    .describe(
      `Answer with only these fields of each item (and its \`id\`), comma-separated (\`fields=a,b\`) or repeated (\`fields=a&fields=b\`). The answer then comes as \`${SPARSE_JSON}\`: the same page, each item with only those fields.`,
    );
}

// ---------------------------------------------------------------------------------------------------------------
// List answers.

/** The list envelope: a page of whole items and the cursor of the next page (null on the last). */
export function listOf<Shape extends z.ZodRawShape>(item: z.ZodObject<Shape>, id: string, example: unknown) {
  return z
    .object({
      data: z.array(item).describe('The page.'),
      nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
      total: z.number().int().optional().describe('Items matching the filters, when `includeTotal=true`.'),
    })
    .meta({ id, example });
}

/** An item as `fields` trims it: its `id`, and any of its other fields. */
export function sparseItemOf<Shape extends z.ZodRawShape & { id: z.ZodType }>(item: z.ZodObject<Shape>) {
  return item.partial().required({ id: true } as { id: true } & Record<Exclude<'id', keyof Shape>, never>);
}

/** The same envelope for a request with `fields`: each item has its `id` and only the fields named. */
export function sparseListOf<Shape extends z.ZodRawShape & { id: z.ZodType }>(
  item: z.ZodObject<Shape>,
  id: string,
  example: unknown,
) {
  const sparse = sparseItemOf(item);
  return z
    .object({
      data: z.array(sparse).describe('The page: each item with its `id` and the fields named by `fields`.'),
      nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
      total: z.number().int().optional().describe('Items matching the filters, when `includeTotal=true`.'),
    })
    .meta({ id, example });
}

const CsvSchema = z
  .string()
  .describe(
    "The whole list from `cursor` on (every page, not one), streamed: a header row, then one row per item. The columns are the item's fields (with `fields`, only those); nested objects become dot-separated column names (`source.id`, `source.name`, `published.date`), arrays are written as JSON text, and null is an empty cell.",
  );

/**
 * The 200 of a list: the page as JSON, the sparse page (with `fields`), or the whole list from `cursor` on as CSV or
 * NDJSON (one item per line). `format`, or else the Accept header, chooses.
 */
export function listResponse(
  description: string,
  schemas: { item: z.ZodObject; list: z.ZodType; sparse: z.ZodType },
): ContentResponse {
  return {
    description: `${description} As \`application/json\`, one page; with \`fields\`, the same page as \`${SPARSE_JSON}\`; as \`${CSV}\` or \`${NDJSON}\` (one item per line, each as the item schema), the whole list from \`cursor\` on.`,
    content: {
      'application/json': { schema: schemas.list },
      [SPARSE_JSON]: { schema: schemas.sparse },
      [CSV]: { schema: CsvSchema },
      [NDJSON]: { schema: schemas.item },
    },
    headers: {
      Link: {
        type: 'string',
        description:
          'On a JSON page that has a next one: `<URL of the next page>; rel="next"`, this request with `cursor` set.',
      },
      'Content-Disposition': {
        type: 'string',
        description:
          'On a CSV or NDJSON export: `attachment` with a file name, such as `attachment; filename="articles.csv"`.',
      },
    },
  };
}

/** The 200 of a route that answers one JSON document. */
export function jsonResponse(description: string, schema: z.ZodType): ContentResponse {
  return { description, content: { 'application/json': { schema } } };
}

// ---------------------------------------------------------------------------------------------------------------
// Error responses.

/** A response declared per media type; `examples` and `headers` are carried into the document by the OpenAPI plugin. */
export interface ContentResponse {
  description: string;
  content: Record<string, { schema: z.ZodType; examples?: Record<string, { summary: string; value: unknown }> }>;
  headers?: Record<string, { type: string; description: string; minimum?: number }>;
}

export const PROBLEM_JSON = 'application/problem+json';

export interface ProblemExample {
  /** The example's key in the document. */
  key: string;
  summary: string;
  value: Problem;
}

/** A 400 as the service answers it: each `[name, reason]` pair an invalid parameter. */
export function invalidParamsExample(
  key: string,
  summary: string,
  instance: string,
  params: readonly (readonly [string, string])[],
): ProblemExample {
  const invalidParams = params.map(([name, reason]) => ({
    name,
    in: name.startsWith('params.')
      ? ('params' as const)
      : name.startsWith('body')
        ? ('body' as const)
        : ('querystring' as const),
    reason,
  }));
  return {
    key,
    summary,
    value: {
      type: '/problems/invalid-parameters',
      title: 'Invalid parameters',
      status: 400,
      detail: invalidParams.map((p) => `${p.name}: ${p.reason}`).join('; '),
      instance,
      invalidParams,
    },
  };
}

/** A 404 for an id nothing has. */
export function notFoundExample(what: string, instance: string, id: string): ProblemExample {
  return {
    key: 'unknownId',
    summary: `No ${what} has this id`,
    value: {
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: `No ${what} with id "${id}".`,
      instance,
    },
  };
}

const RETRY_AFTER = {
  'Retry-After': { type: 'integer', minimum: 0, description: 'Seconds to wait before trying again.' },
};

export function problemResponse(
  description: string,
  examples: readonly ProblemExample[],
  headers?: ContentResponse['headers'],
): ContentResponse {
  const named = Object.fromEntries(examples.map(({ key, ...example }) => [key, example]));
  return {
    description,
    content: { [PROBLEM_JSON]: { schema: ProblemSchema, examples: named } },
    ...(headers ? { headers } : {}),
  };
}

/**
 * The error responses of a route, each an `application/problem+json` Problem with examples: 400 for invalid
 * parameters (every route: an unknown query parameter is one), 404 given an example of it (routes with an `{id}`),
 * 406 for lists (an Accept header none of their media types meets), 429 unless the route is exempt from the rate
 * limit, and 500 and 503 for every route.
 */
export function errorResponses(route: {
  /** A URL of the route, quoted as the `instance` of the examples that need no particular request. */
  url: string;
  invalid: readonly ProblemExample[];
  notFound?: ProblemExample;
  list?: boolean;
  rateLimited?: boolean;
}) {
  const { url } = route;
  const responses: Record<string, ContentResponse> = {
    400: problemResponse(
      'Invalid parameters: a value that is not valid, or a parameter the route does not take. `invalidParams` names each one (as `querystring.limit`, `params.id`) and says why.',
      route.invalid,
    ),
  };
  if (route.notFound) responses[404] = problemResponse('No resource has this id.', [route.notFound]);
  if (route.list) {
    responses[406] = problemResponse('The Accept header names no media type this list can answer with.', [
      {
        key: 'notAcceptable',
        summary: 'Accept: application/xml',
        value: {
          type: '/problems/not-acceptable',
          title: 'Not acceptable',
          status: 406,
          detail: `A list can be answered as application/json, ${SPARSE_JSON}, ${CSV}, ${NDJSON} (or choose with format=json|csv|ndjson); the Accept header allows none of them.`,
          instance: url,
        },
      },
    ]);
  }
  if (route.rateLimited !== false) {
    responses[429] = problemResponse(
      'Too many requests from this client; `Retry-After` says when to try again.',
      [
        {
          key: 'rateLimited',
          summary: 'Rate limited',
          value: {
            type: '/problems/too-many-requests',
            title: 'Too many requests',
            status: 429,
            detail: 'At most 600 requests per 60 s from one client; retry after 1 minute.',
            instance: url,
          },
        },
      ],
      RETRY_AFTER,
    );
  }
  responses[500] = problemResponse('Unexpected server error; the body never carries internals.', [
    {
      key: 'unexpected',
      summary: 'Unexpected error',
      value: {
        type: '/problems/internal-error',
        title: 'Internal server error',
        status: 500,
        detail: 'The server could not answer this request. The error has been logged.',
        instance: url,
      },
    },
  ]);
  responses[503] = problemResponse(
    'The service is overloaded, or the request needed more than its time budget; `Retry-After` says when to try again.',
    [
      {
        key: 'overBudget',
        summary: 'Over the time budget',
        value: {
          type: '/problems/service-unavailable',
          title: 'Service unavailable',
          status: 503,
          detail: 'The request could not be answered within 2000 ms.',
          instance: url,
        },
      },
      {
        key: 'busy',
        summary: 'Busy',
        value: {
          type: '/problems/service-unavailable',
          title: 'Service unavailable',
          status: 503,
          detail: 'The service is busy: no reader was free within 2000 ms. Retry in a second.',
          instance: url,
        },
      },
    ],
    RETRY_AFTER,
  );
  return responses;
}

// ---------------------------------------------------------------------------------------------------------------
// Shapes shared by several resources.

export const DatePrecisionSchema = z.enum(['year', 'month', 'day', 'time']);
export const BasisSchema = z.enum(['stated', 'inferred']).describe('Printed in the page, or derived (see the note).');

export const PublishedSchema = z
  .object({
    date: z.string().describe('ISO date as precise as the page allows: YYYY, YYYY-MM or YYYY-MM-DD.'),
    precision: DatePrecisionSchema,
    basis: BasisSchema,
    note: z.string().nullable().describe('For an inferred date: the evidence.'),
    time: z
      .string()
      .nullable()
      .describe('Local clock time HH:MM as the page prints it, when precision is `time`; else null.'),
    timezone: z
      .string()
      .nullable()
      .describe('The zone as the page prints it ("MSK", "+02:00", "UTC"), when it states one; else null.'),
  })
  .meta({
    id: 'Published',
    example: {
      date: '2024-06',
      precision: 'month',
      basis: 'inferred',
      note: 'The header date "Thursday, July 25, 2024" is the site\'s date bar, not the story\'s…',
      time: null,
      timezone: null,
    },
  });

export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'country']);

export const EntityStatusSchema = z
  .enum(ENTITY_STATUSES)
  .describe(
    '`confirmed`: a curated entity of the corpus; `candidate`: a name found in a page that matches no curated entity, linked without a curated description.',
  );

export const EntityRefSchema = z
  .object({ id: z.string(), name: z.string(), type: EntityTypeSchema, status: EntityStatusSchema })
  .meta({
    id: 'EntityRef',
    example: { id: 'kim-jong-un', name: 'Kim Jong-un', type: 'person', status: 'confirmed' },
  });

/** The ref of an entity read through a left join: null when the join found none. */
export function entityRefOf(
  id: string | null,
  name: string | null,
  type: EntityType | null,
  status: EntityStatus | null,
): z.infer<typeof EntityRefSchema> | null {
  return id && name && type && status ? { id, name, type, status } : null;
}

export const SourceRefSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable().describe('Null when the page never names its outlet.'),
  })
  .meta({ id: 'SourceRef', example: { id: 'newsman', name: 'Newsman' } });

export const ArticleRefSchema = z
  .object({ id: z.string(), title: z.string().nullable(), source: SourceRefSchema })
  .meta({
    id: 'ArticleRef',
    example: {
      id: 'putin-kim-sign-comprehensive-pact',
      title: 'Putin signed a “comprehensive” diplomatic and defense pact with Kim Jong Un',
      source: { id: 'newsman', name: 'Newsman' },
    },
  });

export const HighlightSchema = z
  .object({ start: z.number().int(), end: z.number().int() })
  .meta({ id: 'Highlight', description: 'A matched stretch of the snippet: `snippet.slice(start, end)`.' });
