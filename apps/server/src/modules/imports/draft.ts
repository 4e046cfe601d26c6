/**
 * The parser's result as an import draft (the wire shape the clerk reviews), with every
 * agency matched to the org directory valid on the announcement's date.
 * @module
 */
import { foldVietnamese, type ImportDraft } from '@ketluan/contracts';
import type { AgencyMention, Field, ParseResult } from '@ketluan/vi-parser';

export interface DirectoryOrgRef {
  id: string;
  name: string;
  aliases: string[];
  validFrom: string | null;
  validTo: string | null;
}

/** Titles of the head of a body, written before its name ("Thủ trưởng các sở…"). */
const TITLE_PREFIX = /^(?:thu truong|chu tich|giam doc|lanh dao|truong ban|chanh van phong)\s+/;

/** Looks up orgs by any written form, preferring the one that existed on a given day. */
export function createOrgMatcher(orgs: readonly DirectoryOrgRef[]) {
  const byName = new Map<string, DirectoryOrgRef[]>();
  for (const o of orgs) {
    for (const n of new Set([o.name, ...o.aliases].map(foldVietnamese)))
      byName.set(n, [...(byName.get(n) ?? []), o]);
  }
  const validOn = (o: DirectoryOrgRef, day: string) =>
    (!o.validFrom || o.validFrom <= day) && (!o.validTo || o.validTo >= day);
  const longestFirst = [...byName.keys()].sort((a, b) => b.length - a.length);
  /** "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện…": the first body named leads. */
  const leading = (folded: string) => {
    const bare = folded.replace(TITLE_PREFIX, '');
    const key = longestFirst.find(
      (k) => k.length >= 6 && (bare === k || bare.startsWith(`${k},`) || bare.startsWith(`${k} `)),
    );
    return key ? byName.get(key) : undefined;
  };
  return {
    match(name: string, day: string | null, fallbackId: string | null): string | null {
      const folded = foldVietnamese(name);
      const fallback = orgs.filter((o) => o.id === fallbackId);
      const candidates =
        byName.get(folded) ?? (fallback.length ? fallback : (leading(folded) ?? []));
      if (candidates.length === 0) return null;
      return (day ? candidates.find((o) => validOn(o, day)) : undefined)?.id ?? candidates[0]!.id;
    },
  };
}
export type OrgMatcher = ReturnType<typeof createOrgMatcher>;

const f = <T>(
  x: Field<T> | null | undefined,
): { value: T; span: [number, number] | null; confidence: number } | null =>
  x ? { value: x.value, span: [x.span[0], x.span[1]], confidence: x.confidence } : null;

/** The draft of a parse result, with orgs matched on the issue date. */
export function toDraft(result: ParseResult, matcher: OrgMatcher): ImportDraft {
  const day = result.header.issued?.value ?? null;
  const agency = (m: Field<AgencyMention>) => {
    const v = m.value;
    return {
      value: { name: v.name, orgId: matcher.match(v.name, day, v.orgId), isGroup: v.isGroup },
      span: [m.span[0], m.span[1]] as [number, number],
      confidence: m.confidence,
    };
  };
  const h = result.header;
  return {
    header: {
      issuer: f(h.issuer),
      number: f(h.number),
      place: f(h.place),
      issued: f(h.issued),
      documentType: f(h.documentType),
      summary: f(h.summary),
      meetingDate: f(h.meetingDate),
      chair: f(h.chair),
      chairTitle: f(h.chairTitle),
    },
    items: result.items.map((i) => ({
      index: f(i.index)!,
      section: f(i.section),
      title: f(i.title)!,
      presenter: i.presenter ? agency(i.presenter) : null,
      appraisingBody: f(i.appraisingBody),
      nextForum: f(i.nextForum),
      verdict: f(i.verdict),
      revisionPoints: i.revisionPoints.map((p) => f(p)!),
      span: [i.span[0], i.span[1]],
    })),
    tasks: result.tasks.map((t) => ({
      item: t.item,
      owner: agency(t.owner),
      ownerReference: f(t.ownerReference),
      ownerGroup: t.ownerGroup,
      coordinators: t.coordinators.map(agency),
      action: f(t.action)!,
      deadlineText: f(t.deadlineText),
      deadlineKind: t.deadlineKind,
      deadlineReadings: {
        strict: t.deadlineReadings.strict,
        inclusive: t.deadlineReadings.inclusive,
      },
      deadline: f(t.deadline),
      forum: f(t.forum),
      revisionPoints: t.revisionPoints.map((p) => f(p)!),
    })),
    recipients: result.recipients.map((r) => f(r)!),
    signingAuthority: result.signingAuthority.map((r) => f(r)!),
    signer: f(result.signer),
    warnings: result.warnings.map((w) => ({
      code: w.code,
      message: w.message,
      ...(w.span ? { span: [w.span[0], w.span[1]] as [number, number] } : {}),
    })),
  };
}
