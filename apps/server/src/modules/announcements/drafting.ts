/**
 * Drafting: composing an announcement from its meeting, and the Office's edits, each save
 * kept as a version. Editing an approved draft withdraws the approval; an issued
 * announcement is frozen.
 * @module
 */
import type {
  Announcement,
  ComposeAnnouncementBody,
  UpdateAnnouncementBody,
} from '@ketluan/contracts';
import { notFound } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import {
  type Actor,
  type AnnouncementsCore,
  type AnnouncementsDeps,
  STALE,
} from './announcements.core.ts';
import { presentAnnouncement, snapshotOf, storeContent } from './announcements.presenter.ts';
import type { AnnouncementRow } from './announcements.repository.ts';
import { composeDraft } from './compose-draft.ts';
import { type NumberFields, numberFields } from './numbering.ts';

export function createDrafting(deps: AnnouncementsDeps, core: AnnouncementsCore) {
  const { repo, audit, clock } = deps;
  return {
    /** Composes a draft from a meeting (office, admin). */
    async compose(
      actor: Actor,
      meetingId: string,
      body: ComposeAnnouncementBody,
    ): Promise<Announcement> {
      core.assertStaff(actor);
      const meeting = await deps.meetings.get(actor, meetingId);
      const org = await repo.org(meeting.bodyOrgId);
      if (!org) throw notFound('cơ quan ban hành');
      const draft = composeDraft(meeting, await repo.draftTasks(meetingId), {
        name: org.name,
        shortName: org.short_name,
      });
      const last = await repo.lastSigner(org.id);
      await core.assertOrgs(body.recipients);
      const numbering = body.numbering ?? (body.numberSymbol ? 'manual' : 'register');
      const number: NumberFields = numberFields(
        numbering,
        body.numberSymbol ?? null,
        org.symbol,
        body.issuedDate ?? core.today(),
      );
      const now = clock.now().toISOString();
      const id = newId();
      const recipients = core.recipientRows(body.recipients ?? draft.recipients);
      const row: AnnouncementRow = {
        id,
        body_org_id: org.id,
        meeting_id: meetingId,
        type_code: 'TB',
        ...number,
        numbering,
        place: body.place ?? (await deps.settings.get('placeName')),
        issued_date: body.issuedDate ?? null,
        summary: body.summary ?? draft.summary,
        content: storeContent(draft.content),
        signing_authority: (
          body.signingAuthority ??
          (last?.signing_authority?.split('\n') || draft.signingAuthority)
        ).join('\n'),
        signer_title: null,
        signer_name: body.signerName !== undefined ? body.signerName : (last?.signer_name ?? null),
        archive_line: body.archiveLine ?? draft.archiveLine,
        status: 'draft',
        content_hash: null,
        is_public: body.isPublic ? 1 : 0,
        show_progress: body.showProgress ? 1 : 0,
        corrects_id: null,
        source: 'composed',
        approved_by: null,
        approved_at: null,
        issued_by: null,
        issued_at: null,
        search_text: '',
        created_at: now,
        updated_at: now,
        version: 1,
      };
      const shown = presentAnnouncement(row, recipients, org.name.toLocaleUpperCase('vi'));
      row.search_text = core.searchText(shown);
      row.signer_title = shown.signingAuthority.at(-1) ?? null;
      await core.write(id, row.number_symbol, async (trx) => {
        await repo.insert(trx, row, recipients);
        await repo.insertVersion(trx, {
          announcementId: id,
          version: 1,
          snapshot: snapshotOf(shown),
          by: actor.user.id,
          at: now,
        });
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'announcement.compose',
          entity: 'announcement',
          entityId: id,
          after: snapshotOf(shown),
          requestId: actor.requestId,
        });
      });
      return core.present(id);
    },

    /** Office edits; each save keeps a version. Editing an approved draft withdraws the approval. */
    async update(actor: Actor, id: string, body: UpdateAnnouncementBody): Promise<Announcement> {
      core.assertStaff(actor);
      const row = await core.readable(actor, id);
      if (row.status === 'issued') throw core.frozen();
      if (row.version !== body.version) return core.stale(id);
      const before = await core.presentRow(row);
      await core.assertOrgs(body.recipients);
      const set: Partial<AnnouncementRow> = { updated_at: clock.now().toISOString() };
      if (body.summary !== undefined) set.summary = body.summary;
      if (body.place !== undefined) set.place = body.place;
      if (body.content !== undefined) set.content = storeContent(body.content);
      if (body.archiveLine !== undefined) set.archive_line = body.archiveLine;
      if (body.signingAuthority !== undefined)
        set.signing_authority = body.signingAuthority.join('\n');
      if (body.signerName !== undefined) set.signer_name = body.signerName;
      if (body.issuedDate !== undefined) set.issued_date = body.issuedDate;
      if (body.isPublic !== undefined) set.is_public = body.isPublic ? 1 : 0;
      if (body.showProgress !== undefined) set.show_progress = body.showProgress ? 1 : 0;
      if (
        body.numbering !== undefined ||
        body.numberSymbol !== undefined ||
        body.issuedDate !== undefined
      ) {
        const numbering =
          body.numbering ??
          (body.numberSymbol ? 'manual' : (row.numbering as 'register' | 'manual'));
        const typed = body.numberSymbol !== undefined ? body.numberSymbol : row.number_symbol;
        const org = await repo.org(row.body_org_id);
        Object.assign(set, {
          numbering,
          ...numberFields(
            numbering,
            typed,
            org?.symbol ?? null,
            set.issued_date ?? row.issued_date ?? core.today(),
          ),
        });
      }
      if (row.status === 'approved')
        Object.assign(set, { status: 'draft', approved_by: null, approved_at: null });
      const recipients = body.recipients
        ? core.recipientRows(body.recipients)
        : before.recipients.map((r) => ({ text: r.text, org_id: r.orgId }));
      const next = presentAnnouncement(
        { ...row, ...set, version: row.version + 1 },
        recipients,
        before.content.issuingBody,
      );
      set.search_text = core.searchText(next);
      set.signer_title = next.signingAuthority.at(-1) ?? null;
      await core.write(id, next.numberSymbol, async (trx) => {
        if (!(await repo.updateIfVersion(trx, id, body.version, set))) throw STALE;
        if (body.recipients) await repo.replaceRecipients(trx, id, recipients);
        await repo.insertVersion(trx, {
          announcementId: id,
          version: next.version,
          snapshot: snapshotOf(next),
          by: actor.user.id,
          at: set.updated_at!,
        });
        await audit.record(trx, {
          actorUserId: actor.user.id,
          action: 'announcement.update',
          entity: 'announcement',
          entityId: id,
          before: snapshotOf(before),
          after: snapshotOf(next),
          requestId: actor.requestId,
        });
      });
      return core.present(id);
    },
  };
}
