import { Health } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'Liveness probe', response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );
};
