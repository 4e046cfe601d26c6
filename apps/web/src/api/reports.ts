/**
 * Follow-up reports computed by the server (`/api/reports/*`): by agency, by the leader who
 * chaired the meeting, by meeting, and lead versus coordinator lateness; and the XLSX / DOCX
 * downloads. Shapes from `packages/contracts/src/{tasks,reports}.ts`. The server scopes every
 * figure to what the user may see (an agency: the tasks it owns or coordinates).
 * @module
 */
import type {
  AgencyReport,
  CoordinationReport,
  LeaderReport,
  MeetingReport,
} from '@ketluan/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toSearch } from './client.ts';

export type GroupBy = 'owner' | 'successor';

export interface ReportFilters {
  from?: string;
  to?: string;
  asOf?: string;
}

export interface AgencyReportFilters extends ReportFilters {
  groupBy?: GroupBy;
  meeting?: string;
}

export const reportsKey = ['reports'] as const;

/** The query of the report by agency; shared with the dashboard's prefetch at start. */
export function agencyReportQuery(filters: AgencyReportFilters) {
  return {
    queryKey: [...reportsKey, 'agencies', filters] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) =>
      api.get<AgencyReport>('/api/reports/agencies', { ...filters }, signal),
  };
}

export function useAgencyReport(filters: AgencyReportFilters, enabled = true) {
  return useQuery({ ...agencyReportQuery(filters), enabled, placeholderData: keepPreviousData });
}

export function leaderReportQuery(filters: ReportFilters) {
  return {
    queryKey: [...reportsKey, 'leaders', filters] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) =>
      api.get<LeaderReport>('/api/reports/leaders', { ...filters }, signal),
  };
}

export function useLeaderReport(filters: ReportFilters, enabled = true) {
  return useQuery({ ...leaderReportQuery(filters), enabled, placeholderData: keepPreviousData });
}

export function useMeetingReport(filters: ReportFilters, enabled = true) {
  return useQuery({
    queryKey: [...reportsKey, 'meetings', filters],
    queryFn: ({ signal }) =>
      api.get<MeetingReport>('/api/reports/meetings', { ...filters }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCoordinationReport(filters: ReportFilters, enabled = true) {
  return useQuery({
    queryKey: [...reportsKey, 'coordination', filters],
    queryFn: ({ signal }) =>
      api.get<CoordinationReport>('/api/reports/coordination', { ...filters }, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Address of the report's download (every grouping in one file). */
export function reportExportUrl(
  format: 'xlsx' | 'docx',
  filters: ReportFilters & { groupBy?: GroupBy; signerName?: string },
): string {
  return `/api/reports/export.${format}${toSearch({ ...filters })}`;
}
