/**
 * An announcement as the docgen `OfficialDocument`: what the DOCX and PDF are rendered from
 * and what the content hash of an issued announcement covers. Also the checks a document must
 * pass before approval and issue, and its file name.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Announcement } from '@ketluan/contracts';
import { formatNumberSymbol, type OfficialDocument } from '@ketluan/docgen';

/** Stands for the signer's name on a draft that has none yet. */
const NO_SIGNER = '(chưa có người ký)';

/**
 * The document of an announcement. A draft has no number yet (a blank before the symbol, as
 * Decree 30 Art. 15 numbers after signature) and, if undated, today's date.
 */
export function toOfficialDocument(a: Announcement, today: string): OfficialDocument {
  const numberSymbol = a.numberSymbol ?? formatNumberSymbol(null, a.symbol ?? a.typeCode);
  return {
    ...(a.content.supervisingBody ? { supervisingBody: a.content.supervisingBody } : {}),
    issuingBody: a.content.issuingBody,
    numberSymbol,
    place: a.place ?? '',
    date: a.issuedDate ?? today,
    typeName: a.content.typeName,
    summary: a.summary,
    body: a.content.body,
    recipients: [...a.recipients.map((r) => r.text), a.archiveLine ?? 'Lưu: VT'],
    signature: {
      authority: a.signingAuthority.length ? a.signingAuthority : ['TL. CHỦ TỊCH'],
      signerName: a.signerName ?? NO_SIGNER,
    },
  };
}

/** What is missing before an announcement can be approved or issued, in Vietnamese. */
export function missingParts(a: Announcement): string[] {
  const missing: string[] = [];
  if (!a.summary.trim()) missing.push('trích yếu');
  if (!a.place?.trim()) missing.push('địa danh');
  if (!a.content.body.length) missing.push('nội dung');
  if (!a.signingAuthority.length) missing.push('thẩm quyền ký');
  if (!a.signerName?.trim()) missing.push('người ký');
  if (!a.archiveLine?.trim()) missing.push('dòng "Lưu"');
  if (a.numbering === 'manual' && !a.numberSymbol) missing.push('số, ký hiệu (đánh số thủ công)');
  if (a.numbering === 'register' && !a.symbol) missing.push('ký hiệu của cơ quan ban hành');
  return missing;
}

/** JSON with keys sorted and strings in NFC: the same document always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 (hex) of the canonical document. */
export function contentHash(doc: OfficialDocument): string {
  return createHash('sha256').update(canonicalJson(doc)).digest('hex');
}

/** ASCII for file names: "346/TB-UBND" → "346-TB-UBND", "QĐ" → "QD". */
export function asciiName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** File name without extension: the number and symbol, or "du-thao-…" for a draft. */
export function fileBase(a: Pick<Announcement, 'id' | 'numberSymbol' | 'symbol'>): string {
  if (a.numberSymbol) return asciiName(a.numberSymbol) || 'thong-bao';
  return `du-thao-${asciiName(a.symbol ?? 'TB')}-${a.id.slice(-8)}`;
}
