import { buildApp } from './app';
import { configFromEnv } from './config';
import { openDatabase } from './db/database';

const config = configFromEnv();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const app = await buildApp({
  db,
  staticDir: config.staticDir,
  logLevel: config.logLevel,
  ...config.app,
});

await app.listen({ host: config.host, port: config.port });
console.log(
  `Madoguchi is running at ${config.app.publicUrl ?? ''} (${db.kind}, Node ${process.version})`,
);

// Graceful shutdown: stop accepting, let in-flight requests finish, then close the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}
