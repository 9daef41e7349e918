import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where `npm run build -w @vitals/web` puts the web app. */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const publicRoute = { config: { access: 'public' as const }, schema: { hide: true } };

/**
 * Serves the built web app at `/`: hashed assets cached for a year, other files of the build's top
 * folder as they are, and index.html for every other GET outside /api (the SPA picks the page).
 * Does nothing when the web app has not been built, so the API runs without it.
 */
export async function registerWebApp(app: FastifyInstance, root = WEB_DIST): Promise<void> {
  if (!existsSync(`${root}/index.html`)) return;
  const topFiles = new Set(
    readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'index.html')
      .map((entry) => entry.name),
  );
  await app.register(async (scope) => {
    // serve: false — only reply.sendFile; the routes below declare their access like every route.
    await scope.register(fastifyStatic, { root, serve: false });

    scope.get<{ Params: { '*': string } }>('/assets/*', publicRoute, (request, reply) =>
      reply.sendFile(`assets/${request.params['*']}`, { immutable: true, maxAge: '365d' }),
    );

    scope.get<{ Params: { '*': string } }>('/*', publicRoute, (request, reply) => {
      const path = request.params['*'];
      // Unknown API paths stay problem+json 404s, never the app's HTML.
      if (path === 'api' || path.startsWith('api/')) return reply.callNotFound();
      if (topFiles.has(path)) return reply.sendFile(path, { maxAge: '1h' });
      // Always revalidated, so a new build's asset names reach browsers at once.
      return reply
        .header('cache-control', 'no-cache')
        .sendFile('index.html', { cacheControl: false });
    });
  });
}
