import { createOrgDirectory } from './find.ts';
import { LANGSON_DIRECTORY } from './langson.ts';
import type { DirectoryOrg } from './types.ts';

export type { OrgDirectory, ResolvedSuccessor } from './find.ts';
export { createOrgDirectory, isValidOn } from './find.ts';
export { LANGSON_DIRECTORY } from './langson.ts';
export { orgNameKey, slugify, toneSpellings } from './normalize.ts';
export type { DirectoryOrg, OrgKind, SuccessionKind, SuccessorLink } from './types.ts';

const langson = createOrgDirectory(LANGSON_DIRECTORY);

/** The Lạng Sơn org meant by `name` in a document dated `onDate` (see OrgDirectory). */
export function findOrgByName(name: string, onDate?: string): DirectoryOrg | undefined {
  return langson.findOrgByName(name, onDate);
}

/** Direct successors of a Lạng Sơn org, with the successor orgs. */
export const successorsOf = langson.successorsOf;
export const getOrg = langson.getOrg;
export const holdersOn = langson.holdersOn;
