/**
 * An agency's calendar feed (iCalendar): whether it has a secret address, creating or
 * replacing it (the address is shown once: only its hash is stored), and revoking it.
 * @module
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

export interface CalendarTokenStatus {
  orgId: string;
  active: boolean;
  createdAt: string | null;
}

export interface CalendarToken {
  orgId: string;
  token: string;
  url: string;
  createdAt: string;
}

const key = (orgId: string | undefined) => ['calendar-token', orgId] as const;

export function useCalendarTokenStatus(orgId: string | undefined) {
  return useQuery({
    queryKey: key(orgId),
    queryFn: ({ signal }) =>
      api.get<CalendarTokenStatus>(`/api/orgs/${orgId}/calendar-token`, undefined, signal),
    enabled: Boolean(orgId),
  });
}

export function useRotateCalendarToken(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarToken>(`/api/orgs/${orgId}/calendar-token`),
    onSuccess: (t) =>
      qc.setQueryData<CalendarTokenStatus>(key(orgId), {
        orgId,
        active: true,
        createdAt: t.createdAt,
      }),
  });
}

export function useRevokeCalendarToken(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ ok: true }>(`/api/orgs/${orgId}/calendar-token`),
    onSettled: () => qc.invalidateQueries({ queryKey: key(orgId) }),
  });
}
