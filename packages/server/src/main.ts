import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/connection';
import { migrateToLatest } from './db/migrate';

const config = loadConfig();
const db = openDatabase(config);
await migrateToLatest(db);
const app = await buildApp({ db, logger: { level: config.LOG_LEVEL } });
await app.listen({ port: config.PORT, host: config.HOST });

const token = await app.services.setup.setupToken();
if (token) {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  console.log(
    `\n  Vitals is not set up yet. Open this link to create the workspace and its admin:\n\n    http://${host}:${config.PORT}/setup?token=${token}\n`,
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => db.destroy())
      .then(() => process.exit(0));
  });
}
