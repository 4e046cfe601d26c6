import type { LoginBody, Me, UpdateMeBody } from '@ketluan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client.ts';

export const meKey = ['auth', 'me'] as const;

/** The session query: the signed-in user, or null when there is none. */
export const meQuery = {
  queryKey: meKey,
  queryFn: async ({ signal }: { signal?: AbortSignal }): Promise<Me | null> => {
    try {
      return await api.get<Me>('/api/auth/me', undefined, signal);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
};

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery(meQuery);
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api.post<Me>('/api/auth/login', body),
    onSuccess: (me) => {
      qc.clear();
      qc.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/api/auth/logout'),
    onSettled: () => {
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}

/** Changes the signed-in user's own preferences (digest-only reminders). */
export function useUpdateMe() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMeBody) => api.patch<Me>('/api/auth/me', body),
    onSuccess: (me) => qc.setQueryData(meKey, me),
  });
}
