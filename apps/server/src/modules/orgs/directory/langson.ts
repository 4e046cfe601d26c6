/**
 * The org directory of Lạng Sơn province: provincial bodies and departments as of 2021, the
 * 2025 reorganisations with successor links, the groups addressed as one owner, the
 * district-level units of 2021, the commune-level units from 1/7/2025, and the central bodies
 * announcements name.
 */
import { finalizeOrg } from './build.ts';
import { CENTRAL_BODIES } from './central.ts';
import { LANGSON_DEPARTMENTS } from './langson-departments.ts';
import { LANGSON_GROUPS } from './langson-groups.ts';
import { LANGSON_COMMUNES, LANGSON_DISTRICTS } from './langson-local.ts';
import { LANGSON_PROVINCIAL_BODIES } from './langson-province.ts';
import type { DirectoryOrg } from './types.ts';

export const LANGSON_DIRECTORY: readonly DirectoryOrg[] = Object.freeze(
  [
    ...LANGSON_PROVINCIAL_BODIES,
    ...LANGSON_DEPARTMENTS,
    ...LANGSON_GROUPS,
    ...LANGSON_DISTRICTS,
    ...LANGSON_COMMUNES,
    ...CENTRAL_BODIES,
  ].map(finalizeOrg),
);
