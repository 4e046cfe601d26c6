/**
 * `buildApp(ctx)`: the Fastify application — logging with request ids, validation and
 * serialisation by the zod contracts, the OpenAPI document generated from them, the one
 * error handler, the session hook, and every module's routes.
 * @module
 */
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vi as zodVietnamese } from 'zod/v4/locales';
import type { Context } from './context.ts';
import { registerAuthHooks } from './http/auth-hooks.ts';
import { registerOriginCheck } from './http/csrf.ts';
import { frameworkErrors, registerErrorHandling } from './http/error-handler.ts';
import { logSerializers, registerSecurity } from './http/security.ts';
import { registerWebApp } from './http/web.ts';
import { adminRoutes } from './modules/admin/admin.routes.ts';
import { announcementsRoutes } from './modules/announcements/announcements.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { bulkRoutes } from './modules/bulk/bulk.routes.ts';
import { filesRoutes } from './modules/files/files.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { icsRoutes } from './modules/ics/ics.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { meetingsRoutes } from './modules/meetings/meetings.routes.ts';
import { notifyRoutes } from './modules/notify/notify.routes.ts';
import { orgsRoutes } from './modules/orgs/orgs.routes.ts';
import { publicRoutes } from './modules/public/public.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { tasksRoutes } from './modules/tasks/tasks.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';

// Validation messages that a schema does not set itself are in Vietnamese.
z.config(zodVietnamese());

export interface AppOptions {
  /** pino options, or false for no logs (tests). */
  logger?: boolean | Record<string, unknown>;
}

export async function buildApp(ctx: Context, options: AppOptions = {}): Promise<FastifyInstance> {
  const { config, services } = ctx;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel, serializers: logSerializers },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: config.maxUploadBytes,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  registerErrorHandling(app);
  await registerSecurity(app, { tls: config.trustProxy });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'ketluan API',
        description:
          'Theo dõi thực hiện kết luận của UBND: cuộc họp, kết luận, thông báo, nhiệm vụ. ' +
          'Follow-up of People’s Committee meeting conclusions.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ketluan_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: config.maxUploadBytes, files: 1 } });
  registerOriginCheck(app);
  registerAuthHooks(app, services.auth);

  await app.register(healthRoutes);
  await app.register(
    authRoutes({
      auth: services.auth,
      users: services.users,
      orgs: services.orgs,
      secureCookies: config.trustProxy,
    }),
  );
  await app.register(usersRoutes(services.users));
  await app.register(orgsRoutes(services.orgs, services.lineage));
  await app.register(
    adminRoutes({
      db: ctx.db.kysely,
      calendar: services.calendar,
      settings: services.settings,
      audit: services.audit,
    }),
  );
  await app.register(tasksRoutes(services.tasks));
  await app.register(meetingsRoutes(services.meetings));
  await app.register(reportsRoutes(services.reports));
  await app.register(notifyRoutes(services.notify));
  await app.register(icsRoutes(services.ics));
  await app.register(bulkRoutes(services.bulk));
  await app.register(announcementsRoutes(services.announcements));
  await app.register(publicRoutes(services.announcements, config.publicUrl));
  await app.register(filesRoutes(services.files));
  await app.register(searchRoutes(services.search));
  await app.register(importsRoutes(services.imports, config.maxUploadBytes));

  await registerWebApp(app);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app;
}
