/**
 * Every measurement of the Decree 30/2020/NĐ-CP layout, in one place, shared by the DOCX and
 * the PDF renderers. Lengths are in typographic points (1/72 in); `mm()` converts.
 *
 * Rule references are to Decree 30/2020/NĐ-CP, Appendix I, Part I ("App. I"): §I.n are the
 * general rules (paper, margins, font, page numbers), §II.n the main components (II.1 Quốc
 * hiệu … II.9 Nơi nhận), §III.n the other components (III.2 urgency, III.3 drafter mark).
 */
import type { Align } from './model.ts';

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;

/** Millimetres to points. */
export function mm(millimetres: number): number {
  return millimetres * PT_PER_MM;
}

/** A4 portrait (App. I §I.1–2: "khổ A4 (210 mm x 297 mm)", along its length). */
export const PAGE = { width: mm(210), height: mm(297) } as const;

/**
 * Margins (App. I §I.3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm); the smallest
 * allowed values, which is what provincial documents use.
 */
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;

/** Width of the text area: 165 mm. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/**
 * Distance from the top edge of the page to the page number, which sits centred in the top
 * margin (App. I §I.7: "canh giữa theo chiều ngang trong phần lề trên").
 */
export const PAGE_NUMBER_TOP = mm(10);

/** The typeface: Times New Roman (App. I §I.4). The PDF embeds its metric clone, Tinos. */
export const FONT_FAMILY = 'Times New Roman';

/**
 * Body line spacing as a multiple of single spacing (App. I §II.6e: from single to 1.5 lines).
 * Single spacing of Times New Roman is 1.15 em; see `SINGLE_LINE_EM`.
 */
export const BODY_LINE_SPACING = 1.15;

/** Height of one single-spaced line of Times New Roman/Tinos, in em: (ascent + descent + gap). */
export const SINGLE_LINE_EM = (1825 + 443 + 87) / 2048;

/** First-line indent of body paragraphs (App. I §II.6e: 1 cm or 1.27 cm). */
export const FIRST_LINE_INDENT = mm(12.7);

/** Space after a body paragraph (App. I §II.6e: at least 6 pt between paragraphs). */
export const PARAGRAPH_SPACING = 6;

/**
 * Space reserved between the authority lines and the signer's name, for the handwritten
 * signature and the seal that covers about a third of it, on its left (App. I §II.8a), in
 * body lines.
 */
export const SIGNATURE_SPACE_LINES = 4;

/**
 * Name of every paragraph style. Each is a Word paragraph style of the same id in the DOCX, so
 * a clerk who keeps editing the file finds the component names in Word's Styles pane.
 */
export type StyleName =
  | 'supervisingBody'
  | 'issuingBody'
  | 'numberSymbol'
  | 'urgency'
  | 'nationalTitle'
  | 'motto'
  | 'dateLine'
  | 'typeName'
  | 'summary'
  | 'body'
  | 'heading'
  | 'listItem'
  | 'recipientsLabel'
  | 'recipient'
  | 'drafterMark'
  | 'authority'
  | 'signerName'
  | 'pageNumber';

/** One paragraph style, in points. */
export interface ParagraphStyle {
  /** Word style id (ASCII). */
  id: string;
  /** Display name in Word, in Vietnamese as the clerks say it. */
  name: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  align: Align;
  firstLineIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Multiple of single spacing; default 1. */
  lineSpacing?: number;
  /** Keep on the same page as the next paragraph. */
  keepWithNext?: boolean;
  /** Draw a box around the text (urgency marks, App. I §III.2b). */
  framed?: boolean;
}

const body: Omit<ParagraphStyle, 'id' | 'name'> = {
  size: 14,
  align: 'justify',
  firstLineIndent: FIRST_LINE_INDENT,
  spaceAfter: PARAGRAPH_SPACING,
  lineSpacing: BODY_LINE_SPACING,
};

/** The paragraph styles, each annotated with the Decree 30 rule it follows. */
export const STYLES: Record<StyleName, ParagraphStyle> = {
  /** App. I §II.2b: supervising body, UPPER, 12–13 pt, upright, not bold. */
  supervisingBody: { id: 'CoQuanChuQuan', name: 'Cơ quan chủ quản', size: 13, align: 'center' },
  /** App. I §II.2b: issuing body, UPPER, 12–13 pt, bold, single-spaced under the former. */
  issuingBody: {
    id: 'CoQuanBanHanh',
    name: 'Cơ quan ban hành',
    size: 13,
    bold: true,
    align: 'center',
  },
  /** App. I §II.3c: "Số:" and symbol, 13 pt, upright, centred under the body name. */
  numberSymbol: {
    id: 'SoKyHieu',
    name: 'Số, ký hiệu',
    size: 13,
    align: 'center',
    spaceBefore: 6,
  },
  /** App. I §III.2b: urgency, UPPER, 13–14 pt, bold, in a single-line frame (box 10b). */
  urgency: {
    id: 'DoKhan',
    name: 'Độ khẩn',
    size: 13,
    bold: true,
    align: 'center',
    spaceBefore: 12,
    framed: true,
  },
  /** App. I §II.1a: Quốc hiệu, UPPER, 12–13 pt, bold, top right of page 1. */
  nationalTitle: { id: 'QuocHieu', name: 'Quốc hiệu', size: 12, bold: true, align: 'center' },
  /** App. I §II.1b–c: Tiêu ngữ, 13–14 pt, bold, centred single-spaced under the Quốc hiệu. */
  motto: { id: 'TieuNgu', name: 'Tiêu ngữ', size: 13, bold: true, align: 'center' },
  /** App. I §II.4c: place and date, 13–14 pt, italic, level with "Số", under the Tiêu ngữ. */
  dateLine: {
    id: 'DiaDanhNgayThang',
    name: 'Địa danh, ngày tháng',
    size: 14,
    italic: true,
    align: 'center',
    spaceBefore: 6,
  },
  /** App. I §II.5b: type name, UPPER, 13–14 pt, bold, centred on the page. */
  typeName: {
    id: 'TenLoai',
    name: 'Tên loại văn bản',
    size: 14,
    bold: true,
    align: 'center',
    spaceBefore: 24,
    keepWithNext: true,
  },
  /** App. I §II.5b: summary, 13–14 pt, bold, right under the type name. */
  summary: {
    id: 'TrichYeu',
    name: 'Trích yếu',
    size: 14,
    bold: true,
    align: 'center',
    keepWithNext: true,
  },
  /** App. I §II.6e: content, 13–14 pt, justified, first-line indent, ≥ 6 pt after. */
  body: { id: 'NoiDung', name: 'Nội dung', ...body },
  /** App. I §II.6đ: a numbered part (khoản) with a title: body size, bold, own line. */
  heading: { id: 'MucNoiDung', name: 'Mục', ...body, bold: true, keepWithNext: true },
  /** App. I §II.6đ–e: list items (điểm, dashes), body style, the marker typed in the text. */
  listItem: { id: 'GachDauDong', name: 'Gạch đầu dòng', ...body },
  /** App. I §II.9d: "Nơi nhận:", 12 pt, bold italic, at the left margin. */
  recipientsLabel: {
    id: 'NoiNhan',
    name: 'Nơi nhận',
    size: 12,
    bold: true,
    italic: true,
    align: 'left',
  },
  /** App. I §II.9d: recipient lines, 11 pt, "- X;" each, the last "- Lưu: VT, …." */
  recipient: { id: 'NoiNhanDong', name: 'Nơi nhận (dòng)', size: 11, align: 'left' },
  /** App. I §III.3: drafter code (UPPER) and number of copies, 11 pt (box 12). */
  drafterMark: { id: 'KyHieuNguoiSoan', name: 'Ký hiệu người soạn', size: 11, align: 'left' },
  /** App. I §II.7đ: authority (TM./KT./TL. + position), UPPER, 13–14 pt, bold. */
  authority: {
    id: 'ThamQuyenKy',
    name: 'Thẩm quyền ký',
    size: 14,
    bold: true,
    align: 'center',
    keepWithNext: true,
  },
  /** App. I §II.7đ: signer's name, 13–14 pt, bold, centred under the authority. */
  signerName: {
    id: 'HoTenNguoiKy',
    name: 'Họ tên người ký',
    size: 14,
    bold: true,
    align: 'center',
    spaceBefore: SIGNATURE_SPACE_LINES * 14 * SINGLE_LINE_EM,
  },
  /** App. I §I.7: page numbers, 13–14 pt, upright, centred in the top margin. */
  pageNumber: { id: 'SoTrang', name: 'Số trang', size: 14, align: 'center' },
};

/**
 * The header: a two-column borderless table the width of the text area (App. I §IV layout
 * diagram: body name and number on the left, Quốc hiệu and date on the right). The decree
 * fixes no widths; 6 cm / 10.5 cm is the usual convention and fits the 12 pt Quốc hiệu.
 */
export const HEADER_COLUMNS: readonly [number, number] = [mm(60), mm(105)];

/**
 * The closing: "Nơi nhận" at the lower left and the signature at the lower right
 * (App. I §IV, boxes 7 and 9b), again a borderless table the width of the text area.
 */
export const CLOSING_COLUMNS: readonly [number, number] = [mm(80), mm(85)];

/** Space above the closing block, after the last body paragraph's own spacing. */
export const CLOSING_SPACE_BEFORE = 6;

/** Left and right padding inside a table cell: Word's default 0.19 cm (108 twips). */
export const CELL_PADDING = 5.4;

/** Horizontal rules ("đường kẻ ngang, nét liền"). */
export const RULE = {
  /** Stroke width: 0.75 pt (Word's "¾ pt" single line). */
  thickness: 0.75,
  /** Height of the (empty) paragraph that carries the rule at its bottom edge. */
  height: 5,
  /** Under the issuing body: 1/3–1/2 of the line, centred (App. I §II.2b); 0.4 of it. */
  issuingBodyRatio: 0.4,
  /** Under the summary: 1/3–1/2 of the line, centred (App. I §II.5b); 1/3 of it. */
  summaryRatio: 1 / 3,
  /** Under the Tiêu ngữ: as long as the text (App. I §II.1b). */
  mottoRatio: 1,
  /** Space between the summary's rule and the content. */
  summarySpaceAfter: 18,
} as const;

/** Padding between a framed text and its box (urgency marks). */
export const FRAME_PADDING = 3;
