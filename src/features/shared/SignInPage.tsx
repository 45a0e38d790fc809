// The page a shared workspace's link opens to when nobody is signed in: the form, then the
// workspace (a reload, so the app starts with the person's role).
import { translate } from '../../i18n/translate';
import { savedLang } from '../../app/preferences';
import { ServerApi } from '../../sync/api';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const lang = savedLang();
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  return (
    <main className="sign-in-page" lang={lang}>
      <h1>{t('account.title')}</h1>
      <p>{t('account.intro')}</p>
      <SignInForm api={new ServerApi()} t={t} onDone={() => location.reload()} />
      <p><a href="./">{t('account.backToLocal')}</a></p>
    </main>
  );
}
