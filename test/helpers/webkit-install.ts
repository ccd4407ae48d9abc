import { existsSync } from 'node:fs';

/** MiniBrowser as Debian's libwebkit2gtk-4.1-0 ships it; WebKitWebDriver launches it. */
const miniBrowserPaths = [
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

const setupHint =
  'Install them with `npm run setup`, or on Debian/Ubuntu: ' +
  '`sudo apt-get install -y webkit2gtk-driver xvfb`.';

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${command}`));
}

export function findMiniBrowser(): string {
  const found = miniBrowserPaths.find((path) => path && existsSync(path));
  if (!found) throw new Error(`No WebKitGTK MiniBrowser found. ${setupHint}`);
  return found;
}

/** Everything the WebKit suite needs is installed (the test runner asks before running it). */
export function webkitMissing(): string | undefined {
  const missing = ['WebKitWebDriver', 'Xvfb'].filter((command) => !onPath(command));
  if (!miniBrowserPaths.some((path) => path && existsSync(path))) missing.push('MiniBrowser');
  return missing.length > 0 ? `${missing.join(', ')} not found. ${setupHint}` : undefined;
}
