import { Segmented } from 'antd';
import { type Lang, useI18n } from '../i18n/index.tsx';

export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      size={size}
      aria-label={t('lang.switch')}
      value={lang}
      onChange={setLang}
      options={[
        { label: 'Tiếng Việt', value: 'vi', title: 'Tiếng Việt' },
        { label: 'English', value: 'en', title: 'English' },
      ]}
      data-testid="lang-switch"
    />
  );
}
