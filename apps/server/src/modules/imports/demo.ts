/**
 * Demo data: on an empty database, `ketluan serve` imports the real announcement the project
 * started from (346/TB-UBND, Lạng Sơn, 27/6/2021), so a new user sees a meeting, its items
 * and tasks at once.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { ImportsService } from './imports.service.ts';

export const DEMO_FILE = new URL('./demo/346-TB-UBND-2021-06-27.txt', import.meta.url);

/** Imports the demo announcement when no meeting exists yet; returns whether it did. */
export async function importDemoIfEmpty(
  imports: ImportsService,
  hasMeetings: () => Promise<boolean>,
): Promise<boolean> {
  if (await hasMeetings()) return false;
  const draft = await imports.create(
    { user: null },
    { text: readFileSync(DEMO_FILE, 'utf8'), name: '346-TB-UBND-2021-06-27.txt' },
  );
  await imports.commit({ user: null }, draft.id, draft.version);
  return true;
}
