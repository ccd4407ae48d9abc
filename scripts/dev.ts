// Development: the reference API on :8080 (API only) and Vite on :5173 with /api and /oidc
// proxied to it.
import { spawn } from 'node:child_process';

const api = spawn('node', ['--import', 'tsx', '--watch', 'server/main.ts'], {
  stdio: 'inherit',
  // The browser talks to Vite's origin; the API builds its issuer and redirect URI from it.
  env: {
    ...process.env,
    PUBLIC_URL: 'http://127.0.0.1:5173',
    STATIC_DIR: 'dist-does-not-exist',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  },
});
const vite = spawn('npx', ['vite', '--host', '127.0.0.1'], { stdio: 'inherit' });

const stop = () => {
  api.kill('SIGTERM');
  vite.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', stop);
vite.on('exit', stop);
