import { describe, expect, it } from 'vitest';
import { type AgencyContext, emptyAliases, scanAgency, scanAgencyList } from '../src/agencies.ts';
import { parseAnnouncement } from '../src/index.ts';
import { tokenize } from '../src/tokens.ts';
import { announcement } from './support/documents.ts';

function agencyAt(text: string): string | null {
  const ctx: AgencyContext = { text, aliases: emptyAliases(), directory: null };
  return scanAgency(tokenize(text), 0, ctx)?.name ?? null;
}

function listAt(text: string): string[] {
  const ctx: AgencyContext = { text, aliases: emptyAliases(), directory: null };
  return scanAgencyList(tokenize(text), 0, ctx).map((a) => a.name);
}

describe('agency recogniser', () => {
  it.each([
    ['Sở Giáo dục và Đào tạo tiếp thu ý kiến', 'Sở Giáo dục và Đào tạo'],
    ['Sở GD&ĐT tiếp thu', 'Sở GD&ĐT'],
    ['Sở TN&MT chủ trì', 'Sở TN&MT'],
    ['UBND huyện Chi Lăng trình', 'UBND huyện Chi Lăng'],
    ['UBND thành phố Hội An khẩn trương', 'UBND thành phố Hội An'],
    ['UBND thị xã Kỳ Anh tập trung', 'UBND thị xã Kỳ Anh'],
    ['Ủy ban nhân dân tỉnh Lâm Đồng hoàn thành', 'Ủy ban nhân dân tỉnh Lâm Đồng'],
    ['Công an tỉnh tiếp thu', 'Công an tỉnh'],
    ['Sở Lao động - Thương binh và Xã hội phối hợp', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở Văn hóa, Thể thao và Du lịch hướng dẫn', 'Sở Văn hóa, Thể thao và Du lịch'],
    [
      'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh chủ trì',
      'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh',
    ],
    [
      'Ban Quản lý đầu tư và xây dựng thủy lợi 7 phối hợp',
      'Ban Quản lý đầu tư và xây dựng thủy lợi 7',
    ],
    [
      'Cục Quản lý đê điều và Phòng, chống thiên tai rà soát',
      'Cục Quản lý đê điều và Phòng, chống thiên tai',
    ],
    ['Văn phòng HĐND và UBND huyện theo dõi', 'Văn phòng HĐND và UBND huyện'],
    ['Văn phòng Đăng ký đất đai tỉnh tập trung', 'Văn phòng Đăng ký đất đai tỉnh'],
    ['Trung tâm Dịch vụ tổng hợp xã hoàn thiện', 'Trung tâm Dịch vụ tổng hợp xã'],
    ['Cục Nhà giáo và Cán bộ quản lý giáo dục chủ trì', 'Cục Nhà giáo và Cán bộ quản lý giáo dục'],
    ['Sở Du lịch xây dựng kế hoạch', 'Sở Du lịch'],
    ['Kho bạc Nhà nước Lạng Sơn thực hiện', 'Kho bạc Nhà nước Lạng Sơn'],
    ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh tăng cường', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
    ['Trạm Khuyến nông huyện thường xuyên', 'Trạm Khuyến nông huyện'],
    ['Nhà đầu tư chỉ đạo các nhà thầu', 'Nhà đầu tư'],
  ])('%s → %s', (text, name) => {
    expect(agencyAt(text)).toBe(name);
  });

  it.each([
    ['Báo cáo tình hình kinh tế'],
    ['Ban hành Quyết định'],
    ['Trường hợp không có khả năng giải ngân'],
    ['Hội nghị triển khai'],
    ['Phòng, chống dịch'],
  ])('does not take "%s" for an agency', (text) => {
    expect(agencyAt(text)).toBeNull();
  });

  it('keeps groups whole and splits listed agencies', () => {
    expect(listAt('Các sở, ban, ngành, UBND các huyện, thành phố rà soát')).toEqual([
      'Các sở, ban, ngành',
      'UBND các huyện, thành phố',
    ]);
    expect(listAt('UBND các huyện, thành phố, thị xã và các chủ đầu tư tập trung')).toEqual([
      'UBND các huyện, thành phố, thị xã',
      'các chủ đầu tư',
    ]);
    expect(listAt('Sở Tài chính, Cục Thuế tỉnh và UBND các huyện, thành phố rà soát')).toEqual([
      'Sở Tài chính',
      'Cục Thuế tỉnh',
      'UBND các huyện, thành phố',
    ]);
    expect(listAt('UBND các xã Ninh Gia, Tà Hine, Đà Loan thống kê')).toEqual([
      'UBND các xã Ninh Gia, Tà Hine, Đà Loan',
    ]);
    expect(listAt('Ủy ban nhân dân các tỉnh: Cà Mau, Kiên Giang, An Giang rà soát')).toEqual([
      'Ủy ban nhân dân các tỉnh: Cà Mau, Kiên Giang, An Giang',
    ]);
  });

  it('keeps a list of leaders as one owner', () => {
    expect(
      listAt('Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố tổ chức thực hiện'),
    ).toEqual(['Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố']);
  });
});

describe('assignments in context', () => {
  const owners = (body: string) =>
    parseAnnouncement(announcement(body)).tasks.map((t) => t.owner.value.name);

  it('reads "Giao", "Đề nghị" and "Yêu cầu" directives and one task per listed agency', () => {
    expect(
      owners(
        'Giao Sở Tài chính, Sở Kế hoạch và Đầu tư tham mưu bố trí vốn, báo cáo UBND tỉnh trước ngày 20/3/2024.',
      ),
    ).toEqual(['Sở Tài chính', 'Sở Kế hoạch và Đầu tư']);
    expect(
      owners('Đề nghị Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng phương án.'),
    ).toEqual(['Sở Y tế']);
    expect(owners('UBND tỉnh yêu cầu Công an tỉnh tăng cường tuần tra.')).toEqual(['Công an tỉnh']);
  });

  it('reads "Agency: duty" lines and subjects after an opener or a condition', () => {
    expect(owners('- Phòng Kinh tế: Chủ trì, phối hợp với Công an xã lập phương án.')).toEqual([
      'Phòng Kinh tế',
    ]);
    expect(
      owners('Khi Đề án được phê duyệt, Sở Xây dựng hướng dẫn các địa phương triển khai.'),
    ).toEqual(['Sở Xây dựng']);
    expect(owners('Qua thảo luận, đề nghị Sở Nội vụ hoàn thiện dự thảo.')).toEqual(['Sở Nội vụ']);
  });

  it('ignores statements, the concluding body and exhortations naming no body', () => {
    expect(owners('Sở Tài chính đã chủ động tham mưu bố trí vốn.')).toEqual([]);
    expect(owners('UBND tỉnh cơ bản thống nhất với dự thảo.')).toEqual([]);
    expect(owners('Yêu cầu các cơ quan, đơn vị tiếp tục thực hiện nghiêm túc Kế hoạch.')).toEqual(
      [],
    );
    expect(
      owners('Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.'),
    ).toEqual([]);
    expect(
      owners('Ghi nhận sự chủ động của UBND huyện Chi Lăng trong việc chuẩn bị dự thảo.'),
    ).toEqual([]);
  });

  it('extracts coordinators after "phối hợp (với)"', () => {
    const [task] = parseAnnouncement(
      announcement(
        'Sở Tài nguyên và Môi trường tiếp tục phối hợp, làm việc trực tiếp với các sở, ban, ngành, UBND các huyện, thành phố hoàn thiện hồ sơ.',
      ),
    ).tasks;
    expect(task?.coordinators.map((c) => c.value.name)).toEqual([
      'các sở, ban, ngành',
      'UBND các huyện, thành phố',
    ]);
    expect(task?.coordinators.every((c) => c.value.isGroup)).toBe(true);
  });

  it('splits ";" clauses with their own deadlines into tasks and keeps one owner per group', () => {
    const tasks = parseAnnouncement(
      announcement(
        'Sở Xây dựng hoàn thiện hồ sơ, trình UBND tỉnh trước ngày 20/3/2024; đồng thời chủ động phối hợp với Thanh tra tỉnh kiểm tra các công trình trong tháng 4/2024.',
      ),
    ).tasks;
    expect(tasks.map((t) => [t.owner.value.name, t.deadline?.value])).toEqual([
      ['Sở Xây dựng', '2024-03-19'],
      ['Sở Xây dựng', '2024-04-30'],
    ]);
    expect(tasks[1]?.coordinators.map((c) => c.value.name)).toEqual(['Thanh tra tỉnh']);
  });
});
