/**
 * Type name and summary (App. I §II.5b, box 5a): centred on the page, the type in capitals,
 * the summary right under it, then a rule 1/3 as long as the summary's line.
 */
import { upper } from '../format.ts';
import { RULE, TEXT_WIDTH } from '../layout.ts';
import type { OfficialDocument } from '../model.ts';
import { lines, ruleItem, textItem, widestLine } from './items.ts';
import type { FlowItem } from './types.ts';

export function composeTitle(doc: Pick<OfficialDocument, 'typeName' | 'summary'>): FlowItem[] {
  const summary = lines(doc.summary);
  return [
    textItem('typeName', upper(doc.typeName.trim())),
    textItem('summary', summary.join('\n')),
    ruleItem(
      RULE.summaryRatio * widestLine(summary, 'summary', TEXT_WIDTH),
      RULE.summarySpaceAfter,
    ),
  ];
}
