// Finds a Chromium for the end-to-end tests: an explicit path (CHROMIUM_PATH or
// PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), a system Chromium/Chrome, or Playwright's own browser
// when `npx playwright install chromium` has been run. Returns null when there is none.
import { existsSync } from 'node:fs';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

export async function findChromium() {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const path = process.env[name];
    if (path) {
      if (existsSync(path)) return { path, source: name };
      throw new Error(`${name}=${path} : ce fichier n'existe pas.`);
    }
  }
  for (const path of systemPaths) if (existsSync(path)) return { path, source: 'system' };
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return { path, source: 'playwright' };
  } catch {
    // Playwright's own browser is not installed: fall through.
  }
  return null;
}

export const howToGetChromium = `Aucun navigateur Chromium trouvé pour les tests de bout en bout.
  - Debian/Ubuntu : sudo apt-get install -y chromium   (puis relancez npm test)
  - Ailleurs, si le réseau le permet : npx playwright install chromium
  - Ou indiquez un Chromium/Chrome existant : CHROMIUM_PATH=/chemin/vers/chrome npm test`;
