/**
 * The closing block: every "Nơi nhận" line (including "Lưu: …"), the signing-authority lines
 * (TM./KT./TL./TUQ./Q. and the position) and the signer's name. Two-column layouts arrive in
 * either order or interleaved, so each line is classified on its own.
 *
 * @module
 */
import { isBlank, type Line, textField } from './lines.ts';
import { looksLikePersonName } from './people.ts';
import type { Field } from './types.ts';

/** Recipients, authority and signer read from the closing lines. */
export interface ClosingBlock {
  recipients: Field<string>[];
  signingAuthority: Field<string>[];
  signer: Field<string> | null;
}

const RECIPIENTS_HEADING = /^Nơi nhận\s*:?\s*/iu;
const AUTHORITY_PREFIX = /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u;
const SIGNED_MARK = /^[([]?\s*(?:đã ký|ký|daky|signed)\s*[)\]]?$|^Ký bởi/iu;
const RECIPIENT_TRIM = ' -+•;.,';

function isUpperCaseTitle(text: string): boolean {
  return (
    text.length <= 80 &&
    text === text.toUpperCase() &&
    /\p{Lu}{2}/u.test(text) &&
    !/\d{3,}/.test(text)
  );
}

function isCapitalisedWords(text: string): boolean {
  const words = text.split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    text !== text.toUpperCase() &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’-]*$/u.test(w))
  );
}

function recipientField(line: Line, from: number): Field<string> {
  const field = textField(line.text, from, line.text.length, 0.9, RECIPIENT_TRIM);
  return { ...field, span: [line.start + field.span[0], line.start + field.span[1]] };
}

/** Reads the closing lines. */
export function readClosing(lines: readonly Line[]): ClosingBlock {
  const recipients: Field<string>[] = [];
  const signingAuthority: Field<string>[] = [];
  let signer: Field<string> | null = null;
  let fallbackSigner: Field<string> | null = null;
  let inRecipients = false;
  for (const line of lines) {
    if (isBlank(line)) continue;
    const text = line.text.trim();
    const heading = RECIPIENTS_HEADING.exec(text);
    if (heading) {
      inRecipients = true;
      if (text.length > heading[0].length) recipients.push(recipientField(line, heading[0].length));
      continue;
    }
    if (
      AUTHORITY_PREFIX.test(text) ||
      (signingAuthority.length > 0 && !signer && isUpperCaseTitle(text))
    ) {
      signingAuthority.push(textField(line.text, 0, line.text.length, 0.9));
      const last = signingAuthority[signingAuthority.length - 1] as Field<string>;
      last.span = [line.start + last.span[0], line.start + last.span[1]];
      continue;
    }
    if (/^[-+•]/u.test(text) || /^Lưu\s*:/iu.test(text)) {
      recipients.push(recipientField(line, 0));
      continue;
    }
    if (SIGNED_MARK.test(text)) continue;
    if (!signer && looksLikePersonName(text)) {
      signer = textField(line.text, 0, line.text.length, 0.9);
      signer.span = [line.start + signer.span[0], line.start + signer.span[1]];
      continue;
    }
    if (!fallbackSigner && signingAuthority.length > 0 && isCapitalisedWords(text)) {
      fallbackSigner = { value: text, span: [line.start, line.end], confidence: 0.6 };
      continue;
    }
    if (inRecipients && /[;.]$/u.test(text)) recipients.push(recipientField(line, 0));
    else if (!signer && signingAuthority.length === 0 && isUpperCaseTitle(text)) {
      signingAuthority.push({ value: text, span: [line.start, line.end], confidence: 0.7 });
    }
  }
  return { recipients, signingAuthority, signer: signer ?? fallbackSigner };
}
