import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions, withoutSecrets } from './request-log';

const TOKEN = `vi_${'a1B2_-'.repeat(7)}x`;

describe('request log', () => {
  it('blanks link secrets in paths and queries, and keeps the rest of the URL', () => {
    expect(withoutSecrets(`/api/invitations/${TOKEN}`)).toBe('/api/invitations/[secret]');
    expect(withoutSecrets(`/invite?token=${TOKEN}&x=1`)).toBe('/invite?token=[secret]&x=1');
    expect(withoutSecrets('/setup?token=abc123')).toBe('/setup?token=[secret]');
    expect(withoutSecrets('/api/kpis?search=token')).toBe('/api/kpis?search=token');
  });

  it('never writes an invitation secret to the log of a request', async () => {
    const lines: string[] = [];
    const app = Fastify({
      logger: loggerOptions({ level: 'info', stream: { write: (line) => lines.push(line) } }),
    });
    app.get('/api/invitations/:token', async () => ({ ok: true }));
    app.get('/invite', async () => 'page');
    await app.inject({ method: 'GET', url: `/api/invitations/${TOKEN}` });
    await app.inject({ method: 'GET', url: `/invite?token=${TOKEN}` });
    await app.close();
    const urls = lines.flatMap((line) => {
      const url = (JSON.parse(line) as { req?: { url?: string } }).req?.url;
      return url ? [url] : [];
    });
    expect(urls).toEqual(['/api/invitations/[secret]', '/invite?token=[secret]']);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('leaves logging off when it is off', () => {
    expect(loggerOptions(undefined)).toBe(false);
    expect(loggerOptions(false)).toBe(false);
  });
});
