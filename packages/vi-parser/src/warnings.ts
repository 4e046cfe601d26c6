/**
 * Construction of {@link ParseWarning}s with their Vietnamese messages, in one place so the
 * wording stays consistent.
 *
 * @module
 */
import type { ParseWarning, Span, WarningCode } from './types.ts';

const MESSAGES: Record<WarningCode, string> = {
  'empty-input': 'Văn bản trống, không có nội dung để phân tích.',
  'control-characters': 'Văn bản có ký tự điều khiển hoặc ký tự lạ; đã loại bỏ.',
  'legacy-encoding': 'Phát hiện văn bản dùng bảng mã cũ; đã chuyển sang Unicode.',
  'legacy-encoding-uncertain':
    'Văn bản có thể dùng bảng mã cũ (TCVN3/VNI) nhưng không chuyển đổi chắc chắn được.',
  'not-an-announcement': 'Văn bản có vẻ không phải là thông báo kết luận.',
  'no-number': 'Không tìm thấy số, ký hiệu văn bản.',
  'no-issue-date': 'Không tìm thấy địa danh, ngày tháng ban hành.',
  'invalid-date': 'Ngày tháng không hợp lệ.',
  'no-items': 'Không tìm thấy nội dung nào được đánh số.',
  'no-tasks': 'Không tìm thấy nhiệm vụ nào được giao.',
  'no-signer': 'Không tìm thấy người ký.',
  'deadline-without-year': 'Thời hạn không ghi năm; đã lấy ngày gần nhất sau ngày ban hành.',
  'deadline-unresolved': 'Không tính được thời hạn.',
  'no-calendar':
    'Không có lịch ngày làm việc; đã tính ngày làm việc theo thứ Hai – thứ Sáu, chưa trừ ngày lễ.',
  'agency-not-in-directory': 'Cơ quan không có trong danh mục.',
  'unresolved-reference': 'Không xác định được cơ quan được nhắc đến.',
};

/** A warning of `code`, with an optional detail appended to the standard message. */
export function warning(code: WarningCode, span?: Span, detail?: string): ParseWarning {
  const message = detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code];
  return span ? { code, message, span } : { code, message };
}
