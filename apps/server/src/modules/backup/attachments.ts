/**
 * The attachment files a backup carries beside the database rows: stored under the data
 * folder by their SHA-256 (the layout of files.service.ts), read for a backup, written back —
 * checked against their hash — by a restore.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where files.service.ts keeps the attachment `sha256`. */
export const attachmentPath = (dataDir: string, sha256: string) =>
  join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256);

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The bytes of an attachment, or null when the file is missing or does not match its hash. */
export function readAttachment(dataDir: string, sha256: string): Buffer | null {
  const path = attachmentPath(dataDir, sha256);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return sha256Of(bytes) === sha256 ? bytes : null;
}

/** Writes an attachment back (atomically); refuses bytes that do not match their hash. */
export function writeAttachment(dataDir: string, sha256: string, bytes: Uint8Array): void {
  if (!/^[0-9a-f]{64}$/.test(sha256) || sha256Of(bytes) !== sha256)
    throw new Error(`Attachment ${sha256.slice(0, 16)}… does not match its hash: backup damaged`);
  const path = attachmentPath(dataDir, sha256);
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}
