/**
 * The forum a result goes to next: the object of "để trình X", or of "trình (xin ý kiến) X" /
 * "gửi X" when X is a deliberative or higher body (HĐND, party committee, Government, Prime
 * Minister, a session). The concluding authority itself is never a forum.
 *
 * @module
 */
import { foldName } from './directory.ts';

/** Who concluded; the forum is never this authority. */
export interface ConcluderProfile {
  /** The Prime Minister concluded (Government Office announcement). */
  government: boolean;
  /** A minister concluded (ministry announcement). */
  ministry: boolean;
}

/** A forum found in a clause; offsets into the clause text. */
export interface ForumMatch {
  value: string;
  start: number;
  end: number;
}

const FORUM_CLASS =
  /HĐND|Hội đồng nhân dân|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Ban Thường vụ|Ban Chấp hành|Bộ Chính trị|Ban Bí thư|Quốc hội|Chính phủ|Thủ tướng|kỳ họp|phiên họp|[Hh]ội nghị|Thường trực/u;
const TRIGGERS =
  /(?<![\p{L}])(?:(để\s+trình)|(?<!tờ\s)(?<!Tờ\s)(trình)(?:\s+lại)?(?:\s+xin\s+ý\s+kiến)?|(gửi))\s+(?=\p{L})/gu;
const STOP =
  /\s(?:xem xét|phê duyệt|thông qua|cho ý kiến|quyết định|ban hành|trước|chậm nhất|trong|theo|đối với|về|để|vào|nhằm|thẩm định|kịp thời|bằng|qua)(?=\s|$)|\s\(/u;
/** An object starting with a preposition is a place or time, not a body ("trình lại tại phiên họp"). */
const PREPOSITION_START = /^(?:tại|vào|trong|ở|trước|sau|lại)\s/u;
const LOCAL_CONCLUDER =
  /^(?:phó )?(?:chủ tịch )?ủy ban nhân dân (?:tỉnh|huyện|xã|thành phố|quận|thị xã|phường|thị trấn|đặc khu)$/u;

function isConcludingAuthority(forum: string, profile: ConcluderProfile): boolean {
  const folded = foldName(forum);
  if (LOCAL_CONCLUDER.test(folded)) return true;
  if (profile.government && /^(?:phó )?thủ tướng(?: chính phủ)?$/u.test(folded)) return true;
  return profile.ministry && /^(?:bộ trưởng|lãnh đạo bộ|thứ trưởng)/u.test(folded);
}

/** The words after a trigger, up to punctuation or a verb that ends the object. */
const MAX_OBJECT = 160;

function objectAfter(clause: string, from: number): { value: string; end: number } {
  let end = Math.min(clause.length, from + MAX_OBJECT);
  const punctuation = /[.;,:]/u.exec(clause.slice(from, end));
  if (punctuation) end = from + punctuation.index;
  const stop = STOP.exec(clause.slice(from, end));
  if (stop) end = from + stop.index;
  const value = clause.slice(from, end).trim();
  return { value, end: from + clause.slice(from, end).trimEnd().length };
}

/**
 * The forum named in `clause`, ignoring mentions inside `exclude` (the deadline phrase, which
 * may itself say "trước khi trình …").
 */
export function findForum(
  clause: string,
  profile: ConcluderProfile,
  exclude: { start: number; end: number } | null = null,
): ForumMatch | null {
  TRIGGERS.lastIndex = 0;
  for (let match = TRIGGERS.exec(clause); match; match = TRIGGERS.exec(clause)) {
    if (exclude && match.index >= exclude.start && match.index < exclude.end) continue;
    const from = match.index + match[0].length;
    const object = objectAfter(clause, from);
    if (
      object.value.length < 2 ||
      PREPOSITION_START.test(object.value) ||
      isConcludingAuthority(object.value, profile)
    ) {
      continue;
    }
    const explicit = match[1] !== undefined;
    if (!explicit && !FORUM_CLASS.test(object.value)) continue;
    return { value: object.value, start: from, end: object.end };
  }
  return null;
}
