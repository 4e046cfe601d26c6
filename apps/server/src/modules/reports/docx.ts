/**
 * The report as an official document, "Báo cáo tình hình thực hiện kết luận", in the Decree
 * 30/2020 layout through @ketluan/docgen: the Office of the provincial People's Committee
 * reports the overall figures, then by lead agency, by chairing leader and on coordination,
 * and names the agencies with overdue tasks.
 * @module
 */

import type { ReportCounts } from '@ketluan/contracts';
import {
  type Block,
  formatNumberSymbol,
  type OfficialDocument,
  type Run,
  renderDocx,
} from '@ketluan/docgen';
import { viDate, viPercent } from '../notify/format.ts';
import type { ReportBundle } from './xlsx.ts';

/** What the report document needs beyond the figures. */
export interface ReportDocOptions {
  /** Province name, e.g. "Lạng Sơn" (setting `placeName`). */
  place: string;
  /** Date of the report. */
  date: string;
  signerName?: string;
}

const p = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const h = (text: string): Block => ({ kind: 'heading', runs: [{ text }] });
const list = (lines: string[]): Block => ({
  kind: 'list',
  items: lines.map((text): Run[] => [{ text }]),
});

const days = (n: number | null) =>
  n === null ? '' : `, chậm bình quân ${n.toFixed(1).replace('.', ',')} ngày`;

/** "được giao 7; hoàn thành đúng hạn 2, quá hạn 1; …" */
function figures(c: ReportCounts): string {
  return (
    `được giao ${c.assigned}; hoàn thành đúng hạn ${c.doneOnTime}, quá hạn ${c.doneLate}${days(c.averageDelayDays)}; ` +
    `đang thực hiện trong hạn ${c.openInTime}, quá hạn ${c.openOverdue}; tỷ lệ hoàn thành ${viPercent(c.completionRate)}`
  );
}

function period(b: ReportBundle): string {
  const a = b.agencies;
  const range =
    a.from && a.to
      ? ` giao từ ngày ${viDate(a.from)} đến ngày ${viDate(a.to)}`
      : a.from
        ? ` giao từ ngày ${viDate(a.from)}`
        : a.to
          ? ` giao đến ngày ${viDate(a.to)}`
          : '';
  return `${range}, tính đến hết ngày ${viDate(a.asOf)}`;
}

/** The report's document model. */
export function reportDocument(b: ReportBundle, o: ReportDocOptions): OfficialDocument {
  const t = b.agencies.total;
  const done = t.doneOnTime + t.doneLate;
  const open = t.openInTime + t.openOverdue;
  const overdue = b.agencies.rows
    .filter((r) => r.openOverdue > 0)
    .sort((x, y) => y.openOverdue - x.openOverdue);
  const coordination = b.coordination.rows.filter((r) => r.coordinator.requested > 0);
  const body: Block[] = [
    p(
      `Văn phòng Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện các nhiệm vụ được giao tại các thông báo kết luận của Ủy ban nhân dân tỉnh${period(b)}, như sau:`,
    ),
    h('I. KẾT QUẢ CHUNG'),
    p(`Tổng số nhiệm vụ được giao: ${t.assigned} nhiệm vụ, trong đó:`),
    list([
      `Đã hoàn thành: ${done} nhiệm vụ (${viPercent(t.completionRate)}), gồm ${t.doneOnTime} nhiệm vụ hoàn thành đúng hạn và ${t.doneLate} nhiệm vụ hoàn thành quá hạn${days(t.averageDelayDays)};`,
      `Đang thực hiện: ${open} nhiệm vụ, gồm ${t.openInTime} nhiệm vụ trong hạn (trong đó ${t.noDeadline} nhiệm vụ không có thời hạn) và ${t.openOverdue} nhiệm vụ quá hạn.`,
    ]),
    h('II. KẾT QUẢ THEO CƠ QUAN CHỦ TRÌ'),
    b.agencies.rows.length
      ? list(b.agencies.rows.map((r) => `${r.orgName}: ${figures(r)}.`))
      : p('Không có nhiệm vụ trong kỳ báo cáo.'),
    h('III. KẾT QUẢ THEO LÃNH ĐẠO CHỦ TRÌ CUỘC HỌP'),
    b.leaders.rows.length
      ? list(b.leaders.rows.map((r) => `${r.leader} (${r.meetings} cuộc họp): ${figures(r)}.`))
      : p('Không có nhiệm vụ trong kỳ báo cáo.'),
    h('IV. VIỆC THAM GIA Ý KIẾN CỦA CƠ QUAN PHỐI HỢP'),
    coordination.length
      ? list(
          coordination.map(
            (r) =>
              `${r.orgName}: được đề nghị góp ý ${r.coordinator.requested} lượt; gửi đúng hạn ${r.coordinator.doneOnTime}, gửi quá hạn ${r.coordinator.doneLate}; chưa gửi trong hạn ${r.coordinator.openInTime}, chưa gửi quá hạn ${r.coordinator.openOverdue}.`,
          ),
        )
      : p('Trong kỳ không có đề nghị góp ý có thời hạn riêng.'),
    h('V. KIẾN NGHỊ'),
    overdue.length
      ? p(
          `Đề nghị các cơ quan có nhiệm vụ quá hạn (${overdue.map((r) => `${r.orgName}: ${r.openOverdue} nhiệm vụ`).join('; ')}) khẩn trương hoàn thành, báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh).`,
        )
      : p('Các cơ quan tiếp tục thực hiện đúng thời hạn các nhiệm vụ được giao.'),
    p('Văn phòng Ủy ban nhân dân tỉnh báo cáo Ủy ban nhân dân tỉnh./.'),
  ];
  return {
    supervisingBody: `UBND TỈNH ${o.place.toLocaleUpperCase('vi')}`,
    issuingBody: 'VĂN PHÒNG',
    numberSymbol: formatNumberSymbol(null, 'BC-VP'),
    place: o.place,
    date: o.date,
    typeName: 'BÁO CÁO',
    summary: 'Tình hình thực hiện kết luận, chỉ đạo của Ủy ban nhân dân tỉnh',
    body,
    recipients: [
      'Chủ tịch, các PCT UBND tỉnh (b/c)',
      'Lãnh đạo Văn phòng',
      'Các cơ quan có tên tại mục II',
      'Lưu: VT, THNC',
    ],
    signature: { authority: ['CHÁNH VĂN PHÒNG'], signerName: o.signerName ?? '(chưa có người ký)' },
  };
}

/** The report as DOCX bytes. */
export function reportDocx(
  b: ReportBundle,
  o: ReportDocOptions,
  createdAt: Date,
): Promise<Uint8Array> {
  return renderDocx(reportDocument(b, o), { createdAt });
}
