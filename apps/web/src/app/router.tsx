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

function page(load: () => Promise<{ default: ComponentType }>) {
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
      element: page(() => import('../features/auth/login-page.tsx')),
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
          element: page(() => import('../features/dashboard/dashboard-page.tsx')),
        },
        { path: 'agency', element: page(() => import('../features/agency/agency-home-page.tsx')) },
        { path: 'tasks', element: page(() => import('../features/tasks/task-list-page.tsx')) },
        { path: 'tasks/:id', element: page(() => import('../features/tasks/task-page.tsx')) },
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
