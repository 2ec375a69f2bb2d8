// Finds a Chrome or Chromium for the browser tests and benchmarks: CHROME_PATH, then PATH, then the usual
// install places. On Debian/Ubuntu as root with none, installs Debian's `chromium`; elsewhere it says
// exactly what to install.
import { existsSync, accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { execFileSync } from 'node:child_process';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first Chrome/Chromium found, or undefined. */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) {
    if (executable(env.CHROME_PATH)) return env.CHROME_PATH;
    console.warn(`CHROME_PATH=${env.CHROME_PATH} is not an executable file; looking elsewhere.`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      if (dir && executable(path)) return path;
    }
  }
  return PLACES.find((p) => existsSync(p) && executable(p));
}

function isDebianRoot() {
  return (
    process.platform === 'linux' &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    existsSync('/etc/debian_version') &&
    existsSync('/usr/bin/apt-get')
  );
}

/** Finds Chrome/Chromium, installing Debian's chromium when possible; exits with instructions otherwise. */
export function ensureChrome() {
  let chrome = findChrome();
  if (chrome) return chrome;
  if (isDebianRoot()) {
    console.log('No Chrome/Chromium found: installing Debian\'s chromium (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    chrome = findChrome();
    if (chrome) return chrome;
  }
  console.error(
    [
      'No Chrome or Chromium found for the browser tests.',
      'Install one, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium   (Ubuntu: chromium-browser)',
      '  Fedora:         sudo dnf install -y chromium',
      '  macOS:          brew install --cask chromium   (or install Google Chrome)',
      '  Windows:        install Google Chrome from its site',
      'or point CHROME_PATH at an existing Chrome/Chromium executable.',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChrome());
}
