/**
 * Checks that a document has every component Decree 30 Art. 8 requires before it is laid
 * out, so a renderer fails with one clear message instead of drawing a malformed document.
 */
import { parseIsoDate } from './format.ts';
import type { OfficialDocument } from './model.ts';

/** Thrown by the renderers for a document that lacks required components. */
export class InvalidDocumentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid document: ${problems.join('; ')}`);
    this.name = 'InvalidDocumentError';
  }
}

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** The problems of a document, empty when it can be rendered. */
export function documentProblems(doc: OfficialDocument): string[] {
  const problems: string[] = [];
  for (const field of ['issuingBody', 'numberSymbol', 'place', 'typeName', 'summary'] as const) {
    if (blank(doc[field])) problems.push(`${field} is required`);
  }
  try {
    parseIsoDate(doc.date);
  } catch (error) {
    problems.push(`date: ${(error as Error).message}`);
  }
  if (!Array.isArray(doc.body)) problems.push('body must be a list of blocks');
  if (!Array.isArray(doc.recipients) || doc.recipients.length === 0) {
    problems.push('recipients: at least the archive line ("Lưu: VT, …") is required');
  }
  if (
    !doc.signature ||
    !Array.isArray(doc.signature.authority) ||
    !doc.signature.authority.length
  ) {
    problems.push('signature.authority is required');
  }
  if (blank(doc.signature?.signerName)) problems.push('signature.signerName is required');
  return problems;
}

/** Throws `InvalidDocumentError` unless the document can be rendered. */
export function assertValidDocument(doc: OfficialDocument): void {
  const problems = documentProblems(doc);
  if (problems.length > 0) throw new InvalidDocumentError(problems);
}
