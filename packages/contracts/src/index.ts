/**
 * Contracts between the ketluan server and its clients: zod schemas for every request and
 * response body. The server validates with them and generates its OpenAPI document from
 * them; the web app types its client with them.
 * @module
 */
export * from './admin.ts';
export * from './announcements.ts';
export * from './auth.ts';
export * from './common.ts';
export * from './health.ts';
export * from './imports.ts';
export * from './meetings.ts';
export * from './orgs.ts';
export * from './reports.ts';
export * from './tasks.ts';
export * from './text.ts';
export * from './users.ts';
