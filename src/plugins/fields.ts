import fp from 'fastify-plugin';

type Item = Record<string, unknown>;

/** An item with only the named fields, in the order named. */
export const pickFields = (item: Item, fields: readonly string[]): Item =>
  Object.fromEntries(fields.map((name) => [name, item[name]]));

const isPage = (payload: unknown): payload is { data: Item[] } =>
  typeof payload === 'object' && payload !== null && Array.isArray((payload as { data?: unknown }).data);

/**
 * `fields` on a list (validated, and parsed into field names with `id` first, by the route's schema): each item of
 * the page keeps only those fields. Done once here, after the route, for every list alike.
 */
export default fp(
  async (app) => {
    app.addHook('preSerialization', (request, _reply, payload, done) => {
      const fields = (request.query as { fields?: unknown } | undefined)?.fields;
      if (!Array.isArray(fields) || !isPage(payload)) return done(null, payload);
      const data = payload.data.map((item) => pickFields(item, fields));
      done(null, { ...payload, data });
    });
  },
  { name: 'fields' },
);
