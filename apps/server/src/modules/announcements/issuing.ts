/**
 * The way out of draft: approval by a leader, issue by the Office (number, date, content hash,
 * tasks activated, published if public), publication changes after issue, and corrections.
 * @module
 */
import type { Announcement, IssueAnnouncementBody } from '@ketluan/contracts';
import { formatNumberSymbol } from '@ketluan/docgen';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/dialect-sql.ts';
import type { Database } from '../../db/schema.ts';
import { badRequest, conflict, forbidden } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import {
  type Actor,
  type AnnouncementsCore,
  type AnnouncementsDeps,
  STALE,
} from './announcements.core.ts';
import { snapshotOf, storeContent } from './announcements.presenter.ts';
import type { AnnouncementRow } from './announcements.repository.ts';
import { contentHash, missingParts, toOfficialDocument } from './document.ts';

/** Retries of an issue that met a number taken concurrently (a typed-in number). */
const ISSUE_ATTEMPTS = 5;

export function createIssuing(deps: AnnouncementsDeps, core: AnnouncementsCore) {
  const { repo, audit, clock } = deps;

  function assertComplete(a: Announcement) {
    const missing = missingParts(a);
    if (missing.length) {
      throw badRequest(
        'announcement_incomplete',
        `Thông báo chưa đủ thành phần: ${missing.join(', ')}`,
      );
    }
  }

  /** Assigns the number and freezes the row inside `trx`; returns the number and symbol. */
  async function issueIn(
    trx: Kysely<Database>,
    actor: Actor,
    row: AnnouncementRow,
    a: Announcement,
    issued: { date: string; isPublic: boolean; showProgress: boolean },
  ) {
    const year = Number(issued.date.slice(0, 4));
    const now = clock.now().toISOString();
    let number = row.number;
    let numberSymbol = row.number_symbol;
    if (row.numbering === 'register') {
      do {
        number = await repo.nextRegisterNumber(
          trx,
          { bodyOrgId: row.body_org_id, typeCode: row.type_code, symbol: row.symbol!, year },
          now,
        );
        numberSymbol = formatNumberSymbol(number, row.symbol!);
        // A number typed in earlier for this year is skipped, never given twice.
      } while (await repo.numberTaken(trx, row.body_org_id, year, numberSymbol, row.id));
    } else if (await repo.numberTaken(trx, row.body_org_id, year, numberSymbol!, row.id)) {
      throw core.numberTaken(numberSymbol!);
    }
    const final: Announcement = { ...a, number, numberSymbol, year, issuedDate: issued.date };
    const set: Partial<AnnouncementRow> = {
      status: 'issued',
      number,
      number_symbol: numberSymbol,
      year,
      issued_date: issued.date,
      content_hash: contentHash(toOfficialDocument(final, issued.date)),
      is_public: issued.isPublic ? 1 : 0,
      show_progress: issued.showProgress ? 1 : 0,
      issued_by: actor.user.id,
      issued_at: now,
      updated_at: now,
      search_text: core.searchText(final),
    };
    if (!(await repo.updateIfVersion(trx, row.id, row.version, set, 'approved'))) throw STALE;
    const tasks = await repo.activateTasks(trx, row.id, row.meeting_id, now);
    await audit.record(trx, {
      actorUserId: actor.user.id,
      action: 'announcement.issue',
      entity: 'announcement',
      entityId: row.id,
      after: {
        numberSymbol,
        issuedDate: issued.date,
        contentHash: set.content_hash,
        isPublic: issued.isPublic,
        tasks,
      },
      requestId: actor.requestId,
    });
    return numberSymbol;
  }

  return {
    /** A leader (or admin) approves a complete draft. */
    async approve(
      actor: Actor,
      id: string,
      body: { version?: number | undefined },
    ): Promise<Announcement> {
      if (actor.user.role !== 'leader' && actor.user.role !== 'admin')
        throw forbidden('Chỉ lãnh đạo mới được duyệt thông báo');
      const row = await core.readable(actor, id);
      if (row.status === 'issued') throw core.frozen();
      if (row.status !== 'draft') throw conflict('invalid_status', 'Thông báo đã được duyệt');
      if (body.version !== undefined && body.version !== row.version) return core.stale(id);
      assertComplete(await core.presentRow(row));
      const now = clock.now().toISOString();
      await core.write(id, null, async (trx) => {
        if (
          !(await repo.updateIfVersion(
            trx,
            id,
            row.version,
            { status: 'approved', approved_by: actor.user.id, approved_at: now, updated_at: now },
            'draft',
          ))
        )
          throw STALE;
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'announcement.approve',
          entity: 'announcement',
          entityId: id,
          requestId: actor.requestId,
        });
      });
      return core.present(id);
    },

    /**
     * Issues an approved announcement: number (register or typed), date (default today in
     * Vietnam), content hash; its tasks become active; it is public if the Office chose so.
     */
    async issue(actor: Actor, id: string, body: IssueAnnouncementBody): Promise<Announcement> {
      core.assertStaff(actor);
      for (let attempt = 1; ; attempt++) {
        const row = await core.readable(actor, id);
        if (row.status === 'issued') throw core.frozen();
        if (row.status !== 'approved')
          throw conflict('not_approved', 'Thông báo chưa được lãnh đạo duyệt');
        if (body.version !== undefined && body.version !== row.version) return core.stale(id);
        const a = await core.presentRow(row);
        assertComplete(a);
        const issued = {
          date: body.issuedDate ?? row.issued_date ?? core.today(),
          isPublic: body.isPublic ?? row.is_public === 1,
          showProgress: body.showProgress ?? row.show_progress === 1,
        };
        try {
          await deps.db.transaction().execute((trx) => issueIn(trx, actor, row, a, issued));
          return core.present(id);
        } catch (err) {
          if (err === STALE) return core.stale(id);
          if (!isUniqueViolation(err)) throw err;
          if (row.numbering === 'manual' || attempt >= ISSUE_ATTEMPTS)
            throw core.numberTaken(row.number_symbol ?? '');
        }
      }
    },

    /** Publication can change after issue; the content cannot. */
    async setPublication(
      actor: Actor,
      id: string,
      body: { version: number; isPublic: boolean; showProgress?: boolean | undefined },
    ) {
      core.assertStaff(actor);
      const row = await core.readable(actor, id);
      if (row.version !== body.version) return core.stale(id);
      const set = {
        is_public: body.isPublic ? 1 : 0,
        show_progress: (body.showProgress ?? row.show_progress === 1) ? 1 : 0,
        updated_at: clock.now().toISOString(),
      };
      await core.write(id, null, async (trx) => {
        if (!(await repo.updateIfVersion(trx, id, body.version, set))) throw STALE;
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'announcement.publication',
          entity: 'announcement',
          entityId: id,
          before: { isPublic: row.is_public === 1, showProgress: row.show_progress === 1 },
          after: { isPublic: body.isPublic, showProgress: set.show_progress === 1 },
          requestId: actor.requestId,
        });
      });
      return core.present(id);
    },

    /** A correction of an issued announcement: a new draft with its content, referring to it. */
    async correct(actor: Actor, id: string): Promise<Announcement> {
      core.assertStaff(actor);
      const row = await core.readable(actor, id);
      if (row.status !== 'issued')
        throw conflict('not_issued', 'Chỉ đính chính được thông báo đã ban hành');
      const old = await core.presentRow(row);
      const org = await repo.org(row.body_org_id);
      const symbol = org?.symbol ? `${row.type_code}-${org.symbol}` : row.symbol;
      const now = clock.now().toISOString();
      const newIdValue = newId();
      const copy: AnnouncementRow = {
        ...row,
        id: newIdValue,
        numbering: 'register',
        number: null,
        symbol,
        number_symbol: null,
        year: null,
        issued_date: null,
        content: storeContent(old.content),
        status: 'draft',
        content_hash: null,
        is_public: 0,
        show_progress: 0,
        corrects_id: row.id,
        source: 'composed',
        approved_by: null,
        approved_at: null,
        issued_by: null,
        issued_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      const recipients = old.recipients.map((r) => ({ text: r.text, org_id: r.orgId }));
      const snapshot = snapshotOf({
        ...old,
        numbering: 'register',
        numberSymbol: null,
        issuedDate: null,
        isPublic: false,
        showProgress: false,
      });
      await core.write(newIdValue, null, async (trx) => {
        await repo.insert(trx, copy, recipients);
        await repo.insertVersion(trx, {
          announcementId: newIdValue,
          version: 1,
          snapshot,
          by: actor.user.id,
          at: now,
        });
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'announcement.correct',
          entity: 'announcement',
          entityId: newIdValue,
          after: { correctsId: id, ...snapshot },
          requestId: actor.requestId,
        });
      });
      return core.present(newIdValue);
    },
  };
}
export type Issuing = ReturnType<typeof createIssuing>;
