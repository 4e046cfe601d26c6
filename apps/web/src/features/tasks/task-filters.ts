/**
 * The task list's filters live in the URL, so a filtered list can be bookmarked and shared
 * ("tasks overdue for Sở Y tế").
 * @module
 */
import type { TaskStatus, Timeliness } from '@ketluan/contracts';
import type { TaskFilters, TaskSort } from '../../api/tasks.ts';

const SORTS: readonly TaskSort[] = ['due', '-due', 'assigned', '-assigned', 'updated', '-updated'];

const list = <T extends string>(v: string | null): T[] | undefined =>
  v ? (v.split(',').filter(Boolean) as T[]) : undefined;

export function filtersFromSearch(params: URLSearchParams): TaskFilters {
  const sort = params.get('sort') as TaskSort | null;
  const get = (k: string) => params.get(k) || undefined;
  return {
    q: get('q'),
    owner: get('owner'),
    coordinator: get('coordinator'),
    status: list<TaskStatus>(params.get('status')),
    timeliness: list<Timeliness>(params.get('timeliness')),
    dueFrom: get('dueFrom'),
    dueTo: get('dueTo'),
    assignedFrom: get('assignedFrom'),
    assignedTo: get('assignedTo'),
    meeting: get('meeting'),
    asOf: get('asOf'),
    sort: sort && SORTS.includes(sort) ? sort : 'due',
  };
}

export function searchFromFilters(filters: TaskFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (k === 'sort' && v === 'due') continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return params;
}
