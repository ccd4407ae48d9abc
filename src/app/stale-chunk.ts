const FLAG = 'madoguchi.reloaded-for-stale-chunk';

/**
 * After a deploy, an old page may ask for a lazy chunk that no longer exists. Reload once to
 * get the new shell; if it fails again, let the error show instead of looping.
 */
export function recoverFromStaleChunks(): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (sessionStorage.getItem(FLAG)) return;
    sessionStorage.setItem(FLAG, '1');
    event.preventDefault();
    window.location.reload();
  });
  window.addEventListener('load', () => sessionStorage.removeItem(FLAG));
}
