/**
 * The working-day calendar and settings. These shapes mirror the server's admin routes
 * (apps/server/src/modules/admin/admin.routes.ts), which are not in @ketluan/contracts yet.
 * @module
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

export interface HolidayOverride {
  date: string;
  kind: 'off' | 'work';
  name: string;
}

export interface HolidayYear {
  year: number;
  replace: boolean;
  overrides: HolidayOverride[];
  daysOff: { date: string; name: string }[];
  makeUpWorkdays: string[];
}

export interface HolidayYearBody {
  replace: boolean;
  offDays: { date: string; name: string }[];
  workDays: { date: string; name: string }[];
}

export interface Settings {
  dueSoonDays: number;
  deadlineReading: 'strict' | 'inclusive';
  calendarReplaceYears: number[];
  placeName: string;
}

export function useHolidayYear(year: number) {
  return useQuery({
    queryKey: ['holidays', year],
    queryFn: ({ signal }) => api.get<HolidayYear>(`/api/holidays/${year}`, undefined, signal),
  });
}

export function useSaveHolidayYear(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: HolidayYearBody) => api.put<HolidayYear>(`/api/holidays/${year}`, body),
    onSuccess: (data) => {
      qc.setQueryData(['holidays', year], data);
      void qc.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

export function useSettings() {
  return useQuery({
    queryKey: ['settings'],
    queryFn: ({ signal }) => api.get<Settings>('/api/settings', undefined, signal),
  });
}

export function useSaveSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<Settings>) => api.put<Settings>('/api/settings', body),
    onSuccess: (data) => {
      qc.setQueryData(['settings'], data);
      void qc.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
