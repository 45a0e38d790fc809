// Municipal single sign-on: the OpenID Connect provider configured from the environment is found
// through its discovery document, and signing in sends the browser to it with PKCE and a callback
// on this server. The provider here is a stand-in on 127.0.0.1 that serves only discovery.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcFromEnv } from '../../src/server/auth';
import { startTestServer, type TestServer } from './harness';

describe('sign-in through OpenID Connect', () => {
  let idp: Server;
  let issuer = '';
  let server: TestServer;
  beforeAll(async () => {
    idp = createServer((req, res) => {
      if (req.url !== '/realms/kommun/.well-known/openid-configuration') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        issuer, authorization_endpoint: `${issuer}/auth`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/certs`,
        userinfo_endpoint: `${issuer}/userinfo`, response_types_supported: ['code'], id_token_signing_alg_values_supported: ['RS256'],
      }));
    });
    await new Promise<void>((done) => idp.listen(0, '127.0.0.1', done));
    issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/realms/kommun`;
    const oidc = oidcFromEnv({ PLATSEN_OIDC_ISSUER: issuer, PLATSEN_OIDC_CLIENT_ID: 'platsen', PLATSEN_OIDC_CLIENT_SECRET: 's3cret', PLATSEN_OIDC_PROVIDER_ID: 'kommun', PLATSEN_OIDC_NAME: 'Kommunens inloggning' })!;
    server = await startTestServer('postgresql', { oidc });
  });
  afterAll(async () => {
    await server?.close();
    idp?.close();
  });

  it('sends the browser to the provider\'s authorization endpoint with PKCE and this server\'s callback', async () => {
    const r = await server.client().post<{ url: string; redirect: boolean }>('/api/auth/sign-in/social', { provider: 'kommun', callbackURL: '/' });
    expect(r.status).toBe(200);
    const url = new URL(r.body.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${issuer}/auth`);
    expect(url.searchParams.get('client_id')).toBe('platsen');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['openid', 'email', 'profile']));
    expect(url.searchParams.get('redirect_uri')).toBe(`${server.url}/api/auth/callback/kommun`);
  });

  it('tells the sign-in page, in its health answer, which provider to offer', async () => {
    const health = await server.client().get<{ sso: unknown }>('/api/health');
    expect(health.body.sso).toEqual({ id: 'kommun', name: 'Kommunens inloggning' });
  });

  it('needs a client id and secret with an issuer', () => {
    expect(() => oidcFromEnv({ PLATSEN_OIDC_ISSUER: issuer })).toThrow(/PLATSEN_OIDC_CLIENT_ID/);
    expect(oidcFromEnv({})).toBeNull();
    expect(oidcFromEnv({ PLATSEN_OIDC_ISSUER: issuer, PLATSEN_OIDC_CLIENT_ID: 'a', PLATSEN_OIDC_CLIENT_SECRET: 'b' })).toMatchObject({ providerId: 'sso', name: 'sso' });
  });
});
