/** Deadlines as Vietnamese offices write them, and the day each means (DESIGN.md §3). */
import { isoOf, type Rng } from './prng.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];

export const ddmmyyyy = (day: number) => {
  const s = isoOf(day);
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
};
export const yearOf = (day: number) => Number(isoOf(day).slice(0, 4));
const monthEnd = (day: number, plus: number) => {
  const d = new Date(day * 86_400_000);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + plus + 1, 0) / 86_400_000);
};

export interface Deadline {
  text: string | null;
  /** Day numbers of the two readings; null for "thường xuyên" or none. */
  strict: number | null;
  inclusive: number | null;
}

/** A deadline for a task assigned on day `A`, in one of the written forms. */
export function deadlineFor(rng: Rng, A: number): Deadline {
  let deadlineText: string | null = null;
  let strict: number | null = null;
  let inclusive: number | null = null;
  const d = rng.next();
  if (d < 0.12) {
    deadlineText = rng.chance(0.5) ? 'thường xuyên' : null;
  } else if (d < 0.6) {
    const x = A + rng.int(10, 120);
    deadlineText = `trước ngày ${ddmmyyyy(x)}`;
    strict = x - 1;
    inclusive = x;
  } else if (d < 0.78) {
    const x = A + rng.int(7, 90);
    deadlineText = `${rng.pick(['chậm nhất ngày', 'hoàn thành trong ngày', 'hoàn thành ngày'])} ${ddmmyyyy(x)}`;
    strict = x;
    inclusive = x;
  } else if (d < 0.9) {
    const x = monthEnd(A, rng.int(0, 3));
    deadlineText = `trong tháng ${Number(isoOf(x).slice(5, 7))}/${yearOf(x)}`;
    strict = x;
    inclusive = x;
  } else if (d < 0.96) {
    const end = monthEnd(A, rng.int(2, 5));
    const mo = Number(isoOf(end).slice(5, 7));
    const qEnd = monthEnd(end, (3 - (mo % 3)) % 3);
    deadlineText = `trong quý ${ROMAN[Math.floor((mo - 1) / 3)]}/${yearOf(qEnd)}`;
    strict = qEnd;
    inclusive = qEnd;
  } else {
    deadlineText = 'trong thời hạn 10 ngày làm việc';
    strict = A + 14;
    inclusive = A + 14;
  }
  return { text: deadlineText, strict, inclusive };
}
