/**
 * Aliases a document defines for an agency: "Ban Quản lý dự án … (sau đây gọi là Ban Quản lý)".
 * Each later use of the alias stands for the full name.
 *
 * @module
 */
import { type AgencyContext, emptyAliases, scanAgency } from './agencies.ts';
import { type PhraseTrie, tokenize } from './tokens.ts';

const DEFINITION =
  /\((?:sau đây|dưới đây)?\s*(?:gọi|viết)\s+(?:tắt\s+)?là\s*:?\s*"?([^()"]{2,60}?)"?\s*\)/giu;
const LOOK_BACK = 240;

/** The full agency name that ends right before `end`, if any. */
function antecedent(text: string, end: number, ctx: AgencyContext): string | null {
  const from = Math.max(0, end - LOOK_BACK);
  const tokens = tokenize(text.slice(from, end), from);
  const last = tokens.length;
  for (let i = Math.max(0, last - 30); i < last; i += 1) {
    const match = scanAgency(tokens, i, ctx);
    if (match && match.end === last && match.kind !== 'reference') return match.name;
  }
  return null;
}

/** Collects alias definitions in `text`; returns alias → full name. */
export function collectAliases(
  text: string,
  ctx: Omit<AgencyContext, 'aliases'>,
): PhraseTrie<string> {
  const aliases = emptyAliases();
  const scanCtx: AgencyContext = { ...ctx, aliases: emptyAliases() };
  DEFINITION.lastIndex = 0;
  for (let match = DEFINITION.exec(text); match; match = DEFINITION.exec(text)) {
    const alias = (match[1] as string).trim();
    const full = antecedent(text, match.index, scanCtx);
    if (full && alias && alias !== full) aliases.add(alias, full);
  }
  return aliases;
}
