/**
 * The providers every screen relies on: language (with the matching Ant Design and dayjs
 * locales), theme, the query cache, and the router.
 * @module
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { meKey, meQuery } from '../api/auth.ts';
import { ApiError, setUnauthorizedHandler } from '../api/client.ts';
import { agencyReportQuery, leaderReportQuery } from '../api/reports.ts';
import { taskSampleQuery } from '../api/tasks.ts';
import { DASHBOARD_LIST_SIZE } from '../features/dashboard/summary.ts';
import { I18nProvider, useI18n } from '../i18n/index.tsx';
import { createAppRouter, preloadRoute } from './router.tsx';
import { theme } from './theme.ts';

function makeQueryClient(): QueryClient {
  const qc = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
  // An expired session anywhere sends the user back to sign in.
  setUnauthorizedHandler(() => {
    if (qc.getQueryData(meKey)) qc.setQueryData(meKey, null);
  });
  return qc;
}

/** The first screen's code and data start loading before React renders. */
function preload(qc: QueryClient): void {
  const { pathname, search } = window.location;
  preloadRoute(pathname);
  void qc.prefetchQuery(meQuery);
  if (pathname === '/dashboard' && !search) {
    // The dashboard's figures and its three short lists, in parallel with the session.
    void qc.prefetchQuery({ ...agencyReportQuery({}), retry: false });
    void qc.prefetchQuery({ ...leaderReportQuery({}), retry: false });
    for (const timeliness of ['overdue', 'due_soon', 'no_deadline'] as const)
      void qc.prefetchQuery({
        ...taskSampleQuery({ timeliness: [timeliness], sort: 'due' }, DASHBOARD_LIST_SIZE),
        retry: false,
      });
  }
}

function Localised() {
  const { lang } = useI18n();
  const [router] = useState(createAppRouter);
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={theme}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

export function Root() {
  const [queryClient] = useState(() => {
    const qc = makeQueryClient();
    preload(qc);
    return qc;
  });
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Localised />
      </I18nProvider>
    </QueryClientProvider>
  );
}
