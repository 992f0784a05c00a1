import { z } from 'zod';
import { isRealPartialDate } from '../lib/dates.ts';
import { ProblemSchema } from '../plugins/errors.ts';

/** Pieces every resource's contract shares: error responses, ids, pagination. Registered with ids for `$ref`s. */

/** The error responses every route can give. */
export const errorResponses = {
  400: ProblemSchema.describe('Invalid parameters.'),
  404: ProblemSchema.describe('No such resource.'),
  500: ProblemSchema.describe('Unexpected server error; the body never carries internals.'),
} as const;

/** A stable readable id, as in the corpus: `vladimir-putin`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id')
  .max(200, 'must be at most 200 characters');

export const IdParamsSchema = z.object({ id: IdSchema.describe('The stable id.') });

/** A query parameter that may be given once or repeated (`?person=a&person=b`); always an array after parsing. */
export function repeatable<T extends z.ZodType<string>>(item: T) {
  return z
    .union([item, z.array(item).max(20, 'at most 20 values')], {
      // Say what is wrong with the value (the single-value branch's reason), not just "Invalid input".
      error: (issue) => {
        const branches = (issue as { errors?: { message: string }[][] }).errors ?? [];
        const many = branches[1]?.find((e) => e.message.startsWith('at most'));
        return many?.message ?? branches[0]?.[0]?.message ?? 'is not valid';
      },
    })
    .transform((v): z.output<T>[] => (Array.isArray(v) ? v : [v]));
}

export const LimitSchema = z.coerce
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(100, 'must be at most 100')
  .default(20)
  .describe('Items per page, 1 to 100.');

export const CursorSchema = z
  .string()
  .min(1)
  .max(1000, 'is too long to be a cursor')
  .describe('Opaque: the `nextCursor` of the previous page, with the same filters and sort.');

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

export const BooleanParamSchema = z.enum(['true', 'false']).transform((v) => v === 'true');

export const IncludeTotalSchema = BooleanParamSchema.optional().describe(
  'When `true`, the response carries `total`, the number of items matching the filters.',
);

/** The paging parameters every list takes. */
export const PageParams = {
  limit: LimitSchema,
  cursor: CursorSchema.optional(),
  includeTotal: IncludeTotalSchema,
};

/**
 * The list envelope: a page of items and the cursor of the next page (null on the last). An item carries every field
 * unless the request's `fields` names some, so only its `id` is required; the list's items take over the item
 * schema's name and example.
 */
export function listOf<Shape extends z.ZodRawShape & { id: z.ZodType }>(item: z.ZodObject<Shape>, id: string) {
  const meta = z.globalRegistry.get(item);
  const partial = item.partial().required({ id: true } as { id: true } & Record<Exclude<'id', keyof Shape>, never>);
  if (meta) z.globalRegistry.remove(item);
  return z
    .object({
      data: z
        .array(meta ? partial.meta(meta) : partial)
        .describe('The page. Each item has every field listed unless `fields` named some.'),
      nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
      total: z.number().int().optional().describe('Items matching the filters, when `includeTotal=true`.'),
    })
    .meta({ id });
}

/**
 * `fields`: the fields of each list item to answer with, comma-separated (`fields=title,published`) or repeated;
 * the item's `id` always comes. Parsed into the list of field names, `id` first.
 */
export function fieldsParam(item: z.ZodObject) {
  const known = Object.keys(item.shape);
  const choose = `choose from ${known.join(', ')}`;
  return z
    .union([z.string().max(1000), z.array(z.string().max(1000)).max(20, 'at most 20 values')], {
      error: 'must be field names separated by commas',
    })
    .transform((value, ctx) => {
      const names = (Array.isArray(value) ? value : [value])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean);
      const unknown = names.find((name) => !known.includes(name));
      if (unknown !== undefined || names.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: unknown !== undefined ? `has no field "${unknown}"; ${choose}` : `names no field; ${choose}`,
        });
        return z.NEVER;
      }
      return [...new Set(['id', ...names])];
    })
    .optional()
    .describe(
      `Answer with only these fields of each item (and its \`id\`), comma-separated or repeated: ${known.map((k) => `\`${k}\``).join(', ')}.`,
    )
    .meta({ example: known.slice(0, 3).join(',') });
}

export const DatePrecisionSchema = z.enum(['year', 'month', 'day', 'time']);
export const BasisSchema = z.enum(['stated', 'inferred']).describe('Printed in the page, or derived (see the note).');

export const PublishedSchema = z
  .object({
    date: z.string().describe('ISO date as precise as the page allows: YYYY, YYYY-MM or YYYY-MM-DD.'),
    precision: DatePrecisionSchema,
    basis: BasisSchema,
    note: z.string().nullable().describe('For an inferred date: the evidence.'),
  })
  .meta({
    id: 'Published',
    example: {
      date: '2024-06-19',
      precision: 'day',
      basis: 'inferred',
      note: 'The page prints no date. It reports that Putin landed "on Wednesday morning"…',
    },
  });

export const EntityTypeSchema = z.enum(['person', 'organization', 'place', 'country']);

export const EntityRefSchema = z
  .object({ id: z.string(), name: z.string(), type: EntityTypeSchema })
  .meta({ id: 'EntityRef', example: { id: 'kim-jong-un', name: 'Kim Jong-un', type: 'person' } });

export const SourceRefSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable().describe('Null when the page never names its outlet.'),
  })
  .meta({ id: 'SourceRef', example: { id: 'news7f', name: 'News7f' } });

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
