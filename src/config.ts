import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A whole number in decimal digits, within bounds (`z.coerce` would take `''` as 0 and `1e3` as 1000). */
function integer(min: number, max: number, fallback: number) {
  return z
    .string()
    .regex(/^-?\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .default(fallback);
}

/** `*`, or origins such as `https://example.org,http://localhost:5173` (scheme, host and port only). */
const CorsOriginSchema = z
  .string()
  .default('*')
  .transform((value, ctx): '*' | string[] => {
    if (value.trim() === '*') return '*';
    const origins: string[] = [];
    for (const item of value.split(',').map((part) => part.trim())) {
      const origin = parseOrigin(item);
      if (origin) origins.push(origin);
      else ctx.addIssue({ code: 'custom', message: `"${item}" is not an origin like https://example.org` });
    }
    return origins;
  });

function parseOrigin(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  return bare && web ? url.origin : undefined;
}

/** The names proxy-addr (Fastify's `trustProxy`) knows for address ranges. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * `true` (trust every proxy), `false`, a number of proxy hops to trust, or addresses and CIDR ranges
 * (`10.0.0.0/8,::1`, or `loopback`, `linklocal`, `uniquelocal`): each a value Fastify's `trustProxy` takes.
 */
const TrustProxySchema = z
  .string()
  .default('false')
  .transform((value, ctx): boolean | number | string[] => {
    const text = value.trim();
    if (text === 'true') return true;
    if (text === 'false') return false;
    if (/^\d+$/.test(text)) {
      const hops = Number(text);
      if (hops >= 1 && hops <= 100) return hops;
      ctx.addIssue({ code: 'custom', message: 'a hop count must be from 1 to 100 (false trusts none)' });
      return false;
    }
    const ranges = text.split(',').map((part) => part.trim());
    for (const range of ranges) {
      if (!isProxyRange(range)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${range}" is not true, false, a hop count, an IP address, a CIDR range or ${PROXY_RANGES.join('/')}`,
        });
      }
    }
    return ranges;
  });

function isProxyRange(value: string): boolean {
  if (PROXY_RANGES.includes(value)) return true;
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

export const ConfigSchema = z
  .object({
    PORT: integer(0, 65535, 3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_PATH: z.string().min(1).default('data/news.db'),
    /**
     * Create and seed a missing DATABASE_PATH. Off, only the quick start's file is created: elsewhere a missing file
     * may be a volume that is not mounted, and a new database would hide it.
     */
    DATABASE_CREATE: z
      .enum(['true', 'false'], { message: 'must be true or false' })
      .transform((value) => value === 'true')
      .default(false),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /** Processes serving the same port; the database is read-only to them, so each core can take one. */
    WORKERS: integer(1, 64, 1),
    /** Worker threads per process that run database reads, so a slow query does not hold up the event loop. */
    // At least two: searches may hold all threads but one, which stays for every other read.
    READ_THREADS: integer(0, 32, Math.max(2, Math.min(4, availableParallelism()))),
    /** HMAC key of pagination cursors; when unset, one is made at start and shared with every worker process. */
    CURSOR_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Bearer key of `POST /v1/articles`; unset, the service accepts no writes. */
    INGEST_API_KEY: z
      .string()
      .min(16, 'must be at least 16 characters')
      .max(1024, 'must be at most 1024 characters')
      .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces (it is sent in an Authorization header)')
      .optional(),
    QUERY_TIMEOUT_MS: integer(50, 60_000, 1000),
    CORS_ORIGIN: CorsOriginSchema,
    TRUST_PROXY: TrustProxySchema,
    RATE_LIMIT_READS: integer(1, 1_000_000, 600),
    RATE_LIMIT_WRITES: integer(1, 1_000_000, 30),
    RATE_LIMIT_WINDOW_MS: integer(1000, 86_400_000, 60_000),
    /** 0 turns load shedding off. */
    MAX_EVENT_LOOP_DELAY_MS: integer(0, 60_000, 1000),
    REQUEST_TIMEOUT_MS: integer(1000, 600_000, 10_000),
    HEADERS_TIMEOUT_MS: integer(1000, 600_000, 5000),
    KEEP_ALIVE_TIMEOUT_MS: integer(100, 600_000, 5000),
    BODY_LIMIT_BYTES: integer(1024, 104_857_600, 1_048_576),
    SHUTDOWN_TIMEOUT_MS: integer(100, 600_000, 10_000),
  })
  .superRefine((config, ctx) => {
    // Node refuses a server whose headers may take longer than the whole request.
    if (config.HEADERS_TIMEOUT_MS > config.REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HEADERS_TIMEOUT_MS'],
        message: `must not exceed REQUEST_TIMEOUT_MS (${config.REQUEST_TIMEOUT_MS})`,
      });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the service's settings from the environment; the only place that reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
