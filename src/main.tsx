import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/strings';
import './app/app.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { translate } from './i18n/translate';
import { savedLang } from './app/preferences';

const root = createRoot(document.getElementById('root')!);
boot().then(
  (booted) => root.render(<StrictMode><App booted={booted} /></StrictMode>),
  (error: unknown) => {
    // Nothing was changed: the database is opened read-first and seeded in one transaction.
    console.error(error);
    const lang = savedLang();
    const code = (error as { code?: string })?.code ?? 'unknown';
    root.render(<p role="alert" className="boot-error">{translate(lang, `persistence.error.${code}`)}</p>);
  },
);
