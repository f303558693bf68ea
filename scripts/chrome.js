// Finds Chrome or Chromium for the tests: CHROME_PATH first, then the usual
// places. Where none exists and we are root on Debian/Ubuntu, installs Debian's
// `chromium` (and says so); otherwise stops with one line on how to get one.
import { existsSync } from 'node:fs';
import { execFileSync, execSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
}

/** A browser path, installing Debian's chromium when we may; exits with one clear line when we cannot. */
export function ensureChrome() {
  let path;
  try {
    path = findChrome();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  if (path) return path;
  if (canApt()) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium with apt-get (needs root) …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    path = findChrome();
    if (path) return path;
  }
  console.error('No Chrome or Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH=/path/to/chrome.');
  process.exit(1);
}

/** Flags for headless Chromium on a locked-down machine (no network but localhost, root, no /dev/shm). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = ensureChrome();
  console.log(path);
  try {
    console.log(execFileSync(path, ['--version'], { encoding: 'utf8' }).trim());
  } catch {
    /* some wrappers refuse --version as root; the path is what matters */
  }
}
