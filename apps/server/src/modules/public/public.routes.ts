/**
 * Public pages, without login: the published announcements as HTML and as an Atom feed. Only
 * issued announcements the Office made public exist here; anything else is 404.
 * @module
 */
import { Id } from '@ketluan/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { AnnouncementsService } from '../announcements/announcements.service.ts';
import { atomFeed } from './atom.ts';
import { html } from './html.ts';
import { announcementPage, listPage } from './pages.ts';

const tags = ['public'];
const Page = z.string().describe('HTML page');

const notFoundPage =
  html`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy</title></head>
<body><h1>Không tìm thấy thông báo</h1><p><a href="/public/announcements">Danh sách thông báo đã công khai</a></p></body></html>`
    .value;

export const publicRoutes =
  (announcements: AnnouncementsService, publicUrl?: string): FastifyPluginAsyncZod =>
  async (app) => {
    /** The site's address in links: KETLUAN_PUBLIC_URL, else the request's origin. */
    const origin = (req: FastifyRequest) => publicUrl ?? `${req.protocol}://${req.host}`;
    app.get(
      '/public/announcements',
      {
        schema: {
          tags,
          summary: 'Danh sách thông báo đã ban hành và công khai (HTML)',
          security: [],
          response: { 200: Page },
        },
      },
      async (_req, reply) =>
        reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'public, max-age=60')
          .send(listPage(await announcements.listPublished())),
    );
    app.get(
      '/public/announcements.atom',
      {
        schema: {
          tags,
          summary: 'Nguồn tin Atom của thông báo đã công khai',
          security: [],
          response: { 200: Page },
        },
      },
      async (req, reply) => {
        const items = await announcements.listPublished();
        const author = items[0]?.content.issuingBody.replace(/\s*\n\s*/g, ' ') ?? 'ketluan';
        return reply
          .type('application/atom+xml; charset=utf-8')
          .header('cache-control', 'public, max-age=300')
          .send(atomFeed(origin(req), items, author));
      },
    );
    app.get(
      '/public/announcements/:id',
      {
        schema: {
          tags,
          summary: 'Một thông báo đã công khai (HTML)',
          security: [],
          params: z.object({ id: Id }),
          response: { 200: Page, 404: Page },
        },
      },
      async (req, reply) => {
        try {
          const page = announcementPage(await announcements.getPublished(req.params.id));
          return reply
            .type('text/html; charset=utf-8')
            .header('cache-control', 'public, max-age=60')
            .send(page);
        } catch (err) {
          if (!(err instanceof AppError) || err.status !== 404) throw err;
          return reply.status(404).type('text/html; charset=utf-8').send(notFoundPage);
        }
      },
    );
  };
