/**
 * Bulk progress update from a spreadsheet: download the sheet of open tasks, upload it
 * filled in for a preview (errors row by row, nothing changed), then apply it (every row in
 * one transaction, or none). Shapes from `packages/contracts/src/reports.ts`.
 * @module
 */
import type { BulkApplyResult, BulkPreview } from '@ketluan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, toSearch } from './client.ts';
import { reportsKey } from './reports.ts';
import { tasksKey } from './tasks.ts';

export interface BulkSheetFilters {
  owner?: string;
  meeting?: string;
  status?: string[];
  dueFrom?: string;
  dueTo?: string;
  assignedFrom?: string;
  assignedTo?: string;
}

/** Address of the sheet (an agency always gets its own open tasks). */
export const bulkSheetUrl = (filters: BulkSheetFilters = {}) =>
  `/api/bulk/tasks.xlsx${toSearch({ ...filters })}`;

const form = (file: File) => {
  const data = new FormData();
  data.append('file', file, file.name);
  return data;
};

export function useBulkPreview() {
  return useMutation({
    mutationFn: (file: File) => api.post<BulkPreview>('/api/bulk/preview', form(file)),
  });
}

export function useBulkApply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.post<BulkApplyResult>('/api/bulk/apply', form(file)),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: tasksKey });
      void qc.invalidateQueries({ queryKey: reportsKey });
    },
  });
}
