/**
 * Word lists of the announcement grammar: duty verbs, adverbs, agency head nouns, references
 * to the presenting body, sentence openers and directives. These are closed classes of
 * Vietnamese administrative writing, not names taken from any document. Lists are written as
 * "|"-separated phrases; each phrase is a sequence of syllables.
 *
 * @module
 */
import { PhraseTrie } from './tokens.ts';

/** Splits a "|"-separated list of phrases. */
function words(list: string): string[] {
  return list
    .split('|')
    .map((phrase) => phrase.trim())
    .filter(Boolean);
}

/**
 * Verbs that start what an agency must do. A few double as name parts ("Ban Quản lý dự án đầu tư
 * xây dựng"), see {@link AMBIGUOUS_VERBS}.
 */
export const DUTY_VERBS = words(
  'tiếp thu | hoàn thiện | hoàn chỉnh | chủ trì | phối hợp | báo cáo | trình | rà soát |' +
    'tham mưu | thẩm định | chỉ đạo | hướng dẫn | theo dõi | đôn đốc | triển khai | thực hiện |' +
    'có ý kiến | có văn bản | gửi | lập | cập nhật | tổng hợp | đề xuất | bố trí | xác định |' +
    'giải quyết | tăng cường | đẩy nhanh | đẩy mạnh | hoàn thành | làm rõ | bổ sung |' +
    'nghiên cứu | xem xét | phát hành | công khai | tiếp nhận | duy trì | thành lập | dự kiến |' +
    'căn cứ | nắm bắt | khắc phục | vận động | huy động | tuần tra | xử lý | thu hồi | cung cấp |' +
    'phân bổ | bàn giao | chỉnh sửa | biên tập | đánh giá | điều chỉnh | sửa đổi | kiểm soát |' +
    'lựa chọn | tuyên truyền | phân công | quán triệt | phổ biến | liên hệ | nộp | thanh toán |' +
    'giải ngân | di dời | cưỡng chế | bảo đảm | đảm bảo | phấn đấu | xác minh | điều tra |' +
    'kiểm kê | số hóa | ban hành | phê duyệt | chuẩn bị | tổng kết | sơ kết | kiểm điểm |' +
    'làm việc | tiếp tục | ký | tháo gỡ | tập huấn | khảo sát | thống kê | đối chiếu |' +
    'thống nhất | rút | tiến hành | trả lời | giải trình | soạn thảo | dự thảo | thu | chi |' +
    'mua sắm | sắp xếp | kiện toàn | tham gia | ưu tiên | cân đối | bồi thường | vận hành |' +
    'chịu trách nhiệm | kết thúc | xây dựng | đầu tư | quản lý | tổ chức | kiểm tra | giám sát |' +
    'hỗ trợ | đào tạo | thông tin | phát hiện | ngăn chặn | lấy ý kiến | xin ý kiến | tính toán |' +
    'thẩm tra | lồng ghép | hoàn tất | chấn chỉnh | tiếp cận | tổ chức thực hiện | đăng ký |' +
    'đăng tải | mở | phát động | công bố | niêm yết | nghiệm thu | quyết toán | sửa chữa |' +
    'nâng cấp | lắp đặt | kiểm định | tiếp dân | đối thoại | khen thưởng | xử phạt | thu gom |' +
    'cung ứng | kết nối | tích hợp | chuyển giao | cử | điều động | phụ trách | đảm nhiệm |' +
    'ứng dụng | áp dụng | bám sát | tạo điều kiện | rút ngắn | giải đáp | thanh tra | triệu tập |' +
    'chấm điểm',
);

/** Verbs that also occur inside agency names; they end a name only in a clear position. */
export const AMBIGUOUS_VERBS = new Set(
  words(
    'xây dựng | đầu tư | quản lý | tổ chức | kiểm tra | giám sát | hỗ trợ | đào tạo | thông tin |' +
      'thu | chi | đăng ký | thẩm định | dự thảo | thống kê | bồi thường | tổng hợp | phát triển |' +
      'bảo vệ | xúc tiến | thi hành',
  ),
);

/** Adverbs and modals that may open a predicate ("khẩn trương hoàn thiện", "cần làm rõ"). */
export const PREDICATE_ADVERBS = words(
  'khẩn trương | tập trung | thường xuyên | chủ động | kịp thời | sớm | nghiêm túc | cần |' +
    'phải | tiếp tục | quyết liệt | nghiên cứu | khẩn cấp | trực tiếp | định kỳ | căn cứ |' +
    'theo chức năng | có trách nhiệm | chịu trách nhiệm | kiên quyết | đồng thời | chỉ | cùng |' +
    'ngay | tích cực | dứt điểm | hằng tháng | hàng tháng',
);

/** Words after a subject that show a statement, not a duty ("Sở X đã chủ động…"). */
export const NON_DUTY_STARTS = new Set(
  words(
    'đã | đang | được | bị | là | vẫn | còn | chưa | cũng | sẽ | có | không | thông báo |' +
      'kết luận | ghi nhận | đánh giá cao | nhất trí | đồng ý | cơ bản | cho rằng | trình bày',
  ),
);

/** Function words that end an agency name. */
export const NAME_STOP_WORDS = new Set(
  words(
    'về | tại | trong | để | theo | đối | với | trước | sau | khi | nếu | thì | là | có | được |' +
      'đã | đang | sẽ | cần | phải | không | chưa | cũng | vẫn | còn | bị | cho | từ | đến | trên |' +
      'dưới | qua | do | của | như | nhằm | bằng | mà | hoặc | hay | cùng | gồm | này | đó | nào |' +
      'những | nhưng | vì | nên | lại | ra | vào | người | hằng | hàng | sớm | ngay | tới',
  ),
);

/** Two-syllable nouns that contain a function word ("đồng bằng", "ngân hàng"). */
export const COMPOUND_NOUNS = new Set(
  words(
    'đồng bằng | công bằng | tự do | ngân hàng | nhà hàng | mặt hàng | hàng hóa | hàng hoá |' +
      'đầu vào | đầu ra | hải quan | người dân | người lao động | cảng hàng',
  ),
);

/** Nouns that start with a verb syllable ("giao thông", "giao dịch"); they do not end a name. */
export const VERB_INITIAL_NOUNS_LIST = words(
  'giao thông | giao dịch | giao thương | giao lưu | giao đất',
);

/** Administrative level words that close an agency name ("UBND tỉnh", "Công an huyện"). */
export const LEVEL_WORDS = new Set(
  words('tỉnh | huyện | xã | phường | quận | trấn | phố | cấp | ngành | ương | khu'),
);

/** Words that may follow a head noun: level words and the first syllable of two-word levels. */
export const AFTER_HEAD_WORDS = new Set([...LEVEL_WORDS, 'thành', 'thị', 'đặc', 'các', 'bộ']);

/** Syllables that make a following verb part of a noun ("công trình", "tờ trình", "quy trình"). */
export const NOUN_MAKERS = new Set(
  words('công | tờ | chương | quy | lộ | hành | giáo | bản | nhà | người'),
);

/** Kinds of agency head nouns. */
export type HeadKind = 'org' | 'leader' | 'investor';

/**
 * Head nouns that start an agency name when capitalised. `leader` heads name the head of a
 * body ("Thủ trưởng các sở", "Chủ tịch UBND các huyện"); `investor` heads are complete alone.
 */
export const AGENCY_HEADS: ReadonlyArray<readonly [string, HeadKind]> = [
  ...words(
    'ủy ban nhân dân | uỷ ban nhân dân | ubnd | ủy ban | uỷ ban | hội đồng nhân dân | hđnd |' +
      'hội đồng | thường trực | văn phòng | vp | ban | bql | bqlda | bch | sở | bộ | cục |' +
      'chi cục | tổng cục | vụ | viện | công an | kho bạc | thanh tra | trung tâm | đài | báo |' +
      'phòng | công ty | tổng công ty | tập đoàn | ngân hàng | hội | liên đoàn | liên minh | đoàn |' +
      'tỉnh đoàn | tỉnh ủy | tỉnh uỷ | thành ủy | thành uỷ | huyện ủy | huyện uỷ | đảng ủy |' +
      'đảng uỷ | đảng đoàn | trường | bệnh viện | đội | quỹ | học viện | đại học | tòa án |' +
      'toà án | bảo hiểm xã hội | cảng vụ | chi nhánh | hạt kiểm lâm | hợp tác xã | trạm |' +
      'mặt trận | bưu điện | kiểm toán | chính phủ | quốc hội | ủy ban mttq',
  ).map((head) => [head, 'org'] as const),
  ...words('thủ trưởng | chủ tịch | phó chủ tịch | giám đốc | lãnh đạo | người đứng đầu').map(
    (head) => [head, 'leader'] as const,
  ),
  ...words('nhà đầu tư | chủ đầu tư | các chủ đầu tư').map((head) => [head, 'investor'] as const),
];

/** Lower-case complements allowed right after a one-word head ("Ban cán sự đảng"). */
export const HEAD_COMPLEMENTS = new Set(words('cán | đại | nhân | các | chỉ | quản | đội | kiểm'));

/** Nouns that make "các X" a group that can own a task ("các sở, ban, ngành"). */
export const GROUP_NOUNS = new Set(
  words(
    'sở | ban | ngành | bộ | cơ quan | đơn vị | địa phương | chủ đầu tư | nhà đầu tư | cục | vụ |' +
      'huyện | xã | tỉnh | thành phố | phường | thị xã | thị trấn | lực lượng | doanh nghiệp |' +
      'hội | đoàn thể | tổ chức | trường | ban quản lý | nhà thầu | phòng | chi cục | trung tâm |' +
      'thành viên | ủy ban | uỷ ban | bệnh viện | cơ sở | viện | tập đoàn | công ty | ngân hàng |' +
      'quận',
  ),
);

/** Groups too vague to own a task ("các cơ quan, đơn vị" names no body). */
export const GENERIC_GROUP_NOUNS = new Set(words('cơ quan | đơn vị | địa phương | cấp | ngành'));

/** Phrases that refer to the item's presenting body. */
export const PRESENTER_REFERENCES = words(
  'cơ quan chủ trì soạn thảo | cơ quan chủ trì xây dựng | cơ quan chủ trì | cơ quan soạn thảo |' +
    'cơ quan trình | cơ quan báo cáo | cơ quan được giao chủ trì | cơ quan tham mưu |' +
    'đơn vị chủ trì | đơn vị trình | đơn vị báo cáo | đơn vị soạn thảo | cơ quan đề xuất',
);

/** Words that open an adverbial phrase closed by a comma before the subject. */
export const OPENERS = new Set(
  words(
    'qua | sau | khi | trường hợp | trong | đồng thời | ngoài ra | bên cạnh | riêng | đối với |' +
      'để | trên cơ sở | căn cứ | tuy nhiên | thời gian | trước mắt | mặt khác | theo đó |' +
      'về lâu dài | đặc biệt | nhất là | từ nay | kết thúc | nếu | ngay | trước | về | với | nhằm |' +
      'từ | đến | hằng | hàng | định kỳ | cùng với | do',
  ),
);

/** Directives put before the owner ("Giao Sở X …", "Đề nghị Sở X …"). */
export const DIRECTIVES = words(
  'giao | giao cho | yêu cầu | đề nghị | chỉ đạo | đồng ý giao | thống nhất giao |' +
    'chỉ đạo giao | phân công | đề nghị và giao',
);

/** Words that continue the previous sentence's subject ("Đồng thời, …", "trường hợp …"). */
export const CONTINUATION_MARKERS = new Set(
  words('đồng thời | trường hợp | khi | sau khi | nếu | ngoài ra | trong đó | kết thúc'),
);

function trieOf(words: readonly string[]): PhraseTrie<string> {
  const trie = new PhraseTrie<string>();
  for (const word of words) trie.add(word, word);
  return trie;
}

/** Longest-match tries of the lists above. */
export const VERB_TRIE = trieOf([...DUTY_VERBS, ...PREDICATE_ADVERBS]);
export const HEAD_TRIE = (() => {
  const trie = new PhraseTrie<HeadKind>();
  for (const [phrase, kind] of AGENCY_HEADS) trie.add(phrase, kind);
  return trie;
})();
export const GROUP_NOUN_TRIE = trieOf([...GROUP_NOUNS]);
export const REFERENCE_TRIE = trieOf(PRESENTER_REFERENCES);
export const OPENER_TRIE = trieOf([...OPENERS]);
export const DIRECTIVE_TRIE = trieOf(DIRECTIVES);
export const NON_DUTY_TRIE = trieOf([...NON_DUTY_STARTS]);
/** Words that end an agency name besides verbs: directives and statement verbs. */
export const NAME_END_TRIE = trieOf([
  ...DIRECTIVES,
  ...NON_DUTY_STARTS,
  'đánh giá cao',
  'ghi nhận',
  'biểu dương',
  'phê bình',
]);
export const CONTINUATION_TRIE = trieOf([...CONTINUATION_MARKERS]);
export const VERB_INITIAL_NOUNS = trieOf(VERB_INITIAL_NOUNS_LIST);
