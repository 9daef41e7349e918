import Fastify from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler';
import { registerWebApp } from './static';

const dist = mkdtempSync(join(tmpdir(), 'vitals-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Vitals</title>');
writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');

async function appServing(root: string) {
  const app = Fastify();
  registerErrorHandler(app);
  await registerWebApp(app, root);
  app.get('/api/health', { config: { access: 'public' } }, async () => ({ status: 'ok' }));
  return app;
}

describe('serving the built web app', () => {
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('answers every page path with index.html, revalidated each time', async () => {
    const app = await appServing(dist);
    for (const url of ['/', '/settings', '/kpis/123?grain=month', '/setup?token=abc']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<title>Vitals</title>');
    }
  });

  it('serves hashed assets for a year and top-level files as they are', async () => {
    const app = await appServing(dist);
    const asset = await app.inject({ url: '/assets/index-abc.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.body).toBe('<svg/>');
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
  });

  it('keeps unknown API paths as problem+json 404s and API routes untouched', async () => {
    const app = await appServing(dist);
    const res = await app.inject({ url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((await app.inject({ url: '/api/health' })).json()).toEqual({ status: 'ok' });
  });

  it('declares public access on its routes, as every route must', async () => {
    const app = Fastify();
    const unDeclared: string[] = [];
    app.addHook('onRoute', (route) => {
      if (!route.config?.access) unDeclared.push(route.url);
    });
    await registerWebApp(app, dist);
    await app.ready();
    expect(unDeclared).toEqual([]);
  });

  it('adds nothing when the web app is not built', async () => {
    const app = await appServing(join(dist, 'missing'));
    expect((await app.inject({ url: '/settings' })).statusCode).toBe(404);
  });
});
