/**
 * Meetings, their items (agenda contents with conclusions) and dossiers; shapes from
 * `packages/contracts/src/meetings.ts`.
 * @module
 */
import type { CreateItemBody, CreateMeetingBody, Item, Meeting } from '@ketluan/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, isStaleVersion } from './client.ts';

/** `MeetingSummary` of the contract. */
export type MeetingListItem = Omit<Meeting, 'attendees' | 'items'> & {
  itemCount: number;
  taskCount: number;
};
export type UpdateMeetingBody = Partial<CreateMeetingBody> & {
  version: number;
  status?: 'scheduled' | 'held' | 'cancelled';
};
export type UpdateItemBody = Partial<CreateItemBody> & { version: number };

export interface MeetingFilters {
  q?: string;
  from?: string;
  to?: string;
}

const meetingsKey = ['meetings'] as const;

export function useMeetingList(filters: MeetingFilters) {
  return useInfiniteQuery({
    queryKey: [...meetingsKey, 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<{ items: MeetingListItem[]; nextCursor: string | null }>(
        '/api/meetings',
        { ...filters, cursor: pageParam, limit: 50 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: [...meetingsKey, 'one', id],
    queryFn: ({ signal }) => api.get<Meeting>(`/api/meetings/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useSaveMeeting(id: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeetingBody | UpdateMeetingBody) =>
      id
        ? api.patch<Meeting>(`/api/meetings/${id}`, body)
        : api.post<Meeting>('/api/meetings', body),
    onSuccess: (m) => {
      qc.setQueryData([...meetingsKey, 'one', m.id], m);
      void qc.invalidateQueries({ queryKey: [...meetingsKey, 'list'] });
    },
    onError: (e) => {
      if (isStaleVersion(e)) void qc.invalidateQueries({ queryKey: meetingsKey });
    },
  });
}

export function useSaveItem(meetingId: string, itemId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateItemBody | UpdateItemBody) =>
      itemId
        ? api.patch<Item>(`/api/items/${itemId}`, body)
        : api.post<Item>(`/api/meetings/${meetingId}/items`, body),
    onSettled: () => qc.invalidateQueries({ queryKey: meetingsKey }),
  });
}
