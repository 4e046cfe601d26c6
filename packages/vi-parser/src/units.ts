/**
 * Groups the clauses of one sentence into assignment units: an assignment clause opens a
 * unit; subject-less clauses continue it; a continuation with its own deadline, after a unit
 * that already has one, opens a new unit for the same owners ("…trước ngày 03/7; hoàn thiện …
 * trước khi trình …" is two tasks).
 *
 * @module
 */
import type { AgencyContext, AgencyMatch } from './agencies.ts';
import { analyseClause } from './clauses.ts';
import {
  chooseDeadlinePhrase,
  type DeadlinePhrase,
  findDeadlinePhrases,
} from './deadline-phrases.ts';
import { type Range, splitClauses } from './sentences.ts';
import { tokenize } from './tokens.ts';

/** One assignment inside a sentence. */
export interface Unit {
  owners: AgencyMatch[];
  /** Clause ranges of the unit, in order. */
  ranges: Range[];
  /** Offset where the duty starts (after the subject). */
  actionStart: number;
  /** Deadline phrase, absolute offsets. */
  deadline: DeadlinePhrase | null;
  /** The unit has no subject of its own and continues the previous sentence's. */
  continuesPrevious: boolean;
  /** The subject was written "Agency: duty". */
  colonForm: boolean;
}

/** Result for one sentence: its units, and whether its last clause left a unit open. */
export interface SentenceUnits {
  units: Unit[];
  /** The unit the sentence ended in, or null if it ended in a non-task clause. */
  open: Unit | null;
}

function clauseDeadline(text: string, range: Range): DeadlinePhrase | null {
  const phrase = chooseDeadlinePhrase(findDeadlinePhrases(text.slice(range.start, range.end)));
  return phrase
    ? { ...phrase, start: range.start + phrase.start, end: range.start + phrase.end }
    : null;
}

function newUnit(
  owners: AgencyMatch[],
  range: Range,
  actionStart: number,
  deadline: DeadlinePhrase | null,
  flags: { continuesPrevious?: boolean; colonForm?: boolean } = {},
): Unit {
  return {
    owners,
    ranges: [range],
    actionStart,
    deadline,
    continuesPrevious: flags.continuesPrevious ?? false,
    colonForm: flags.colonForm ?? false,
  };
}

const REVISION_PREAMBLE = /tiếp thu|làm rõ|chỉnh sửa/iu;
const REPORTING_START =
  /^(?:đồng thời\s*,?\s*)?(?:báo cáo|trình|gửi|tổng hợp|hoàn thành\s+(?:trước|trong|chậm|đến))/iu;

/**
 * A clause with its own deadline after a unit without one is a new duty ("…tăng cường tuần
 * tra; hoàn thành việc rà soát … trong tháng 5"), unless the unit is a revision preamble
 * ("tiếp thu ý kiến, làm rõ …") or the clause only reports or completes the same work.
 */
function startsNewDuty(text: string, current: Unit, clause: Range): boolean {
  const first = current.ranges[0] as Range;
  const unitText = text.slice(first.start, Math.min(first.end, first.start + 400));
  const clauseText = text.slice(clause.start, Math.min(clause.end, clause.start + 80));
  return !REVISION_PREAMBLE.test(unitText) && !REPORTING_START.test(clauseText);
}

/** Adds a subject-less clause to the open unit, or opens a unit for the same owners. */
function continueUnit(
  text: string,
  current: Unit | null,
  clause: Range,
  deadline: DeadlinePhrase | null,
  carried: AgencyMatch[] | null,
  units: Unit[],
): Unit | null {
  if (
    current &&
    !(current.deadline && deadline) &&
    !(deadline && startsNewDuty(text, current, clause))
  ) {
    current.ranges.push(clause);
    current.deadline ??= deadline;
    return current;
  }
  const owners = current?.owners ?? carried;
  if (!owners) return null;
  const unit = newUnit(owners, clause, clause.start, deadline, { continuesPrevious: !current });
  units.push(unit);
  return unit;
}

/**
 * Units of `sentence`. `carried` are the owners of the unit the previous sentence of the same
 * paragraph ended in; a sentence without a subject continues them.
 */
export function unitsOfSentence(
  text: string,
  sentence: Range,
  agencies: AgencyContext,
  carried: AgencyMatch[] | null,
): SentenceUnits {
  const units: Unit[] = [];
  let current: Unit | null = null;
  let narrative = false;
  for (const [index, clause] of splitClauses(text, sentence).entries()) {
    const tokens = tokenize(text.slice(clause.start, clause.end), clause.start);
    const analysis = analyseClause(tokens, agencies);
    const deadline = clauseDeadline(text, clause);
    if (index === 0) narrative = analysis.kind === 'foreign' || analysis.kind === 'statement';
    if (analysis.kind === 'assignment' && narrative && !analysis.directive) {
      current = null;
    } else if (analysis.kind === 'assignment') {
      const at = tokens[analysis.predicate]?.start ?? clause.end;
      current = newUnit(analysis.owners, clause, at, deadline, { colonForm: analysis.colonForm });
      units.push(current);
    } else if (analysis.kind === 'continuation') {
      current = continueUnit(text, current, clause, deadline, index === 0 ? carried : null, units);
    } else if (analysis.kind === 'deadline' || analysis.kind === 'foreign') {
      if (current) {
        current.ranges.push(clause);
        if (analysis.kind === 'deadline') current.deadline ??= deadline;
      }
    } else {
      current = null;
    }
  }
  return { units, open: current };
}
