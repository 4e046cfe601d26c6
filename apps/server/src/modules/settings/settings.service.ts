/**
 * Settings an admin changes at run time (stored in the `settings` table as JSON), each with
 * a default and a zod schema. Reads are cached briefly so hot paths do not query each time.
 * @module
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { badRequest } from '../../errors.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditService } from '../audit/audit.service.ts';

export const SETTINGS = {
  /** An open task is "due soon" within this many working days of its due date. */
  dueSoonDays: { schema: z.number().int().min(0).max(60), default: 3 },
  /** Reminders go out this many working days before a due date (and a coordinator's input date). */
  reminderDays: { schema: z.number().int().min(0).max(60), default: 3 },
  /** The in-server scheduler sends reminders from this hour (Vietnam time) of a working day. */
  reminderHour: { schema: z.number().int().min(0).max(23), default: 7 },
  /** Which reading of "trước ngày X" drives timeliness: strict (X − 1) or inclusive (X). */
  deadlineReading: {
    schema: z.enum(['strict', 'inclusive']),
    default: 'strict' as 'strict' | 'inclusive',
  },
  /** Years whose admin holiday list replaces the computed one instead of adding to it. */
  calendarReplaceYears: { schema: z.array(z.number().int()), default: [] as number[] },
  /** Place name on documents ("Lạng Sơn"). */
  placeName: { schema: z.string().min(1).max(100), default: 'Lạng Sơn' },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K]['default'];
export type SettingsSnapshot = { [K in SettingKey]: SettingValue<K> };

const CACHE_MS = 5_000;

export function createSettingsService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  clock: Clock;
}) {
  let cache: { at: number; values: SettingsSnapshot } | undefined;

  async function load(): Promise<SettingsSnapshot> {
    const rows = await deps.db.selectFrom('settings').select(['key', 'value']).execute();
    const stored = new Map(rows.map((r) => [r.key, r.value]));
    const out: Record<string, unknown> = {};
    for (const [key, def] of Object.entries(SETTINGS)) {
      const raw = stored.get(key);
      const parsed = raw === undefined ? undefined : def.schema.safeParse(JSON.parse(raw));
      out[key] = parsed?.success ? parsed.data : def.default;
    }
    return out as SettingsSnapshot;
  }

  return {
    async all(): Promise<SettingsSnapshot> {
      const now = Date.now();
      if (!cache || now - cache.at > CACHE_MS) cache = { at: now, values: await load() };
      return cache.values;
    },
    async get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
      return (await this.all())[key];
    },
    /** Validates and stores one setting, audited. */
    async set<K extends SettingKey>(
      actorUserId: string | null,
      key: K,
      value: unknown,
      trx?: Kysely<Database>,
    ) {
      const result = SETTINGS[key].schema.safeParse(value);
      if (!result.success) {
        throw badRequest(
          'invalid_setting',
          `Giá trị không hợp lệ cho thiết lập ${key}: ${result.error.issues[0]?.message ?? ''}`,
        );
      }
      const parsed = result.data;
      const at = deps.clock.now().toISOString();
      const write = async (t: Kysely<Database>) => {
        const before = await t
          .selectFrom('settings')
          .select('value')
          .where('key', '=', key)
          .executeTakeFirst();
        await t
          .insertInto('settings')
          .values({ key, value: JSON.stringify(parsed), updated_by: actorUserId, updated_at: at })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              value: JSON.stringify(parsed),
              updated_by: actorUserId,
              updated_at: at,
            }),
          )
          .execute();
        await deps.audit.record(t, {
          actorUserId,
          action: 'setting.set',
          entity: 'setting',
          entityId: key,
          before: before ? JSON.parse(before.value) : null,
          after: parsed,
        });
      };
      await (trx ? write(trx) : deps.db.transaction().execute(write));
      cache = undefined;
    },
    invalidate() {
      cache = undefined;
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
