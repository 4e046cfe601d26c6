import type { Meeting } from '@ketluan/contracts';
import { formatDate, todayIso } from '../../i18n/format.ts';
import type { PreviewDocument } from './document-preview.tsx';

function longDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `ngày ${Number(m[3])} tháng ${Number(m[2])} năm ${m[1]}` : '';
}

/** A first draft of the announcement from a meeting's items and conclusions. */
export function composeFromMeeting(meeting: Meeting, placeName: string): PreviewDocument {
  const items = [...meeting.items].sort((a, b) => a.position - b.position);
  const chair = [meeting.chairName ? `đồng chí ${meeting.chairName}` : '', meeting.chairTitle ?? '']
    .filter(Boolean)
    .join(', ');
  return {
    issuingBody: `ỦY BAN NHÂN DÂN\nTỈNH ${placeName.toUpperCase()}`,
    numberSymbol: '',
    place: placeName,
    date: todayIso(),
    typeName: 'THÔNG BÁO',
    summary: `Kết luận ${meeting.title.replace(/^./, (c) => c.toLowerCase())}${meeting.meetingDate ? `\n(${longDate(meeting.meetingDate)})` : ''}`,
    opening: `${meeting.meetingDate ? `Ngày ${formatDate(meeting.meetingDate).replace(/^0/, '')}, ` : ''}UBND tỉnh đã tổ chức ${meeting.title.replace(/^./, (c) => c.toLowerCase())}. Sau khi thảo luận, thống nhất${chair ? `, ${chair} kết luận` : ', UBND tỉnh kết luận'} các nội dung họp như sau:`,
    sections: items.map((item) => ({
      heading: `${item.indexLabel ?? item.position}. ${item.title}${item.presenterName ? ` (${item.presenterName} trình)` : ''}.`,
      paragraphs: [
        ...(item.conclusionText ?? '')
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean),
        ...item.revisionPoints.map((p) => `- ${p.text}`),
      ],
    })),
    closing: 'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    recipients: ['Như trên;', 'Lưu: VT.'],
    authority: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'],
    signerName: '',
  };
}
