/**
 * Accent-insensitive matching on the client (the same folding as the server's
 * `foldVietnamese` in @ketluan/contracts, kept here so the first screen does not load zod).
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesFolded(haystack: string, needle: string): boolean {
  return fold(haystack).includes(fold(needle));
}
