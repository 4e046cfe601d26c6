import { describe, expect, it } from 'vitest';
import { parseAnnouncement } from '../src/index.ts';
import { announcement } from './support/documents.ts';

const item = (presenter: string, body: string) =>
  `1. Dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2025 (${presenter} trình).\n\n${body}`;

describe('references to the presenting body', () => {
  it.each([
    'Cơ quan chủ trì',
    'Cơ quan trình',
    'Đơn vị chủ trì',
    'Đơn vị trình',
    'Đơn vị báo cáo',
    'Cơ quan báo cáo',
    'Cơ quan chủ trì soạn thảo',
    'Cơ quan soạn thảo',
  ])('"%s" is resolved to the presenter', (reference) => {
    const result = parseAnnouncement(
      announcement(
        item(
          'Sở Tài chính',
          `${reference} tiếp thu ý kiến, hoàn thiện dự thảo, trình UBND tỉnh trước ngày 20/3/2024.`,
        ),
      ),
    );
    const [task] = result.tasks;
    expect(task?.owner.value.name).toBe('Sở Tài chính');
    expect(task?.ownerReference?.value).toBe(reference);
    expect(result.warnings.map((w) => w.code)).not.toContain('unresolved-reference');
  });

  it('accepts "do X trình" and "(do X trình)" as the presenter', () => {
    const inline = parseAnnouncement(
      announcement(
        '1. Báo cáo tình hình thực hiện dự án, do Sở Xây dựng trình\n\nĐơn vị trình hoàn chỉnh báo cáo.',
      ),
    );
    expect(inline.items[0]?.presenter?.value.name).toBe('Sở Xây dựng');
    expect(inline.items[0]?.title.value).toBe('Báo cáo tình hình thực hiện dự án');
    expect(inline.tasks[0]?.owner.value.name).toBe('Sở Xây dựng');
  });

  it('reads the presenter from "Sở X báo cáo …" when the heading names none', () => {
    const result = parseAnnouncement(
      announcement(
        '1. Dự thảo Đề án phát triển du lịch\n\nSở Du lịch báo cáo dự thảo Đề án với 5 nhóm giải pháp.\n\nCơ quan soạn thảo hoàn chỉnh Đề án, trình UBND tỉnh trong tháng 4/2024.',
      ),
    );
    expect(result.items[0]?.presenter?.value.name).toBe('Sở Du lịch');
    expect(result.tasks.map((t) => t.owner.value.name)).toEqual(['Sở Du lịch']);
  });

  it('resolves an alias the text defines, and prefers a longer real name', () => {
    const result = parseAnnouncement(
      announcement(
        '1. Về dự án cấp nước\n\nBan Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh (sau đây gọi là Ban Quản lý) báo cáo tiến độ dự án. Ban Quản lý hoàn thành bàn giao mặt bằng trong quý II/2024. Ban Quản lý Khu kinh tế tỉnh phối hợp thực hiện.',
      ),
    );
    expect(result.tasks.map((t) => t.owner.value.name)).toEqual([
      'Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh',
      'Ban Quản lý Khu kinh tế tỉnh',
    ]);
  });

  it('warns when a reference has no presenter to resolve to', () => {
    const result = parseAnnouncement(
      announcement('1. Về công tác quy hoạch\n\nCơ quan chủ trì hoàn thiện hồ sơ.'),
    );
    expect(result.tasks[0]?.owner.value.name).toBe('Cơ quan chủ trì');
    expect(result.warnings.map((w) => w.code)).toContain('unresolved-reference');
  });
});
