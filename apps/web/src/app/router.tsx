/**
 * Routes. Every screen is its own chunk (React.lazy), so the first screen loads only what it
 * shows.
 * @module
 */
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { LoadingState } from '../components/states.tsx';
import { AppLayout } from './app-layout.tsx';
import { HomeRedirect, RequireAuth } from './auth-guard.tsx';
import { RouteError } from './route-error.tsx';

type Loader = () => Promise<{ default: ComponentType }>;

const loadDashboard: Loader = () => import('../features/dashboard/dashboard-page.tsx');
const loadAgency: Loader = () => import('../features/agency/agency-home-page.tsx');
const loadTasks: Loader = () => import('../features/tasks/task-list-page.tsx');
const loadLogin: Loader = () => import('../features/auth/login-page.tsx');

/**
 * Starts loading the screen of the address the app opens on, in parallel with the session
 * check, instead of after it.
 */
export function preloadRoute(pathname: string): void {
  const first: Record<string, Loader> = {
    '/dashboard': loadDashboard,
    '/agency': loadAgency,
    '/tasks': loadTasks,
    '/login': loadLogin,
  };
  void first[pathname]?.().catch(() => undefined);
}

function page(load: Loader) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<LoadingState rows={8} />}>
      <Page />
    </Suspense>
  );
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      element: page(loadLogin),
      errorElement: <RouteError />,
    },
    {
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          path: 'dashboard',
          element: page(loadDashboard),
        },
        { path: 'agency', element: page(loadAgency) },
        { path: 'tasks', element: page(loadTasks) },
        { path: 'tasks/:id', element: page(() => import('../features/tasks/task-page.tsx')) },
        {
          path: 'reports',
          element: page(() => import('../features/reports/reports-page.tsx')),
        },
        {
          path: 'bulk',
          element: page(() => import('../features/bulk/bulk-update-page.tsx')),
        },
        {
          path: 'meetings',
          element: page(() => import('../features/meetings/meeting-list-page.tsx')),
        },
        {
          path: 'meetings/new',
          element: page(() => import('../features/meetings/meeting-form-page.tsx')),
        },
        {
          path: 'meetings/:id',
          element: page(() => import('../features/meetings/meeting-page.tsx')),
        },
        {
          path: 'meetings/:id/edit',
          element: page(() => import('../features/meetings/meeting-form-page.tsx')),
        },
        { path: 'imports', element: page(() => import('../features/imports/import-new-page.tsx')) },
        {
          path: 'imports/:id',
          element: page(() => import('../features/imports/import-review-page.tsx')),
        },
        {
          path: 'announcements',
          element: page(() => import('../features/announcements/announcement-list-page.tsx')),
        },
        {
          path: 'announcements/:id',
          element: page(() => import('../features/announcements/announcement-page.tsx')),
        },
        { path: 'admin', element: <Navigate to="/admin/users" replace /> },
        { path: 'admin/users', element: page(() => import('../features/admin/users-page.tsx')) },
        { path: 'admin/orgs', element: page(() => import('../features/admin/orgs-page.tsx')) },
        {
          path: 'admin/holidays',
          element: page(() => import('../features/admin/holidays-page.tsx')),
        },
        {
          path: 'admin/settings',
          element: page(() => import('../features/admin/settings-page.tsx')),
        },
        { path: '*', element: page(() => import('./not-found-page.tsx')) },
      ],
    },
  ]);
}
