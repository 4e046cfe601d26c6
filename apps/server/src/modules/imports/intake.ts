/**
 * Reads an uploaded announcement into text: plain text (UTF-8, or a legacy 8-bit file that
 * the parser's legacy-encoding detection converts), Word `.docx`, or a PDF with a text layer.
 * The kind is decided by the file's bytes, never its name.
 * @module
 */
import { AppError } from '../../errors.ts';

export type SourceKind = 'text' | 'docx' | 'pdf';

export interface Extracted {
  kind: SourceKind;
  text: string;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .doc

/** The kind of a file from its first bytes; null when it is not one we read. */
export function sniffKind(bytes: Uint8Array): SourceKind | 'doc' | 'zip' | 'binary' {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).toString(
      'latin1',
    );
    return head.includes('word/') ? 'docx' : 'zip';
  }
  if (startsWith(bytes, OLE)) return 'doc';
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  return control > sample.length * 0.01 ? 'binary' : 'text';
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8: an 8-bit file, typically TCVN3 or VNI; the parser detects and converts it.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch {
    throw new AppError(
      422,
      'unreadable_docx',
      'Không đọc được tệp Word (.docx): tệp bị hỏng hoặc không đúng định dạng',
    );
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
    }).promise;
  } catch {
    throw new AppError(
      422,
      'unreadable_pdf',
      'Không đọc được tệp PDF: tệp bị hỏng hoặc có mật khẩu',
    );
  }
  const pages: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      const lines: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
      pages.push(lines.join('\n'));
    }
  } finally {
    await doc.destroy();
  }
  const text = pages.join('\n\n');
  if (!text.replace(/\s/g, '')) {
    throw new AppError(
      422,
      'pdf_without_text',
      'Tệp PDF không có lớp văn bản (bản quét ảnh): cần nhận dạng chữ (OCR) trước khi nhập',
    );
  }
  return text;
}

/**
 * The text of an uploaded file.
 * @throws 415 for a file that is not text, .docx or PDF; 422 for one that cannot be read.
 */
export async function extractText(bytes: Uint8Array): Promise<Extracted> {
  if (bytes.length === 0)
    throw new AppError(422, 'empty_file', 'Tệp rỗng: không có nội dung để nhập');
  const kind = sniffKind(bytes);
  switch (kind) {
    case 'text':
      return { kind, text: decodeText(bytes) };
    case 'docx':
      return { kind, text: await docxText(bytes) };
    case 'pdf':
      return { kind, text: await pdfText(bytes) };
    case 'doc':
      throw new AppError(
        415,
        'unsupported_file',
        'Tệp Word cũ (.doc) chưa được hỗ trợ: hãy lưu lại dưới dạng .docx hoặc PDF',
      );
    default:
      throw new AppError(
        415,
        'unsupported_file',
        'Chỉ nhận văn bản dạng .txt, .docx hoặc PDF có lớp văn bản',
      );
  }
}
