/**
 * Files attached to task reports: stored on disk under the data dir, content-addressed by
 * SHA-256 (the same file uploaded twice is stored once), limited in size, and accepted by
 * their content (magic bytes), never by their name.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Role } from '@ketluan/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { SessionUser } from '../auth/auth.service.ts';
import { orgConcernsTask } from '../tasks/access-sql.ts';

const STAFF: readonly Role[] = ['admin', 'office', 'leader', 'viewer'];

/** The media type of an accepted file from its first bytes, or null. */
export function sniffMime(b: Uint8Array): string | null {
  const at = (sig: number[], off = 0) => sig.every((x, i) => b[off + i] === x);
  if (at([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (at([0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (at([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (at([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-ole-storage'; // .doc, .xls
  if (at([0x50, 0x4b, 0x03, 0x04])) {
    const head = Buffer.from(b.subarray(0, Math.min(b.length, 64 * 1024))).toString('latin1');
    if (head.includes('word/'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (head.includes('xl/'))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    if (head.includes('ppt/'))
      return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument'))
      return 'application/vnd.oasis.opendocument';
    return null;
  }
  return null;
}

export function createFilesService(deps: {
  db: Kysely<Database>;
  dataDir: string;
  maxBytes: number;
  clock: Clock;
}) {
  const pathOf = (sha: string) =>
    join(deps.dataDir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha);

  return {
    /**
     * Stores a file; returns its hash, size and type.
     * @throws 413 over the size limit, 415 for a type that is not accepted.
     */
    async store(bytes: Uint8Array) {
      if (bytes.length > deps.maxBytes)
        throw new AppError(413, 'payload_too_large', 'Tệp vượt quá dung lượng cho phép');
      if (bytes.length === 0) throw new AppError(422, 'empty_file', 'Tệp rỗng');
      const mime = sniffMime(bytes);
      if (!mime) {
        throw new AppError(
          415,
          'unsupported_file',
          'Chỉ nhận tệp PDF, Word, Excel, PowerPoint, ảnh PNG hoặc JPEG',
        );
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        mkdirSync(dirname(path), { recursive: true });
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, bytes);
        renameSync(tmp, path); // atomic: a reader never sees half a file
      }
      await deps.db
        .insertInto('files')
        .values({ sha256, size: bytes.length, mime, created_at: deps.clock.now().toISOString() })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      return { sha256, size: bytes.length, mime };
    },

    /** A stored file, if the user may read a task it is attached to (staff read all). */
    async read(user: SessionUser, sha256: string) {
      const file = await deps.db
        .selectFrom('files')
        .selectAll()
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      if (!file) throw notFound('tệp');
      if (!STAFF.includes(user.role)) {
        const visible = await deps.db
          .selectFrom('task_event_files as f')
          .innerJoin('task_events as e', 'e.id', 'f.event_id')
          .innerJoin('tasks as t', 't.id', 'e.task_id')
          .select('t.id')
          .where('f.sha256', '=', sha256)
          .where(orgConcernsTask(user.orgId ?? '-'))
          .executeTakeFirst();
        if (!visible) throw notFound('tệp');
      }
      return { ...file, bytes: readFileSync(pathOf(sha256)) };
    },
  };
}
export type FilesService = ReturnType<typeof createFilesService>;
