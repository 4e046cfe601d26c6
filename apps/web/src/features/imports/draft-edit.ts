import type { ImportDraft } from '@ketluan/contracts';

/** A field a person has set: its value, the span it was read at, full confidence. */
export function fixed<T>(prev: { span: [number, number] | null } | null | undefined, value: T) {
  return { value, span: prev?.span ?? null, confidence: 1 };
}

/** Applies `change` to a copy of the draft. */
export function edit(draft: ImportDraft, change: (d: ImportDraft) => void): ImportDraft {
  const copy = structuredClone(draft);
  change(copy);
  return copy;
}

/** What stops a commit: owners not matched to an org of the directory. */
export function commitProblems(draft: ImportDraft): number[] {
  return draft.tasks.flatMap((task, i) => (!task.ownerGroup && !task.owner.value.orgId ? [i] : []));
}
