/**
 * Importing an existing announcement: upload or paste → the parser's draft (every field with
 * its span in the normalised text) → review and fix → commit into a meeting, its items and
 * tasks. Shapes from `packages/contracts/src/imports.ts`.
 * @module
 */
import type { CommitResult, Import, ImportDraft } from '@ketluan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isStaleVersion } from './client.ts';

/** `ImportSummary` of the contract. */
export type ImportListItem = Omit<Import, 'text' | 'draft'> & {
  number: string | null;
  summary: string | null;
  taskCount: number;
  warningCount: number;
};

const importsKey = ['imports'] as const;

export function useImportList(enabled: boolean) {
  return useQuery({
    queryKey: [...importsKey, 'list'],
    queryFn: ({ signal }) =>
      api
        .get<{ items: ImportListItem[] }>('/api/imports', { limit: 20 }, signal)
        .then((d) => d.items),
    enabled,
  });
}

export function useImport(id: string | undefined) {
  return useQuery({
    queryKey: [...importsKey, 'one', id],
    queryFn: ({ signal }) => api.get<Import>(`/api/imports/${id}`, undefined, signal),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY, // the clerk's edits must not be replaced under them
  });
}

/** A file is sent as multipart (`file`), pasted text as JSON. */
export function useCreateImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File } | { text: string; name?: string }) => {
      if ('file' in input) {
        const form = new FormData();
        form.append('file', input.file, input.file.name);
        return api.post<Import>('/api/imports/upload', form);
      }
      return api.post<Import>('/api/imports', input);
    },
    onSuccess: (imp) => {
      qc.setQueryData([...importsKey, 'one', imp.id], imp);
      void qc.invalidateQueries({ queryKey: [...importsKey, 'list'] });
    },
  });
}

export function useSaveImport(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; draft: ImportDraft }) =>
      api.patch<Import>(`/api/imports/${id}`, body),
    onSuccess: (imp) => qc.setQueryData([...importsKey, 'one', id], imp),
    onError: (e) => {
      if (isStaleVersion(e)) void qc.invalidateQueries({ queryKey: [...importsKey, 'one', id] });
    },
  });
}

export function useCommitImport(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      api.post<CommitResult>(`/api/imports/${id}/commit`, { version }),
    onSuccess: () => qc.invalidateQueries(),
  });
}
