/**
 * Folding Vietnamese text for accent-insensitive matching: "Sở Giáo dục" → "so giao duc",
 * "đất" → "dat". `đ`/`Đ` is a letter of its own in Unicode (not a `d` plus a mark), so it is
 * mapped explicitly; NFD removes every other diacritic.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
