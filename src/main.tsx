import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/strings';
import './app/app.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { translate } from './i18n/translate';
import { savedLang } from './app/preferences';

const root = createRoot(document.getElementById('root')!);
// Never a blank page: the page says what it is doing until the app can show itself.
const say = (key: string, role: 'status' | 'alert') =>
  root.render(<p role={role} className={role === 'alert' ? 'boot-error' : 'boot-message'}>{translate(savedLang(), key)}</p>);
say('app.loading', 'status');
boot(() => say('persistence.error.blocked', 'alert')).then(
  (booted) => root.render(<StrictMode><App booted={booted} /></StrictMode>),
  (error: unknown) => {
    // Nothing was changed: the database is opened read-first and seeded in one transaction.
    console.error(error);
    say(`persistence.error.${(error as { code?: string })?.code ?? 'unknown'}`, 'alert');
  },
);
