import type { Org, OrgKind } from '@ketluan/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

export interface OrgFilters {
  q?: string;
  kind?: OrgKind;
  activeOn?: string;
}

/** The org directory changes rarely: kept for ten minutes. */
export function useOrgs(filters: OrgFilters = {}) {
  return useQuery({
    queryKey: ['orgs', filters],
    queryFn: ({ signal }) =>
      api.get<{ items: Org[] }>('/api/orgs', { ...filters }, signal).then((d) => d.items),
    staleTime: 10 * 60_000,
  });
}

export function useOrg(id: string | undefined) {
  return useQuery({
    queryKey: ['orgs', 'one', id],
    queryFn: ({ signal }) => api.get<Org>(`/api/orgs/${id}`, undefined, signal),
    enabled: Boolean(id),
    staleTime: 10 * 60_000,
  });
}
