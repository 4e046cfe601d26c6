import { createWorkCalendar } from '@ketluan/calendar';
import { describe, expect, it } from 'vitest';
import { parseAnnouncement, toScoringJson } from '../src/index.ts';
import { differences, orgSim } from './support/compare.ts';
import { loadCorpus, sharedDir } from './support/shared.ts';

const corpus = loadCorpus();
const seed = corpus.find((doc) => doc.id === '000');
const calendar = createWorkCalendar();

describe.skipIf(!sharedDir || !seed)('the seed announcement 346/TB-UBND', () => {
  const { text, gold } = seed ?? { text: '', gold: null as never };
  const result = parseAnnouncement(text, { calendar });
  const json = toScoringJson(result);

  it('reads the header', () => {
    expect(json.number).toBe('346/TB-UBND');
    expect(json.place).toBe('Lạng Sơn');
    expect(json.issued).toBe('2021-06-27');
    expect(json.meeting_date).toBe('2021-06-23');
    expect(json.chair).toBe('Hồ Tiến Thiệu');
    expect(json.signer).toBe('Phạm Hùng Trường');
    expect(result.header.documentType?.value).toBe('THÔNG BÁO');
    expect(result.signingAuthority.map((line) => line.value)).toEqual([
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
    ]);
  });

  it('finds all 7 items with their presenters', () => {
    expect(json.items.map((item) => item.index)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    json.items.forEach((item, i) => {
      expect(orgSim(item.presenter, gold.items[i]?.presenter ?? null)).toBeGreaterThanOrEqual(0.75);
    });
    const chiLang = result.items[4];
    expect(chiLang?.appraisingBody?.value).toBe('Đảng đoàn HĐND tỉnh');
    expect(chiLang?.nextForum?.value).toBe('Ban Thường vụ Tỉnh ủy tháng 7');
    expect(result.items[0]?.verdict?.value).toBe('cơ bản nhất trí');
  });

  it('finds every task with owner, deadline and forum as labelled', () => {
    expect(differences(json, gold)).toEqual([]);
  });

  it('resolves "Cơ quan chủ trì" to the presenter and keeps the reference', () => {
    const police = result.tasks.find((task) => task.item === '4');
    expect(police?.owner.value.name).toBe('Công an tỉnh');
    expect(police?.ownerReference?.value).toBe('Cơ quan chủ trì');
    expect(result.text.slice(...(police?.ownerReference?.span ?? [0, 0]))).toBe('Cơ quan chủ trì');
  });

  it('folds the revision bullets into the task that asked for them', () => {
    const education = result.tasks.find((task) => task.item === '1');
    expect(education?.revisionPoints.length).toBe(9);
    expect(education?.deadlineReadings).toEqual({ strict: '2021-06-28', inclusive: '2021-06-29' });
  });

  it('joins the lines PDF extraction broke', () => {
    expect(result.text).toContain('khả năng triển khai thực hiện các dự án');
    expect(result.text).toContain('Khu di tích lịch sử Chi Lăng, UBND tỉnh');
  });

  it('gives spans that point at the values', () => {
    for (const task of result.tasks) {
      if (task.deadlineText)
        expect(result.text.slice(...task.deadlineText.span)).toBe(task.deadlineText.value);
      if (!task.ownerReference)
        expect(result.text.slice(...task.owner.span)).toBe(task.owner.value.name);
    }
    expect(result.text.slice(...(result.header.number?.span ?? [0, 0]))).toMatch(
      /^Số: 346 \/TB-UBND/,
    );
  });
});
