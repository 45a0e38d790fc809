// @vitest-environment jsdom
// The sign-in form offers the municipality's single sign-on exactly when the server says it is
// configured (its health answer), and starts better-auth's flow for that provider.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translate, type Params } from '../../i18n/translate';
import { ServerApi } from '../../sync/api';
import { SignInForm } from './SignInForm';

afterEach(cleanup);

const t = (key: string, params?: Params) => translate('sv', key, params);
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** A server that answers health with `sso` and records what else is asked. */
function server(sso: unknown) {
  const calls: Array<{ url: string; body: unknown }> = [];
  const api = new ServerApi('', async (url, init) => {
    calls.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (url === '/api/health') return json({ status: 'ok', engine: 'pglite', postgis: false, sso });
    if (url === '/api/auth/sign-in/social') return json({ url: 'http://127.0.0.1:9/idp/auth', redirect: true });
    return new Response('{}', { status: 404 });
  });
  return { api, calls };
}

describe('single sign-on on the sign-in form', { timeout: 20_000 }, () => {
  it('offers "Logga in med <provider>" when the server has OpenID Connect, and starts its flow', async () => {
    const { api, calls } = server({ id: 'kommun', name: 'Kommunens inloggning' });
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, href: 'http://127.0.0.1/?ws=sw_1', assign });
    try {
      render(<SignInForm api={api} t={t} onDone={() => {}} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Logga in med Kommunens inloggning' }));
      await waitFor(() => expect(assign).toHaveBeenCalledWith('http://127.0.0.1:9/idp/auth'));
      expect(calls.find((c) => c.url === '/api/auth/sign-in/social')?.body).toEqual({ provider: 'kommun', callbackURL: 'http://127.0.0.1/?ws=sw_1' });
    } finally {
      vi.unstubAllGlobals();
    }
    // Email and password stay beside it.
    expect(screen.getByLabelText('E-post')).toBeTruthy();
  });

  it('shows only email and password when the server has no single sign-on', async () => {
    const { api, calls } = server(null);
    render(<SignInForm api={api} t={t} onDone={() => {}} />);
    await waitFor(() => expect(calls.map((c) => c.url)).toContain('/api/health'));
    await act(async () => {}); // the answer is read
    await screen.findByRole('button', { name: 'Logga in' });
    expect(screen.queryByRole('button', { name: /Logga in med/ })).toBeNull();
    expect(screen.queryByText('eller med e-post och lösenord:')).toBeNull();
  });
});
