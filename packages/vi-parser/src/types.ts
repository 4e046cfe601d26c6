/**
 * Public types of the parser's output. Every extracted value is a {@link Field}: the value,
 * where it was read in the normalised text, and how sure the parser is.
 *
 * @module
 */

/** Half-open character range `[start, end)` into {@link ParseResult.text}. */
export type Span = readonly [start: number, end: number];

/** An extracted value with its source span and a confidence in `[0, 1]`. */
export interface Field<T> {
  value: T;
  span: Span;
  confidence: number;
}

/** One organisation of the caller's directory, with its short forms and aliases. */
export interface DirectoryEntry {
  id: string;
  name: string;
  aliases: string[];
}

/** The part of a working-day calendar the parser needs ("N ngày làm việc"). */
export interface WorkCalendarLike {
  /** The date `n` working days after `fromIso`, not counting `fromIso` itself. */
  addWorkingDays(fromIso: string, n: number): string;
}

/** Which reading of "trước ngày X" drives `deadline`: X − 1 (strict) or X (inclusive). */
export type DeadlineReading = 'strict' | 'inclusive';

/** Options of {@link parseAnnouncement}. */
export interface ParseOptions {
  /** Known organisations; mentions are matched against names and aliases. */
  directory?: DirectoryEntry[];
  /** Working-day calendar for "trong thời hạn N ngày làm việc". Mon–Fri when absent. */
  calendar?: WorkCalendarLike;
  /** Reading of "trước ngày X" used for `deadline` (default `'strict'`). */
  deadlineReading?: DeadlineReading;
}

/** Machine-readable warning codes; `message` carries the Vietnamese text for users. */
export type WarningCode =
  | 'empty-input'
  | 'control-characters'
  | 'legacy-encoding'
  | 'legacy-encoding-uncertain'
  | 'not-an-announcement'
  | 'no-number'
  | 'no-issue-date'
  | 'invalid-date'
  | 'no-items'
  | 'no-tasks'
  | 'no-signer'
  | 'deadline-without-year'
  | 'deadline-unresolved'
  | 'no-calendar'
  | 'agency-not-in-directory'
  | 'unresolved-reference';

/** A problem found while parsing; the parser never throws on bad input. */
export interface ParseWarning {
  code: WarningCode;
  /** Vietnamese message shown to the reviewing user. */
  message: string;
  span?: Span;
}

/** An agency as named in the text, with the directory entry it matched, if any. */
export interface AgencyMention {
  /** The name as written (a reference such as "Cơ quan chủ trì" is already resolved). */
  name: string;
  /** Id of the matching {@link DirectoryEntry}, or null. */
  orgId: string | null;
  /** A group such as "các sở, ban, ngành" or "UBND các huyện, thành phố". */
  isGroup: boolean;
}

/** How the meeting concluded on an item. */
export type Verdict = 'nhất trí' | 'cơ bản nhất trí' | 'chưa nhất trí' | 'trình lại' | 'rút';

/** How a deadline phrase was read (see {@link parseDeadline}). */
export type DeadlineKind =
  | 'before-date'
  | 'on-date'
  | 'month'
  | 'quarter'
  | 'year'
  | 'working-days'
  | 'calendar-days'
  | 'event'
  | 'recurring'
  | 'ongoing'
  | 'urgent'
  | 'condition'
  | 'unknown';

/** Both readings of a deadline: they differ only for "trước ngày X". */
export interface DeadlineReadings {
  strict: string | null;
  inclusive: string | null;
}

/** Header fields of the announcement. */
export interface AnnouncementHeader {
  /** Issuing body as printed (e.g. "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"). */
  issuer: Field<string> | null;
  /** Number and symbol without spaces, e.g. "346/TB-UBND". */
  number: Field<string> | null;
  place: Field<string> | null;
  /** Issue date, ISO `YYYY-MM-DD`. */
  issued: Field<string> | null;
  /** Document type as printed, e.g. "THÔNG BÁO". */
  documentType: Field<string> | null;
  /** Summary line (trích yếu). */
  summary: Field<string> | null;
  /** Date of the meeting, ISO. */
  meetingDate: Field<string> | null;
  /** Name of the person who chaired and concluded. */
  chair: Field<string> | null;
  /** Title of the chair as written ("Chủ tịch UBND tỉnh"). */
  chairTitle: Field<string> | null;
}

/** One numbered (or lettered, or Roman-sectioned) agenda item. */
export interface AnnouncementItem {
  /** Index as written: "1", "II.3", "a". */
  index: Field<string>;
  /** Roman section heading the item sits under, if any. */
  section: Field<string> | null;
  title: Field<string>;
  presenter: Field<AgencyMention> | null;
  /** Body that appraises the draft ("Đảng đoàn HĐND tỉnh thẩm định"). */
  appraisingBody: Field<string> | null;
  /** Forum the draft goes to next, as noted in the heading ("Trình Ban Thường vụ Tỉnh ủy tháng 7"). */
  nextForum: Field<string> | null;
  verdict: Field<Verdict> | null;
  /** Revision points listed under the item (bullets after "như sau:"). */
  revisionPoints: Field<string>[];
  /** The whole item, heading to last paragraph. */
  span: Span;
}

/** One assignment to an agency. */
export interface AnnouncementTask {
  /** Index of the item it belongs to, or null for a task outside any item. */
  item: string | null;
  owner: Field<AgencyMention>;
  /** The reference as written when the owner was resolved from one ("Cơ quan chủ trì"). */
  ownerReference: Field<string> | null;
  /** The owner is a group ("các sở, ban, ngành", "UBND các huyện, thành phố"). */
  ownerGroup: boolean;
  coordinators: Field<AgencyMention>[];
  /** What to do, condensed from the clause. */
  action: Field<string>;
  /** The deadline phrase exactly as written, or null. */
  deadlineText: Field<string> | null;
  deadlineKind: DeadlineKind | null;
  /** Both readings of the deadline date. */
  deadlineReadings: DeadlineReadings;
  /** The last allowed day under the chosen reading, or null. */
  deadline: Field<string> | null;
  /** Where the result goes next ("kỳ họp giữa năm 2021 HĐND tỉnh"), or null. */
  forum: Field<string> | null;
  revisionPoints: Field<string>[];
}

/** Everything read from one announcement. */
export interface ParseResult {
  /** The normalised text; every span points into it. */
  text: string;
  header: AnnouncementHeader;
  items: AnnouncementItem[];
  tasks: AnnouncementTask[];
  /** Every line of "Nơi nhận", including "Lưu: …". */
  recipients: Field<string>[];
  /** Signing-authority lines ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"). */
  signingAuthority: Field<string>[];
  signer: Field<string> | null;
  warnings: ParseWarning[];
}
