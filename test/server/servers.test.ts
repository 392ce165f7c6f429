// The server end on real servers: express 5 and fastify 5 on ephemeral ports, routes
// that throw generated errors (with params, with a cause, and a plain TypeError), an
// error handler that is one call to the generated toResponse. Each response is checked
// the way a client sees it: status, headers, and the body validated by ajv against the
// generated OpenAPI document's own schema, then parsed back with errorFromResponse.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedPackage, type ErrorResponse, type Package, type ServerModule } from './support.js';

interface Route {
  readonly path: string;
  readonly fail: () => never;
}

interface Case {
  readonly spec: string;
  /** Routes of the catalog, each throwing. */
  readonly routes: (server: ServerModule) => readonly Route[];
}

const CASES: Record<string, Case> = {
  // RFC 9457 problem details, string codes, typed params, two locales.
  problem: {
    spec: 'test/fixtures/problem/spec.yaml',
    routes: (s) => [
      { path: '/declined', fail: () => { throw s.apiError('card_declined', { causeId: 'insufficient-funds', params: { chargeId: 'ch_7', missing: 250 } }); } },
      { path: '/limited', fail: () => { throw s.apiError('rate_limited', { params: { limit: 5 }, cause: new Error('redis is down') }); } },
      { path: '/crash', fail: () => { throw new TypeError('secret: db password at /etc/app'); } },
    ],
  },
  // The real spec: no envelope, so the simple body of today.
  simple: {
    spec: 'spec/errors.yaml',
    routes: (s) => [
      { path: '/declined', fail: () => { throw s.apiError(-3000000, { causeId: 'user-no-scan-permission' }); } },
      { path: '/limited', fail: () => { throw s.apiError(-9990101, { cause: new Error('redis is down') }); } },
      { path: '/crash', fail: () => { throw new TypeError('secret: db password at /etc/app'); } },
    ],
  },
};

type Handle = (error: unknown, acceptLanguage: string | undefined, url: string) => ErrorResponse;

async function startExpress(routes: readonly Route[], handle: Handle): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  for (const route of routes) app.get(route.path, () => route.fail());
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const r = handle(error, req.get('accept-language'), req.originalUrl);
    res.status(r.status).set(r.headers).send(JSON.stringify(r.body));
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function startFastify(routes: readonly Route[], handle: Handle): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify();
  for (const route of routes) app.get(route.path, async () => route.fail());
  app.setErrorHandler((error, request, reply) => {
    const r = handle(error, request.headers['accept-language'], request.url);
    return reply.code(r.status).headers(r.headers).send(JSON.stringify(r.body));
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}

const FRAMEWORKS = { express: startExpress, fastify: startFastify } as const;

describe.each(Object.entries(CASES))('%s envelope', (kind, c) => {
  let pkg: Package;
  beforeAll(async () => {
    pkg = await generatedPackage(c.spec);
  });
  afterAll(() => pkg?.remove());

  describe.each(Object.entries(FRAMEWORKS))('on %s', (_, start) => {
    let base: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const handle: Handle = (error, acceptLanguage, url) =>
        pkg.server.toResponse(error, { acceptLanguage: acceptLanguage ?? null, instance: url, extensions: { logId: 'log-1' } });
      ({ url: base, close } = await start(c.routes(pkg.server), handle));
    });
    afterAll(async () => close?.());

    const get = async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${base}${path}`, { headers });
      return { response, body: (await response.json()) as Record<string, unknown> };
    };
    const mediaType = kind === 'problem' ? 'application/problem+json' : 'application/json';

    it('answers a catalog error with its status, content type and a body its OpenAPI schema accepts', async () => {
      const { response, body } = await get('/declined');
      const status = kind === 'problem' ? 402 : 500;
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(new RegExp(`^${mediaType.replace('+', '\\+')}`));
      // fetch sends `Accept-Language: *`: the source locale, and the header decided it.
      expect(response.headers.get('content-language')).toBe('en');
      expect(response.headers.get('vary')).toBe('Accept-Language');
      const validate = pkg.schemaOf(`Error${status}`);
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      expect(body['logId']).toBe('log-1');
      if (kind === 'problem') {
        expect(body).toMatchObject({
          type: 'https://example.com/errors#code-card_declined',
          title: 'Charge ch_7 was declined.',
          status: 402,
          detail: 'The card lacks 250 cents.',
          instance: '/declined',
          code: 'card_declined',
          name: 'CARD_DECLINED',
          retry: 'never',
          params: { chargeId: 'ch_7', missing: 250 },
        });
      } else {
        expect(body).toEqual({ logId: 'log-1', code: -3000000, message: 'User has no permission to scan/enter code.' });
      }
    });

    it('follows Accept-Language and says it did (Content-Language, Vary)', async () => {
      const language = kind === 'problem' ? 'de' : 'zh-CN';
      const { response, body } = await get('/declined', { 'accept-language': `fr;q=1, ${language.slice(0, 2)};q=0.8, en;q=0.1` });
      expect(response.headers.get('content-language')).toBe(language);
      expect(response.headers.get('vary')).toBe('Accept-Language');
      expect(body[kind === 'problem' ? 'detail' : 'message']).toBe(kind === 'problem' ? 'Auf der Karte fehlen 250 Cent.' : '用户没有扫码/输码权限。');
    });

    it('says Vary only when Accept-Language decided the locale', () => {
      const error = c.routes(pkg.server)[1]!;
      let thrown: unknown;
      try {
        error.fail();
      } catch (e) {
        thrown = e;
      }
      const other = kind === 'problem' ? 'de' : 'zh-CN';
      expect(pkg.server.toResponse(thrown).headers).toEqual({ 'content-type': mediaType, 'content-language': 'en' });
      expect(pkg.server.toResponse(thrown, { locale: other, acceptLanguage: 'en' }).headers['content-language']).toBe(other);
      expect(pkg.server.toResponse(thrown, { locale: other, acceptLanguage: 'en' }).headers).not.toHaveProperty('vary');
    });

    it('round-trips code, name, retry and params through errorFromResponse', async () => {
      const { response, body } = await get('/limited');
      const parsed = pkg.core.errorFromResponse(response.status, body);
      if (kind === 'problem') {
        expect(parsed).toMatchObject({ known: true, code: 'rate_limited', name: 'RATE_LIMITED', retry: 'may', params: { limit: 5 } });
        expect(body['detail']).toBe('More than 5 charges in a minute.');
      } else {
        expect(parsed).toMatchObject({ known: true, code: -9990101, name: 'REDEMPTION_ID_GENERATION_FAILED', retry: 'may', params: {} });
      }
      // The cause is for logs: none of it is sent.
      expect(JSON.stringify(body)).not.toContain('redis');
    });

    it('turns a plain TypeError into the generic 500, leaking neither message nor stack', async () => {
      const { response, body } = await get('/crash');
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(new RegExp(`^${mediaType.replace('+', '\\+')}`));
      const text = JSON.stringify(body);
      for (const secret of ['secret', 'TypeError', 'etc/app', 'servers.test']) expect(text).not.toContain(secret);
      const validate = pkg.schemaOf('UnexpectedError');
      expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
      expect(body).toEqual(
        kind === 'problem'
          ? { logId: 'log-1', type: 'about:blank', title: 'Internal Server Error', status: 500, instance: '/crash' }
          : { logId: 'log-1', message: 'Internal Server Error' },
      );
      expect(pkg.core.errorFromResponse(500, body)).toEqual({ known: false, status: 500, reason: 'foreign-body' });
    });
  });
});
