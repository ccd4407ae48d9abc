import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/service-worker';
import { recoverFromStaleChunks } from './app/stale-chunk';
import { initI18n } from './i18n';
import './ui/styles.css';
import './ui/kit.css';

recoverFromStaleChunks();
registerServiceWorker();

await initI18n();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
