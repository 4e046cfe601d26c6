/**
 * The sentences of a conclusion announcement, written the way provincial offices write them
 * (seed 346/TB-UBND): the opening paragraph, item headings, verdicts, task sentences and the
 * closing directive. Pure functions of plain values.
 * @module
 */

/** Words that start a proper name: a sentence must not lowercase them. */
const PROPER_HEADS = new Set(
  'Sở Ban Bộ Ủy Uỷ Nghị Quyết Kế Đề Tờ Chỉ Luật Thông Công Văn Đảng Tỉnh Chính Quốc Hội Trung Nhà Đài Báo Bệnh Đoàn Thủ Chủ Mặt Lạng Việt'.split(
    ' ',
  ),
);

/** "Tiếp thu, hoàn thiện" → "tiếp thu, hoàn thiện"; leaves acronyms and proper names alone. */
export function lowerFirst(text: string): string {
  const t = text.trim();
  const word = /^[\p{L}]+/u.exec(t)?.[0] ?? '';
  if (word.length < 1 || PROPER_HEADS.has(word)) return t;
  if (word.length > 1 && word.slice(1) !== word.slice(1).toLocaleLowerCase('vi')) return t;
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}

/** "sở" → "Sở" (sentence start). */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Without a trailing full stop (or "./."). */
export const withoutFinalStop = (text: string) => text.trim().replace(/[\s.;]+$/u, '');

/** "2021-06-23" → "23/6/2021": day padded, month not, as in the seed ("03/7/2021"). */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${Number(m)}/${y}`;
}

/** "2021-06-23" → "ngày 23 tháng 6 năm 2021" (days < 10 and months 1–2 padded, Decree 30). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${d < 10 ? `0${d}` : d} tháng ${m <= 2 ? `0${m}` : m} năm ${y}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Phiên họp UBND tỉnh tháng 6 năm 2021 (kỳ 3)" → "phiên họp tháng 6 năm 2021 (kỳ 3)". */
export function meetingPhrase(title: string, bodyNames: string[]): string {
  const names = bodyNames.filter(Boolean).map(escapeRe).join('|');
  const stripped = names
    ? title.replace(
        new RegExp(`^(phiên họp|cuộc họp|hội nghị)\\s+(?:của\\s+)?(?:${names})\\s+`, 'iu'),
        '$1 ',
      )
    : title;
  return lowerFirst(withoutFinalStop(stripped));
}

export interface OpeningInput {
  meetingTitle: string;
  meetingDate: string | null;
  chairName: string | null;
  chairTitle: string | null;
  /** "UBND tỉnh". */
  bodyShort: string;
  bodyName: string;
}

/** "Ngày 23/6/2021, UBND tỉnh đã tổ chức phiên họp … đồng chí X, Chủ tịch UBND tỉnh kết luận …:" */
export function openingSentence(m: OpeningInput): string {
  const when = m.meetingDate ? `Ngày ${shortDate(m.meetingDate)}, ` : '';
  const what = meetingPhrase(m.meetingTitle, [m.bodyShort, m.bodyName]);
  const who = m.chairName
    ? `đồng chí ${m.chairName.trim()}${m.chairTitle ? `, ${m.chairTitle.trim()}` : ''}`
    : m.bodyShort;
  return upperFirst(
    `${when}${m.bodyShort} đã tổ chức ${what}. Sau khi thảo luận, thống nhất, ${who} kết luận các nội dung họp như sau:`,
  );
}

/** Trích yếu: "Kết luận phiên họp UBND tỉnh tháng 6 năm 2021 (kỳ 3)\n(ngày 23 tháng 6 năm 2021)". */
export function summaryLine(meetingTitle: string, meetingDate: string | null): string {
  const title = withoutFinalStop(meetingTitle);
  const head = /^kết luận\b/iu.test(title) ? upperFirst(title) : `Kết luận ${lowerFirst(title)}`;
  return meetingDate ? `${head}\n(${longDate(meetingDate)})` : head;
}

/** The parenthesised notes of a heading: "(Trình Ban Thường vụ Tỉnh ủy tháng 7; Đảng đoàn HĐND tỉnh thẩm định)". */
export function headingNote(nextForum: string | null, appraiser: string | null): string | null {
  const parts = [
    nextForum
      ? /^trình\b/iu.test(nextForum)
        ? upperFirst(nextForum)
        : `Trình ${nextForum}`
      : null,
    appraiser ? `${appraiser} thẩm định` : null,
  ].filter(Boolean);
  return parts.length ? `(${parts.join('; ')})` : null;
}

const VERDICT_WORDS: Record<string, string> = {
  agreed: 'nhất trí với nội dung trình',
  basically_agreed: 'cơ bản nhất trí với nội dung trình',
  not_agreed: 'chưa nhất trí với nội dung trình',
  resubmit: 'đề nghị hoàn thiện, trình lại nội dung trình',
  withdrawn: 'thống nhất rút nội dung trình',
};

/** "Qua xem xét, UBND tỉnh cơ bản nhất trí với nội dung trình của Sở X." */
export function verdictSentence(
  verdict: string | null,
  bodyShort: string,
  presenter: string | null,
): string | null {
  const words = verdict ? VERDICT_WORDS[verdict] : undefined;
  if (!words) return null;
  return `Qua xem xét, ${bodyShort} ${words}${presenter ? ` của ${presenter}` : ''}.`;
}

/** "Sở X tiếp thu các ý kiến tham gia, hoàn thiện dự thảo như sau:" before revision points. */
export function revisionIntro(presenter: string | null): string {
  return `${presenter ?? 'Cơ quan chủ trì'} tiếp thu các ý kiến tham gia, hoàn thiện dự thảo như sau:`;
}

export interface TaskWording {
  title: string;
  ownerName: string;
  coordinatorNames: string[];
  deadlineText: string | null;
  forum: string | null;
}

const DEADLINE_HEAD = /^(trước|chậm nhất|trong|hoàn thành|xong|đến|hạn|ngay)/iu;
const REPORTS_ALREADY =
  /(báo cáo|trình)\s+(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch)[^,;]*$/iu;

/**
 * "Sở X chủ trì, phối hợp với Y, Z <việc>, báo cáo UBND tỉnh trước ngày … để trình …."
 * The deadline is written as the Office typed it.
 */
export function taskSentence(t: TaskWording, bodyShort: string): string {
  const subject = t.coordinatorNames.length
    ? `${t.ownerName} chủ trì, phối hợp với ${t.coordinatorNames.join(', ')}`
    : t.ownerName;
  const action = lowerFirst(withoutFinalStop(t.title));
  let sentence = `${subject} ${action}`;
  const deadline = t.deadlineText?.trim();
  if (deadline) {
    if (!DEADLINE_HEAD.test(deadline)) sentence += `, ${deadline}`;
    else if (REPORTS_ALREADY.test(action)) sentence += ` ${deadline}`;
    else sentence += `, báo cáo ${bodyShort} ${deadline}`;
  }
  const forum = t.forum?.trim();
  if (forum) sentence += /^(để|trình)\b/iu.test(forum) ? ` ${forum}` : ` để trình ${forum}`;
  return `${upperFirst(sentence)}.`;
}

/** "UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố tổ chức thực hiện./." */
export function closingDirective(bodyShort: string, meetingDate: string | null): string {
  // Districts ended on 1/7/2025 (two-tier local government).
  const local = meetingDate && meetingDate >= '2025-07-01' ? 'xã, phường' : 'huyện, thành phố';
  return upperFirst(
    `${bodyShort} yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các ${local} tổ chức thực hiện./.`,
  );
}
