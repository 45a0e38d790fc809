// Email and password sign-in (or a new account) against the server's sign-in (better-auth), and
// the municipality's single sign-on when the server offers it. The session is an HttpOnly cookie
// the browser keeps; the form never sees it.
import { useEffect, useState, type FormEvent } from 'react';
import { MIN_PASSWORD_LENGTH } from '../../domain/sync/protocol';
import type { Params } from '../../i18n/translate';
import { ApiError, OfflineError, type ServerApi, type SsoProvider } from '../../sync/api';
import '../../i18n/strings/shared-ui';

/** `t`: the page's translate (the form also shows before the app, and its store, has started). */
export function SignInForm({ api, onDone, t }: { api: ServerApi; onDone(): void; t(key: string, params?: Params): string }) {
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sso, setSso] = useState<SsoProvider | null>(null);
  useEffect(() => {
    let live = true;
    void api.serverInfo().then((info) => live && setSso(info?.sso ?? null));
    return () => { live = false; };
  }, [api]);

  /** Runs one sign-in step, showing what went wrong in words. */
  async function attempt(step: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (err) {
      setError(err instanceof ApiError ? err.code : err instanceof OfflineError ? 'account.error.offline' : 'account.error.failed');
    } finally {
      setBusy(false);
    }
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const [name, email, password] = ['name', 'email', 'password'].map((k) => String(form.get(k) ?? ''));
    await attempt(async () => {
      if (creating) await api.signUp(name!, email!, password!);
      else await api.signIn(email!, password!);
      onDone();
    });
  }

  /** The provider's sign-in page, which comes back here signed in. */
  const signInWith = (provider: SsoProvider) => attempt(async () => {
    location.assign(await api.signInWithProvider(provider.id, location.href));
  });

  return (
    <form className="sign-in" onSubmit={(e) => void submit(e)} aria-busy={busy}>
      {error && <p role="alert" className="form-error">{t(error)}</p>}
      {sso && !creating && <>
        <button type="button" className="primary" disabled={busy} onClick={() => void signInWith(sso)}>{t('account.sso', { name: sso.name })}</button>
        <p className="sign-in-or">{t('account.orEmail')}</p>
      </>}
      {creating && <label className="field">{t('account.name')}<input name="name" autoComplete="name" required /></label>}
      <label className="field">{t('account.email')}<input name="email" type="email" autoComplete="email" required /></label>
      <label className="field">{t('account.password')}
        <input name="password" type="password" autoComplete={creating ? 'new-password' : 'current-password'} required minLength={MIN_PASSWORD_LENGTH} />
      </label>
      <button type="submit" className="primary" disabled={busy}>{busy ? t('account.working') : t(creating ? 'account.signUp' : 'account.signIn')}</button>
      <button type="button" className="link" onClick={() => setCreating((c) => !c)}>{t(creating ? 'account.toSignIn' : 'account.toSignUp')}</button>
    </form>
  );
}
