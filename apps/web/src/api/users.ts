import type { CreateUserBody, User } from '@ketluan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';

const usersKey = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersKey,
    queryFn: ({ signal }) => api.get<{ items: User[] }>('/api/users', undefined, signal),
    select: (d) => d.items,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api.post<User>('/api/users', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: usersKey }),
  });
}
