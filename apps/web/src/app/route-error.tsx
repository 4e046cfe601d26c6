import { Button } from 'antd';
import { useRouteError } from 'react-router';
import { StateBox } from '../components/state-box.tsx';
import { useT } from '../i18n/index.tsx';

/** Shown when a screen fails to load or render (e.g. a stale chunk after an upgrade). */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <StateBox
      kind="warning"
      title={t('error.title')}
      subtitle={t('error.screen')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
