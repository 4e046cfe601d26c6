import type { Verdict } from '@ketluan/contracts';

export const MEETING_KINDS = ['regular', 'thematic', 'briefing', 'working'] as const;
export const VERDICTS: readonly Verdict[] = [
  'agreed',
  'basically_agreed',
  'not_agreed',
  'resubmit',
  'withdrawn',
];

export const VERDICT_COLOR: Record<Verdict, string> = {
  agreed: 'green',
  basically_agreed: 'cyan',
  not_agreed: 'red',
  resubmit: 'orange',
  withdrawn: 'default',
};
