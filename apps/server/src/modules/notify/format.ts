/**
 * Formatting shared by the reminder templates: Vietnamese dates and rates, HTML escaping of
 * anything a user typed, and the frame every e-mail shares.
 * @module
 */

/** Text made safe to put inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** "2021-06-28" → "28/06/2021", as Vietnamese offices write dates. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** 0.8571 → "85,7%" (Vietnamese decimal comma). */
export function viPercent(rate: number): string {
  return `${(rate * 100).toFixed(1).replace('.', ',')}%`;
}

/** One line of text, at most `max` characters: for subjects and list entries. */
export function oneLine(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** The closing line of every e-mail. */
export const FOOTER_TEXT =
  'Thư tự động của Hệ thống theo dõi thực hiện kết luận (ketluan). Vui lòng không trả lời thư này.';

/** Wraps HTML content (already escaped) in the page every e-mail uses. */
export function htmlPage(title: string, content: string): string {
  return [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5;max-width:680px">',
    content,
    `<hr style="border:none;border-top:1px solid #d9dee3"><p style="font-size:12px;color:#6b7785">${escapeHtml(FOOTER_TEXT)}</p>`,
    '</body></html>',
  ].join('\n');
}

/** A link whose address and label are escaped. */
export function htmlLink(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
}
