/**
 * Tasks: the list (keyset pages), one task, its timeline and the actions on it. Shapes come
 * from `packages/contracts/src/tasks.ts`.
 * @module
 */
import type {
  Task,
  TaskEvent,
  TaskEventBody,
  TaskListItem,
  TaskStatus,
  Timeliness,
} from '@ketluan/contracts';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, isStaleVersion } from './client.ts';
import { reportsKey } from './reports.ts';

export type TaskSort = 'due' | '-due' | 'assigned' | '-assigned' | 'updated' | '-updated';

export interface TaskFilters {
  owner?: string;
  coordinator?: string;
  status?: TaskStatus[];
  timeliness?: Timeliness[];
  dueFrom?: string;
  dueTo?: string;
  assignedFrom?: string;
  assignedTo?: string;
  meeting?: string;
  item?: string;
  q?: string;
  asOf?: string;
  sort?: TaskSort;
}

interface TaskPage {
  items: TaskListItem[];
  nextCursor: string | null;
}

export const tasksKey = ['tasks'] as const;

function fetchPage(
  filters: TaskFilters,
  cursor: string | undefined,
  limit: number,
  signal?: AbortSignal,
) {
  return api.get<TaskPage>('/api/tasks', { ...filters, cursor, limit }, signal);
}

/** The task list, page by page (50 a page). */
export function useTaskList(filters: TaskFilters) {
  return useInfiniteQuery({
    queryKey: [...tasksKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => fetchPage(filters, pageParam, 50, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    retry: (count, error) => !isRouteMissingLike(error) && count < 2,
  });
}

/**
 * The first `limit` tasks matching the filters, and whether there are more: for short lists
 * (the dashboard's overdue tasks, an agency's sections) that must not page through
 * everything.
 */
export function taskSampleQuery(filters: TaskFilters, limit = 10) {
  return {
    queryKey: [...tasksKey, 'sample', filters, limit] as const,
    queryFn: ({ signal }: { signal?: AbortSignal }) => fetchPage(filters, undefined, limit, signal),
  };
}

export function useTaskSample(
  filters: TaskFilters,
  options: { limit?: number; enabled?: boolean } = {},
) {
  return useQuery({
    ...taskSampleQuery(filters, options.limit),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    retry: (count, error) => !isRouteMissingLike(error) && count < 2,
  });
}

/** The query of every task matching the filters (up to `max`); shared with route prefetching. */
export function allTasksQuery(filters: TaskFilters, max = 5000) {
  return {
    queryKey: [...tasksKey, 'all', filters, max] as const,
    queryFn: async ({ signal }: { signal?: AbortSignal }) => {
      const items: TaskListItem[] = [];
      let cursor: string | undefined;
      do {
        const page = await fetchPage(filters, cursor, 200, signal);
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && items.length < max);
      return { items, truncated: Boolean(cursor) };
    },
  };
}

/** Every task matching the filters (up to `max`), for dashboards and summaries. */
export function useAllTasks(
  filters: TaskFilters,
  options: { enabled?: boolean; max?: number } = {},
) {
  return useQuery({
    ...allTasksQuery(filters, options.max),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    retry: (count, error) => !isRouteMissingLike(error) && count < 2,
  });
}

function isRouteMissingLike(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 404;
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: [...tasksKey, 'one', id],
    queryFn: ({ signal }) => api.get<Task>(`/api/tasks/${id}`, undefined, signal),
    enabled: Boolean(id),
    retry: (count, error) => !isRouteMissingLike(error) && count < 2,
  });
}

export function useTaskEvents(id: string | undefined) {
  return useQuery({
    queryKey: [...tasksKey, 'events', id],
    queryFn: async ({ signal }) => {
      const data = await api.get<TaskEvent[] | { items: TaskEvent[] }>(
        `/api/tasks/${id}/events`,
        undefined,
        signal,
      );
      return Array.isArray(data) ? data : data.items;
    },
    enabled: Boolean(id),
  });
}

/** POST /api/tasks/:id/events. A 409 (someone changed the task) reloads it. */
export function useTaskAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TaskEventBody) => api.post<unknown>(`/api/tasks/${id}/events`, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: reportsKey });
      return qc.invalidateQueries({ queryKey: tasksKey });
    },
    onError: (error) => {
      if (isStaleVersion(error)) void qc.invalidateQueries({ queryKey: tasksKey });
    },
  });
}
