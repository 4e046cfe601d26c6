/**
 * Tasks from a table ("Phụ lục" lists of tasks): a header row names the columns (task, lead
 * body, coordinating bodies, deadline); each later row is one task per lead body.
 *
 * @module
 */
import { type AgencyContext, type AgencyMatch, scanAgencyList } from './agencies.ts';
import type { TaskDraft } from './drafts.ts';
import { field, type Line } from './lines.ts';
import { tokenize } from './tokens.ts';

interface Cell {
  text: string;
  start: number;
  end: number;
}

interface Columns {
  action: number;
  owner: number;
  coordinators: number;
  deadline: number;
}

function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  const { text, start } = line;
  let from = 0;
  for (const part of text.split('|')) {
    const lead = part.length - part.trimStart().length;
    const value = part.trim();
    cells.push({
      text: value,
      start: start + from + lead,
      end: start + from + lead + value.length,
    });
    from += part.length + 1;
  }
  return cells;
}

function columnsOf(cells: readonly Cell[]): Columns | null {
  const find = (pattern: RegExp, except?: RegExp) =>
    cells.findIndex((cell) => pattern.test(cell.text) && !(except?.test(cell.text) ?? false));
  const columns: Columns = {
    action: find(/nhiệm vụ|nội dung|công việc/iu, /cơ quan|đơn vị/iu),
    owner: find(/chủ trì|thực hiện|cơ quan|đơn vị/iu, /phối hợp|nhiệm vụ|nội dung|thời/iu),
    coordinators: find(/phối hợp/iu),
    deadline: find(/thời hạn|thời gian|hoàn thành|tiến độ/iu),
  };
  return columns.action >= 0 && columns.owner >= 0 ? columns : null;
}

function agenciesIn(cell: Cell, ctx: AgencyContext): AgencyMatch[] {
  const found: AgencyMatch[] = [];
  let offset = cell.start;
  for (const part of cell.text.split(/[;,]/)) {
    const lead = part.length - part.trimStart().length;
    const value = part.trim();
    if (value) {
      const tokens = tokenize(value, offset + lead);
      const list = scanAgencyList(tokens, 0, ctx);
      found.push(
        ...(list.length > 0
          ? list
          : [
              {
                start: 0,
                end: tokens.length,
                name: value,
                span: [offset + lead, offset + lead + value.length] as const,
                kind: 'org' as const,
                isGroup: /(?:^|\s)các\s/iu.test(value),
                isGeneric: false,
              },
            ]),
      );
    }
    offset += part.length + 1;
  }
  return found;
}

function rowDrafts(cells: readonly Cell[], columns: Columns, ctx: AgencyContext): TaskDraft[] {
  const action = cells[columns.action];
  const ownerCell = cells[columns.owner];
  if (!action?.text || !ownerCell?.text) return [];
  const owners = scanAgencyList(tokenize(ownerCell.text, ownerCell.start), 0, ctx);
  const coordinatorCell = columns.coordinators >= 0 ? cells[columns.coordinators] : undefined;
  const coordinators = coordinatorCell?.text ? agenciesIn(coordinatorCell, ctx) : [];
  const deadlineCell = columns.deadline >= 0 ? cells[columns.deadline] : undefined;
  const ownerList = owners.length > 0 ? owners : agenciesIn(ownerCell, ctx);
  return ownerList.map((owner) => ({
    item: null,
    owner,
    ownerReference: null,
    coordinators,
    actionParts: [field(action.text, [action.start, action.end], 0.8)],
    deadlineText: deadlineCell?.text
      ? { text: deadlineCell.text, span: [deadlineCell.start, deadlineCell.end] }
      : null,
    forum: null,
    revisionPoints: [],
    introducesList: false,
    closing: false,
  }));
}

/** Tasks of every task table among `lines`: rows ("a | b | c") after a recognised header row. */
export function tasksOfTables(lines: readonly Line[], ctx: AgencyContext): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  let columns: Columns | null = null;
  for (const line of lines) {
    if (line.text.trim() === '') continue;
    if (!line.text.includes(' | ')) {
      columns = null;
      continue;
    }
    const cells = cellsOf(line);
    const header = columnsOf(cells);
    if (header && !/^\d/.test(cells[0]?.text ?? '')) {
      columns = header;
      continue;
    }
    if (columns) drafts.push(...rowDrafts(cells, columns, ctx));
  }
  return drafts;
}
