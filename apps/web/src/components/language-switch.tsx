import { Segmented } from 'antd';
import { useLang, type Lang } from '../i18n/index';

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const [lang, setLang] = useLang();
  return (
    <Segmented<Lang>
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
      style={dark ? { background: 'rgba(255,255,255,0.12)' } : undefined}
      aria-label="language"
    />
  );
}
