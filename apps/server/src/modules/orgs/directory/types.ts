/**
 * Static org directory: the agencies and bodies that Lạng Sơn's conclusion announcements name,
 * with their lifetimes and the 2025 successions. Plain data, no database ids.
 */

export type OrgKind =
  | 'central'
  | 'provincial_committee'
  | 'council'
  | 'party'
  | 'department'
  | 'office'
  | 'police'
  | 'military'
  | 'district'
  | 'commune'
  | 'front'
  | 'media'
  | 'unit'
  | 'group'
  | 'other';

export type SuccessionKind = 'merge' | 'split' | 'rename' | 'transfer';

export interface SuccessorLink {
  code: string;
  /** ISO date from which the successor takes over. */
  effective: string;
  kind: SuccessionKind;
  note?: string;
}

export interface DirectoryOrg {
  /** Stable key, ASCII kebab, e.g. 'ls-so-gddt'. */
  code: string;
  /** Official full name, e.g. 'Sở Giáo dục và Đào tạo'. */
  name: string;
  /** Usual short form, e.g. 'Sở GD&ĐT'. */
  shortName?: string;
  /** Document code of the body where usual, e.g. 'SGDĐT', 'UBND'. */
  symbol?: string;
  /** Other forms seen in documents. */
  aliases: string[];
  kind: OrgKind;
  /** e.g. departments → 'ls-ubnd-tinh'. */
  parentCode?: string;
  /** ISO date; omitted = long before 2021. */
  validFrom?: string;
  /** ISO date, last day it existed; omitted = still exists. */
  validTo?: string;
  /**
   * Where its work went. On a body that ended (validTo set) these take over its open tasks; on a
   * body that lives on, a 'transfer' link records one function it handed over.
   */
  successors?: SuccessorLink[];
}
