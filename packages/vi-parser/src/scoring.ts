/**
 * The scoring view of a result: exactly the object of `corpus/SCHEMA.md`, as printed by
 * `ketluan parse FILE --json` and scored by `eval/score.mjs`.
 *
 * @module
 */
import type { ParseResult } from './types.ts';

/** One task in the scoring schema. */
export interface ScoringTask {
  item: string | null;
  owner: string;
  coordinators: string[];
  action: string;
  deadline_text: string | null;
  deadline: string | null;
  forum: string | null;
}

/** The scoring schema (SCHEMA.md). */
export interface ScoringJson {
  number: string | null;
  place: string | null;
  issued: string | null;
  meeting_date: string | null;
  chair: string | null;
  signer: string | null;
  items: Array<{ index: string; title: string; presenter: string | null }>;
  tasks: ScoringTask[];
  recipients: string[];
}

/** Projects a {@link ParseResult} onto the scoring schema. */
export function toScoringJson(result: ParseResult): ScoringJson {
  const { header } = result;
  return {
    number: header.number?.value ?? null,
    place: header.place?.value ?? null,
    issued: header.issued?.value ?? null,
    meeting_date: header.meetingDate?.value ?? null,
    chair: header.chair?.value ?? null,
    signer: result.signer?.value ?? null,
    items: result.items.map((item) => ({
      index: item.index.value,
      title: item.title.value,
      presenter: item.presenter?.value.name ?? null,
    })),
    tasks: result.tasks.map((task) => ({
      item: task.item,
      owner: task.owner.value.name,
      coordinators: task.coordinators.map((c) => c.value.name),
      action: task.action.value,
      deadline_text: task.deadlineText?.value ?? null,
      deadline: task.deadline?.value ?? null,
      forum: task.forum?.value ?? null,
    })),
    recipients: result.recipients.map((r) => r.value),
  };
}
