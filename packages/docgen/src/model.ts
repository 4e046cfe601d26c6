/**
 * The document model: a Vietnamese administrative document ("văn bản hành chính") as plain,
 * serialisable data. It holds what a clerk decides (names, number, date, wording) and nothing
 * about presentation: the Decree 30/2020/NĐ-CP layout (sizes, case, rules, columns) is applied
 * by the renderers, so one model yields the same document as DOCX and as PDF.
 *
 * Strings may be in any Unicode normal form; renderers normalise to NFC (Decree 30, Appendix I
 * §I.4 requires Unicode text per TCVN 6909:2001, and precomposed letters are what fonts and
 * text extraction handle best).
 */

/** A stretch of text with one set of character styles. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Horizontal alignment of a paragraph. Body text is justified (Decree 30, App. I §II.6e). */
export type Align = 'justify' | 'center' | 'left' | 'right';

/** A body paragraph: 14 pt, justified, first-line indent 1.27 cm, 6 pt after. */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  /** First-line indent; default true. */
  indent?: boolean;
  /** Default 'justify'. */
  align?: Align;
}

/**
 * A section heading inside the content, e.g. "1. Dự thảo Tờ trình … (Sở X trình)." Rendered at
 * body size, bold, justified and indented, kept on the same page as the paragraph after it.
 * Runs may carry `italic` (the "(Sở X trình)" part often is); `bold` is implied.
 */
export interface HeadingBlock {
  kind: 'heading';
  runs: Run[];
}

/**
 * A list. Items are rendered as indented paragraphs that start with a marker typed in the text,
 * as Vietnamese documents do: "- " for bullets, and for ordered lists the points of Decree 30
 * App. I §II.6đ ("a)", "b)", … following the Vietnamese alphabet: a, b, c, d, đ, e, g, …).
 */
export interface ListBlock {
  kind: 'list';
  ordered?: boolean;
  items: Run[][];
}

export type Block = ParagraphBlock | HeadingBlock | ListBlock;

/** Signing block (Decree 30 Art. 13 and App. I §II.7). */
export interface Signature {
  /**
   * Authority lines, top to bottom, e.g. ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"] or
   * ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. Rendered in capitals.
   */
  authority: string[];
  /** Full name, without academic titles, e.g. "Phạm Hùng Trường". */
  signerName: string;
}

/**
 * An official document in the Decree 30 layout ("văn bản có tên loại", template Mẫu 1.4).
 *
 * @example
 * const doc: OfficialDocument = {
 *   issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN',
 *   numberSymbol: '346/TB-UBND',
 *   place: 'Lạng Sơn', date: '2021-06-27',
 *   typeName: 'THÔNG BÁO',
 *   summary: 'Kết luận phiên họp UBND tỉnh tháng 6 năm 2021 (kỳ 3)',
 *   body: [{ kind: 'paragraph', runs: [{ text: 'Ngày 23/6/2021, …' }] }],
 *   recipients: ['Văn phòng Chính phủ', 'Lưu: VT, THNC (ĐTK)'],
 *   signature: { authority: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'], signerName: 'Phạm Hùng Trường' },
 * };
 */
export interface OfficialDocument {
  /**
   * Name of the supervising body ("cơ quan chủ quản"), if any, e.g. "UBND TỈNH LẠNG SƠN" above
   * "VĂN PHÒNG". A UBND itself has none.
   */
  supervisingBody?: string;
  /**
   * Name of the issuing body, e.g. "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN". A "\n" forces a line break;
   * without one, a long name is broken after its leading "ỦY BAN NHÂN DÂN" / "HỘI ĐỒNG NHÂN DÂN"
   * the way provincial documents print it.
   */
  issuingBody: string;
  /**
   * Number and symbol without the "Số:" label, e.g. "346/TB-UBND" (see `formatNumberSymbol`,
   * which pads numbers below 10 and leaves a blank for drafts not yet numbered).
   */
  numberSymbol: string;
  /** Place name of the administrative unit where the body sits, e.g. "Lạng Sơn". */
  place: string;
  /** Date of issue, ISO `YYYY-MM-DD`. */
  date: string;
  /** Type name, e.g. "THÔNG BÁO" (rendered in capitals). */
  typeName: string;
  /** Summary ("trích yếu"); "\n" forces a line break. */
  summary: string;
  /** Content. */
  body: Block[];
  /**
   * Recipient lines of "Nơi nhận", top to bottom, the last being the archive line, e.g.
   * ["Văn phòng Chính phủ", …, "Lưu: VT, THNC (ĐTK)"]. A leading "- " and trailing ";" or "."
   * are added when missing (see `formatRecipientLines`).
   */
  recipients: string[];
  signature: Signature;
  /** Urgency mark: "HỎA TỐC", "THƯỢNG KHẨN" or "KHẨN" (Decree 30 App. I §III.2b). */
  urgency?: string;
  /** Drafter code and number of copies, e.g. "ĐTK.(40)" (Decree 30 App. I §III.3). */
  drafterMark?: string;
}

/** Options that do not belong to the document itself. */
export interface RenderOptions {
  /**
   * Timestamp written into the file's metadata (PDF CreationDate, DOCX created/modified).
   * Defaults to now; fix it to get byte-identical output for identical input.
   */
  createdAt?: Date;
}
