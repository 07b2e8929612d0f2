import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (the CI script installs it); playwright-core drives it, no downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium with what this network-less machine needs: no background connections, no sandbox as root. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
