/**
 * Which routes the running server has, read from its OpenAPI document. Screens whose API is
 * still being built show an "in development" state instead of failing.
 * @module
 */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

interface OpenApiDoc {
  paths?: Record<string, Record<string, unknown>>;
}

export function useApiRoutes() {
  return useQuery({
    queryKey: ['openapi-routes'],
    queryFn: async ({ signal }) => {
      const doc = await api.get<OpenApiDoc>('/api/openapi.json', undefined, signal);
      const routes = new Set<string>();
      for (const [path, ops] of Object.entries(doc.paths ?? {})) {
        for (const method of Object.keys(ops)) routes.add(`${method.toUpperCase()} ${path}`);
      }
      return routes;
    },
    staleTime: 5 * 60_000,
  });
}

/**
 * True when the server has `METHOD /path` (OpenAPI spelling: `/api/tasks/{id}`); undefined
 * while unknown.
 */
export function useHasRoute(route: string): boolean | undefined {
  const { data, isError } = useApiRoutes();
  if (isError) return true; // cannot tell: try the call and let its error speak
  return data ? data.has(route) : undefined;
}
