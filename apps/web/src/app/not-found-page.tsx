import { Button } from 'antd';
import { Link } from 'react-router';
import { StateBox } from '../components/state-box.tsx';
import { useT } from '../i18n/index.tsx';

export default function NotFoundPage() {
  const t = useT();
  return (
    <StateBox
      kind="info"
      title={t('error.pageNotFound')}
      subtitle={t('error.pageNotFoundBody')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.home')}</Button>
        </Link>
      }
    />
  );
}
