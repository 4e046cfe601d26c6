/**
 * The OpenAPI document of the app, read once at collection time from a throwaway SQLite
 * app, so that tests can be declared per route.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createContext } from '../../src/context.ts';

export interface OpenApiDocument {
  paths: Record<string, Record<string, any>>;
}

/** Builds an app on an empty temporary SQLite database and returns its OpenAPI document. */
export async function loadOpenApi(): Promise<OpenApiDocument> {
  const dir = mkdtempSync(join(tmpdir(), 'ketluan-openapi-'));
  const ctx = await createContext(
    loadConfig({ KETLUAN_DATA_DIR: dir, LOG_LEVEL: 'silent', KETLUAN_DEMO_DATA: 'false' }),
  );
  try {
    const app = await buildApp(ctx, { logger: false });
    const doc = (await app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
    await app.close();
    return doc;
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `METHOD /path/{param}` of every operation. */
export const documentedRoutes = (doc: OpenApiDocument): string[] =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
