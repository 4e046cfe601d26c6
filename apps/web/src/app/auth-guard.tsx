import type { Me } from '@ketluan/contracts';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../api/auth.ts';
import { ErrorState } from '../components/states.tsx';
import { useT } from '../i18n/index.tsx';

/** Where a role starts: an agency on its own tasks, everyone else on the dashboard. */
export function homePath(me: Pick<Me, 'role'>): string {
  return me.role === 'agency' ? '/agency' : '/dashboard';
}

function FullPageStatus({ text }: { text: string }) {
  return (
    <div
      id="boot"
      role="status"
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        height: '100vh',
        color: '#5c6270',
      }}
    >
      {text}
    </div>
  );
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const { data: me, isPending, error, refetch } = useMe();
  if (isPending) return <FullPageStatus text={t('common.loading')} />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return <>{children}</>;
}

export function HomeRedirect() {
  const { data: me } = useMe();
  return me ? <Navigate to={homePath(me)} replace /> : null;
}
