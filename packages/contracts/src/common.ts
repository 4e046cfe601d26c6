/**
 * Shapes shared by every resource: ids, dates, the error body, pagination.
 * @module
 */
import { z } from 'zod';

/** Opaque id of a stored record (UUIDv7 text). */
export const Id = z.string().min(1).max(64).describe('Record id');

/** A plain calendar date as a user means it, in Vietnam's time (Asia/Ho_Chi_Minh). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Ngày không hợp lệ')
  .describe('Date YYYY-MM-DD (Vietnam time)');

/** An instant, stored and sent in UTC (ISO 8601). */
export const Instant = z.string().describe('ISO 8601 instant in UTC');

/** The one error body every failing request receives. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable snake_case code for programs'),
      message: z.string().describe('Vietnamese message for people'),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
  })
  .describe('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

/** A page of a keyset-paginated list. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const Ok = z.object({ ok: z.literal(true) });

/** The version of a record a client saw, sent back with an update (optimistic concurrency). */
export const VersionInput = z
  .number()
  .int()
  .min(1)
  .max(2_147_483_647)
  .describe('The version of the record the client saw');
