import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Routes of this resource are registered here.
const routes: FastifyPluginAsyncZod = async () => {};

export default routes;
