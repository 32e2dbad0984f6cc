/** The school kit's page (kit/index.html): the form, the preview and the downloads; works offline once opened. */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Kit } from './kit';
import { createKitI18n, type KitLang } from './kit-i18n';
import './kit.css';

const LANG_KEY = 'xueji-kit-lang';

function Root() {
  const [lang, setLang] = useState<KitLang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN'));
  const [i18n] = useState(() => createKitI18n(lang));
  const toggle = () => {
    const next: KitLang = lang === 'en' ? 'zh-CN' : 'en';
    localStorage.setItem(LANG_KEY, next);
    void i18n.changeLanguage(next);
    setLang(next);
  };
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nextProvider i18n={i18n}>
      <Kit onLanguage={toggle} />
    </I18nextProvider>
  );
}

createRoot(document.getElementById('kit')!).render(<Root />);

// the kit's offline copy (scripts/build-kit.mjs writes kit-sw.js)
if ('serviceWorker' in navigator && !import.meta.env.DEV) void navigator.serviceWorker.register('kit-sw.js').catch(() => undefined);
