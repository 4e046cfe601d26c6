/**
 * Phrase pools for realistic Vietnamese titles of agenda items and tasks, composed the way
 * conclusion announcements word them: an action ("Rà soát, hoàn thiện dự thảo Nghị quyết về"),
 * a subject from a domain (đất đai, giáo dục, y tế, giao thông, chuyển đổi số…), and often a
 * place or period. Each domain names the departments that usually carry it.
 * @module
 */

export interface Domain {
  name: string;
  /** Directory codes (without the province prefix) of the usual presenting departments. */
  owners: string[];
  subjects: string[];
}

export const DOMAINS: readonly Domain[] = [
  {
    name: 'đất đai',
    owners: ['so-tnmt', 'so-nnmt'],
    subjects: [
      'bảng giá đất giai đoạn 2025–2029',
      'hệ số điều chỉnh giá đất năm {year}',
      'thu hồi đất, bồi thường, hỗ trợ và tái định cư dự án {project}',
      'cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân',
      'quy hoạch sử dụng đất thời kỳ 2021–2030',
      'kế hoạch sử dụng đất năm {year} của {local}',
      'đấu giá quyền sử dụng đất các khu dân cư',
      'xử lý các trường hợp lấn chiếm đất công',
      'giao đất, giao rừng gắn với cấp giấy chứng nhận',
      'chuyển mục đích sử dụng đất trồng lúa sang mục đích khác',
      'hạn mức giao đất ở tại nông thôn và đô thị',
      'xây dựng cơ sở dữ liệu đất đai',
    ],
  },
  {
    name: 'giáo dục',
    owners: ['so-gddt'],
    subjects: [
      'mức thu học phí năm học {schoolYear}',
      'sắp xếp, tổ chức lại mạng lưới trường lớp mầm non, phổ thông',
      'kiên cố hóa trường lớp học và nhà công vụ cho giáo viên',
      'chính sách hỗ trợ học sinh bán trú tại các xã đặc biệt khó khăn',
      'phổ cập giáo dục mầm non cho trẻ em 5 tuổi',
      'tuyển sinh vào lớp 10 năm học {schoolYear}',
      'chuyển đổi số trong giáo dục và đào tạo',
      'bồi dưỡng đội ngũ giáo viên đáp ứng chương trình giáo dục phổ thông 2018',
      'xây dựng trường chuẩn quốc gia',
      'cơ sở vật chất trường phổ thông dân tộc nội trú',
    ],
  },
  {
    name: 'y tế',
    owners: ['so-yt'],
    subjects: [
      'nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã',
      'đấu thầu mua sắm thuốc, vật tư y tế năm {year}',
      'phòng, chống dịch sốt xuất huyết và tay chân miệng',
      'đầu tư trang thiết bị cho Bệnh viện Đa khoa tỉnh',
      'bảo hiểm y tế toàn dân',
      'giá dịch vụ khám bệnh, chữa bệnh không thuộc phạm vi bảo hiểm y tế',
      'tiêm chủng mở rộng cho trẻ em',
      'an toàn thực phẩm dịp Tết Nguyên đán',
      'hồ sơ sức khỏe điện tử của người dân',
    ],
  },
  {
    name: 'giao thông',
    owners: ['so-gtvt', 'so-xd'],
    subjects: [
      'đầu tư xây dựng tuyến cao tốc {project}',
      'cải tạo, nâng cấp quốc lộ {road} đoạn qua {local}',
      'bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán {year}',
      'bảo trì đường tỉnh năm {year}',
      'xây dựng cầu dân sinh tại các xã vùng cao',
      'quy hoạch bến xe khách và điểm dừng đỗ',
      'giải phóng mặt bằng dự án đường vành đai {project}',
      'kết nối giao thông các khu công nghiệp',
    ],
  },
  {
    name: 'chuyển đổi số',
    owners: ['so-tttt', 'so-khcn', 'vp-ubnd-tinh'],
    subjects: [
      'xây dựng chính quyền số, kinh tế số và xã hội số',
      'triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử',
      'cung cấp dịch vụ công trực tuyến toàn trình',
      'kho dữ liệu dùng chung của tỉnh',
      'nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)',
      'trung tâm giám sát, điều hành đô thị thông minh',
      'bảo đảm an toàn thông tin mạng cho hệ thống thông tin của cơ quan nhà nước',
      'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
      'chữ ký số cho cán bộ, công chức cấp xã',
    ],
  },
  {
    name: 'tài chính',
    owners: ['so-tc', 'so-khdt'],
    subjects: [
      'dự toán ngân sách nhà nước năm {year}',
      'giải ngân vốn đầu tư công năm {year}',
      'kế hoạch đầu tư công trung hạn giai đoạn 2026–2030',
      'quyết toán dự án hoàn thành',
      'phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách',
      'sắp xếp lại, xử lý nhà, đất là tài sản công',
      'thu hút đầu tư theo phương thức đối tác công tư (PPP)',
      'cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (PCI)',
      'điều chỉnh chủ trương đầu tư dự án {project}',
    ],
  },
  {
    name: 'nông nghiệp',
    owners: ['so-nnptnt', 'so-nnmt'],
    subjects: [
      'chương trình mục tiêu quốc gia xây dựng nông thôn mới',
      'phát triển vùng trồng cây ăn quả đặc sản gắn với chỉ dẫn địa lý',
      'phòng, chống bệnh dịch tả lợn châu Phi',
      'trồng rừng và bảo vệ, phát triển rừng năm {year}',
      'chương trình Mỗi xã một sản phẩm (OCOP)',
      'khắc phục hậu quả mưa lũ, sạt lở đất tại {local}',
      'hỗ trợ phát triển sản xuất nông nghiệp hàng hóa',
      'quản lý, khai thác công trình thủy lợi',
    ],
  },
  {
    name: 'công thương',
    owners: ['so-ct', 'bql-kktck'],
    subjects: [
      'phát triển cụm công nghiệp {project}',
      'xúc tiến thương mại và xuất khẩu nông sản qua cửa khẩu',
      'quản lý thị trường, chống buôn lậu, gian lận thương mại',
      'cung ứng điện mùa khô năm {year}',
      'phát triển thương mại điện tử',
      'hạ tầng khu kinh tế cửa khẩu',
    ],
  },
  {
    name: 'văn hóa, du lịch',
    owners: ['so-vhttdl'],
    subjects: [
      'phát triển du lịch cộng đồng tại {local}',
      'bảo tồn, phát huy giá trị di tích quốc gia đặc biệt',
      'tổ chức lễ hội đầu xuân năm {year}',
      'xây dựng thiết chế văn hóa, thể thao cơ sở',
      'Đại hội Thể dục thể thao các cấp',
      'bảo tồn văn hóa truyền thống các dân tộc thiểu số',
    ],
  },
  {
    name: 'lao động, xã hội',
    owners: ['so-ldtbxh', 'so-nv'],
    subjects: [
      'giải quyết việc làm cho lao động nông thôn',
      'giảm nghèo bền vững giai đoạn 2021–2025',
      'hỗ trợ xóa nhà tạm, nhà dột nát',
      'chăm sóc người có công với cách mạng',
      'đào tạo nghề cho lao động nông thôn',
      'bảo hiểm xã hội tự nguyện',
    ],
  },
  {
    name: 'nội vụ',
    owners: ['so-nv'],
    subjects: [
      'sắp xếp đơn vị hành chính cấp xã',
      'sắp xếp, tinh gọn tổ chức bộ máy các cơ quan chuyên môn',
      'vị trí việc làm và biên chế công chức năm {year}',
      'tuyển dụng viên chức ngành giáo dục',
      'chỉ số cải cách hành chính (PAR INDEX)',
      'thi đua, khen thưởng năm {year}',
      'chính sách đối với cán bộ dôi dư sau sắp xếp',
    ],
  },
  {
    name: 'môi trường',
    owners: ['so-tnmt', 'so-nnmt'],
    subjects: [
      'thu gom, xử lý rác thải sinh hoạt tại {local}',
      'cấp phép khai thác khoáng sản làm vật liệu xây dựng thông thường',
      'xử lý ô nhiễm môi trường làng nghề',
      'quan trắc môi trường tự động',
      'bảo vệ nguồn nước sinh hoạt',
    ],
  },
  {
    name: 'tư pháp, thanh tra',
    owners: ['so-tp', 'thanh-tra'],
    subjects: [
      'kiểm tra, rà soát văn bản quy phạm pháp luật',
      'giải quyết khiếu nại, tố cáo kéo dài',
      'kết luận thanh tra việc quản lý đầu tư xây dựng',
      'phổ biến, giáo dục pháp luật năm {year}',
      'phòng, chống tham nhũng, tiêu cực',
    ],
  },
  {
    name: 'dân tộc',
    owners: ['ban-dan-toc', 'so-dttg'],
    subjects: [
      'chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
      'chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số',
      'hỗ trợ đất ở, nhà ở, đất sản xuất, nước sinh hoạt',
    ],
  },
  {
    name: 'xây dựng',
    owners: ['so-xd'],
    subjects: [
      'quy hoạch chung đô thị {local}',
      'phát triển nhà ở xã hội',
      'quản lý trật tự xây dựng',
      'chương trình phát triển đô thị đến năm 2030',
      'giá vật liệu xây dựng quý {quarter}/{year}',
    ],
  },
];

/** How an item or task begins, before its subject ("… về {subject}"). */
export const TASK_ACTIONS: readonly string[] = [
  'Rà soát, hoàn thiện dự thảo Nghị quyết về',
  'Tiếp thu ý kiến thành viên UBND tỉnh, hoàn chỉnh dự thảo Tờ trình về',
  'Chủ trì, phối hợp xây dựng Đề án',
  'Tham mưu UBND tỉnh ban hành Kế hoạch',
  'Khẩn trương hoàn thiện hồ sơ',
  'Tổ chức kiểm tra, đánh giá việc thực hiện',
  'Báo cáo kết quả thực hiện',
  'Nghiên cứu, đề xuất cơ chế, chính sách về',
  'Đôn đốc, hướng dẫn các địa phương triển khai',
  'Rà soát, đánh giá tác động của',
  'Bổ sung thuyết minh, làm rõ cơ sở pháp lý của',
  'Phối hợp với các cơ quan liên quan giải quyết vướng mắc về',
  'Xây dựng dự thảo Quyết định quy định',
  'Tổng hợp ý kiến góp ý, hoàn thiện',
  'Chỉ đạo quyết liệt, tháo gỡ khó khăn trong',
  'Tham mưu tổ chức sơ kết, tổng kết',
];

export const ITEM_PREFIXES: readonly string[] = [
  'Dự thảo Nghị quyết quy định',
  'Dự thảo Nghị quyết về',
  'Đề án',
  'Tờ trình về',
  'Báo cáo tình hình thực hiện',
  'Dự thảo Quyết định ban hành Quy định về',
  'Kế hoạch',
  'Chương trình hành động thực hiện',
];

export const CONCLUSIONS: readonly string[] = [
  'UBND tỉnh cơ bản nhất trí với nội dung dự thảo; giao cơ quan chủ trì tiếp thu ý kiến thành viên UBND tỉnh, hoàn thiện hồ sơ',
  'UBND tỉnh nhất trí thông qua; giao cơ quan trình hoàn thiện thủ tục trình HĐND tỉnh',
  'Chưa nhất trí, đề nghị cơ quan chủ trì rà soát, bổ sung đánh giá tác động và trình lại',
  'Cơ bản nhất trí; yêu cầu làm rõ nguồn lực thực hiện và lộ trình',
  'Thống nhất chủ trương; giao các cơ quan liên quan phối hợp triển khai',
];

export const REVISION_POINTS: readonly string[] = [
  'Bổ sung đánh giá tác động của chính sách đối với ngân sách',
  'Rà soát lại căn cứ pháp lý, cập nhật văn bản mới ban hành',
  'Làm rõ đối tượng, phạm vi điều chỉnh',
  'Thống nhất số liệu giữa Tờ trình và dự thảo Nghị quyết',
  'Bổ sung ý kiến thẩm định của Sở Tư pháp',
  'Điều chỉnh lộ trình thực hiện phù hợp khả năng cân đối vốn',
  'Hoàn thiện biểu mẫu, phụ lục kèm theo',
];

export const OUTPUTS: readonly string[] = [
  'Tờ trình, dự thảo Nghị quyết',
  'Báo cáo UBND tỉnh',
  'Dự thảo Quyết định',
  'Kế hoạch triển khai',
  'Hồ sơ trình thẩm định',
  'Văn bản tham mưu',
];

export const FORUMS: readonly string[] = [
  'kỳ họp thường lệ giữa năm {year} HĐND tỉnh',
  'kỳ họp thường lệ cuối năm {year} HĐND tỉnh',
  'kỳ họp chuyên đề HĐND tỉnh',
  'Hội nghị Ban Thường vụ Tỉnh ủy',
  'phiên họp UBND tỉnh tháng tới',
];

export const CONTENTS: readonly string[] = [
  'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh xem xét, chỉ đạo.',
  'Bảo đảm chất lượng, tiến độ, không để chậm trễ ảnh hưởng đến kế hoạch chung.',
  'Phối hợp chặt chẽ với các địa phương trong quá trình tổ chức thực hiện.',
  'Tổng hợp kết quả, báo cáo định kỳ hằng quý.',
];

export const PROJECTS: readonly string[] = [
  'Đồng Đăng – Trà Lĩnh',
  'Hữu Nghị – Chi Lăng',
  'khu đô thị phía Nam',
  'hồ chứa nước Bản Lải',
  'đường vành đai 3',
  'Khu công nghiệp Hữu Lũng',
  'cụm công nghiệp Hợp Thành',
  'bệnh viện Sản Nhi',
  'khu tái định cư Nam Hoàng Đồng',
  'trung tâm hành chính tập trung',
  'nâng cấp đê hữu sông Kỳ Cùng',
  'cầu Bản Chu',
];

export const ROADS: readonly string[] = [
  '1A',
  '1B',
  '3B',
  '4A',
  '4B',
  '31',
  '279',
  '18',
  '14',
  '20',
];

export const SURNAMES: readonly string[] = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Lương',
  'Nông',
  'Triệu',
];
export const MIDDLE: readonly string[] = [
  'Văn',
  'Thị',
  'Đức',
  'Minh',
  'Quốc',
  'Thanh',
  'Hữu',
  'Công',
];
export const GIVEN: readonly string[] = [
  'Hùng',
  'Dũng',
  'Thắng',
  'Lan',
  'Hương',
  'Tuấn',
  'Hải',
  'Quang',
  'Trí',
  'Bình',
  'Hà',
  'Long',
];

const QUARTERS = ['I', 'II', 'III', 'IV'];

/** Fills {year}, {schoolYear}, {project}, {road}, {local}, {quarter} in a subject. */
export function fill(
  template: string,
  ctx: { year: number; local: string; pick: <T>(a: readonly T[]) => T },
): string {
  if (!template.includes('{')) return template;
  return template
    .replaceAll('{year}', String(ctx.year))
    .replaceAll('{schoolYear}', `${ctx.year}–${ctx.year + 1}`)
    .replaceAll('{project}', ctx.pick(PROJECTS))
    .replaceAll('{road}', ctx.pick(ROADS))
    .replaceAll('{local}', ctx.local)
    .replaceAll('{quarter}', ctx.pick(QUARTERS));
}
