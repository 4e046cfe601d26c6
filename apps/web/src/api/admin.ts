/**
 * The working-day calendar (shapes from `packages/contracts/src/admin.ts`) and the run-time
 * settings (their shape is derived on the server from the settings service's schemas:
 * apps/server/src/modules/settings/settings.service.ts).
 * @module
 */
import type { HolidayYear, HolidayYearBody } from '@ketluan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

export type { HolidayOverride, HolidayYear, HolidayYearBody } from '@ketluan/contracts';

export interface Settings {
  dueSoonDays: number;
  /** Reminders go out this many working days before a due date. */
  reminderDays: number;
  /** The server sends reminders from this hour (Vietnam time) of a working day. */
  reminderHour: number;
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
