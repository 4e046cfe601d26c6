/**
 * Announcements (Thông báo kết luận): composed from a meeting, edited as a draft, approved by a
 * leader, issued (numbered and frozen), downloaded as DOCX/PDF. Shapes from
 * `packages/contracts/src/announcements.ts`.
 * @module
 */
import type {
  Announcement,
  AnnouncementStatus,
  AnnouncementSummary,
  IssueAnnouncementBody,
  UpdateAnnouncementBody,
} from '@ketluan/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, isStaleVersion } from './client.ts';

const key = ['announcements'] as const;

export function useAnnouncementList(filters: { status?: AnnouncementStatus; meeting?: string }) {
  return useInfiniteQuery({
    queryKey: [...key, 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<{ items: AnnouncementSummary[]; nextCursor: string | null }>(
        '/api/announcements',
        { ...filters, cursor: pageParam, limit: 50 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useAnnouncement(id: string | undefined) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: ({ signal }) => api.get<Announcement>(`/api/announcements/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

function useAnnouncementMutation<TArg>(id: string, run: (arg: TArg) => Promise<Announcement>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (a) => {
      qc.setQueryData([...key, 'one', id], a);
      void qc.invalidateQueries({ queryKey: [...key, 'list'] });
      void qc.invalidateQueries({ queryKey: [...key, 'versions', id] });
      void qc.invalidateQueries({ queryKey: ['tasks'] });
    },
    onError: (e) => {
      if (isStaleVersion(e)) void qc.invalidateQueries({ queryKey: [...key, 'one', id] });
    },
  });
}

export function useUpdateAnnouncement(id: string) {
  return useAnnouncementMutation(id, (body: UpdateAnnouncementBody) =>
    api.patch<Announcement>(`/api/announcements/${id}`, body),
  );
}

export function useApproveAnnouncement(id: string) {
  return useAnnouncementMutation(id, (version: number) =>
    api.post<Announcement>(`/api/announcements/${id}/approve`, { version }),
  );
}

export function useIssueAnnouncement(id: string) {
  return useAnnouncementMutation(id, (body: IssueAnnouncementBody) =>
    api.post<Announcement>(`/api/announcements/${id}/issue`, body),
  );
}

export function useComposeAnnouncement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (meetingId: string) =>
      api.post<Announcement>(`/api/meetings/${meetingId}/announcements`, {}),
    onSuccess: (a) => {
      qc.setQueryData([...key, 'one', a.id], a);
      void qc.invalidateQueries({ queryKey: [...key, 'list'] });
    },
  });
}

/** Issued announcements: made public or not (and whether tasks' progress shows there). */
export function useSetPublication(id: string) {
  return useAnnouncementMutation(
    id,
    (body: { version: number; isPublic: boolean; showProgress?: boolean }) =>
      api.put<Announcement>(`/api/announcements/${id}/publication`, body),
  );
}

/** A correction of an issued announcement: a new draft with its content, referring to it. */
export function useCreateCorrection(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Announcement>(`/api/announcements/${id}/corrections`),
    onSuccess: (a) => {
      qc.setQueryData([...key, 'one', a.id], a);
      void qc.invalidateQueries({ queryKey: [...key, 'list'] });
      void qc.invalidateQueries({ queryKey: [...key, 'versions', id] });
    },
  });
}

/** `AnnouncementVersion` of the contract: the editable fields as saved. */
export interface AnnouncementVersionEntry {
  version: number;
  createdAt: string;
  createdBy: string | null;
  snapshot: Record<string, unknown>;
}

/** The saved versions of an announcement (each save of a draft is one). */
export function useAnnouncementVersions(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...key, 'versions', id],
    queryFn: ({ signal }) =>
      api.get<AnnouncementVersionEntry[]>(`/api/announcements/${id}/versions`, undefined, signal),
    enabled: Boolean(id) && enabled,
  });
}

export const downloadUrl = (id: string, format: 'docx' | 'pdf') =>
  `/api/announcements/${id}/${format}`;

/** The page citizens read, for an issued announcement made public. */
export const publicPageUrl = (id: string) => `/public/announcements/${id}`;

/** The meeting's record (contents, conclusions, state of its tasks) as PDF. */
export const meetingRecordUrl = (meetingId: string) => `/api/meetings/${meetingId}/record.pdf`;
