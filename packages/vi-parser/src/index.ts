/**
 * `@ketluan/vi-parser`: a pure TypeScript parser of Vietnamese conclusion announcements
 * (Thông báo kết luận). No I/O, no network, no models: text in, typed result out, every value
 * with its span in the normalised text and a confidence.
 *
 * @module
 */
export {
  type DeadlineContext,
  type DeadlinePhrase,
  findDeadlinePhrase,
  findDeadlinePhrases,
  type ParsedDeadline,
  parseDeadline,
} from './deadline.ts';
export { createDirectoryIndex, type DirectoryIndex, foldName } from './directory.ts';
export {
  convertLegacyEncoding,
  detectLegacyEncoding,
  type LegacyDetection,
  type LegacyEncoding,
} from './legacy-encoding.ts';
export { type IntakeResult, intakeText, normaliseText } from './normalise.ts';
export { parseAnnouncement } from './parse.ts';
export { type ScoringJson, type ScoringTask, toScoringJson } from './scoring.ts';
export type * from './types.ts';
