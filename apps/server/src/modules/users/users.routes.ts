import { CreateUserBody, ErrorBody, User } from '@ketluan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../http/auth-hooks.ts';
import { presentUser } from './users.presenter.ts';
import type { UsersService } from './users.service.ts';

export const usersRoutes =
  (users: UsersService): FastifyPluginAsyncZod =>
  async (app) => {
    const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
    app.post(
      '/api/users',
      {
        preHandler: requireRole('admin'),
        schema: {
          tags: ['users'],
          summary: 'Tạo người dùng (quản trị)',
          body: CreateUserBody,
          response: { 201: User, 404: ErrorBody, 409: ErrorBody, ...errors },
        },
      },
      async (req, reply) => {
        const row = await users.create({ user: req.user, requestId: req.id }, req.body);
        return reply.status(201).send(presentUser(row));
      },
    );
    app.get(
      '/api/users',
      {
        preHandler: requireRole('admin'),
        schema: {
          tags: ['users'],
          summary: 'Danh sách người dùng (quản trị)',
          response: { 200: z.object({ items: z.array(User) }), ...errors },
        },
      },
      async () => ({ items: (await users.list()).map(presentUser) }),
    );
  };
