#!/usr/bin/env node
'use strict';
// Offline dependency check: reads the installed tree (`npm ls --all --json`, which needs no network) and fails
// when a platform SDK is installed twice or in another version than the one reviewed, or when a package on the
// service's request or token-checking paths is in a range with a known advisory. It stands in for `npm audit`,
// which needs an advisory service this CI cannot reach; the table below is kept by hand (README: Dependencies).
// Usage: node scripts/check-dependencies.js [--tree npm-ls.json]
// Exit codes: 0 nothing found, 1 problems found (listed), 2 the tree could not be read.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/**
 * The platform SDKs and the versions reviewed with them (skills/, /work/shared/reference/platforms.md): exactly
 * one copy each. A second copy means two versions of a signature or token check could be in play; another
 * version is a change to review (and this table to update) before it ships.
 */
const PLATFORM_SDKS = {
  '@assistant/conversation': '3.8.1',
  '@line/bot-sdk': '11.0.0',
  'ask-sdk-core': '2.14.0',
  'ask-sdk-model': '1.86.0',
  'ask-sdk-runtime': '2.14.0',
  botbuilder: '4.23.3',
  'botbuilder-core': '4.23.3',
  'botframework-connector': '4.23.3',
  'botframework-schema': '4.23.3',
  'google-auth-library': '6.1.6',
};

/**
 * Known-bad ranges: [from, below) of x.y.z versions (from omitted = any lower version), with the advisory. Only
 * packages on paths that handle requests, signatures or tokens, and only advisories checked by hand.
 */
const KNOWN_BAD = [
  {
    name: 'ask-sdk-express-adapter',
    ranges: [{ below: '2.15.0' }],
    advisory:
      'issue 15 finding 1: verifies SignatureCertChainUrl before normalising it and downloads the chain ' +
      'without a size cap or timeout; the Alexa webhook verifies requests itself and must not bring it back',
  },
  {
    name: 'jws',
    ranges: [{ below: '3.2.3' }, { from: '4.0.0', below: '4.0.1' }],
    advisory: 'CVE-2025-65945 (GHSA-869p-cjfg-cm3x): improper HMAC signature verification',
  },
  {
    name: 'jsonwebtoken',
    ranges: [{ below: '9.0.0' }],
    advisory: 'CVE-2022-23539, CVE-2022-23540, CVE-2022-23541: insecure key types and algorithm defaults',
  },
  {
    name: 'node-fetch',
    ranges: [{ below: '2.6.7' }, { from: '3.0.0', below: '3.1.1' }],
    advisory: 'CVE-2022-0235: forwards secure headers to a third-party host on redirect',
  },
  {
    name: 'axios',
    ranges: [{ below: '0.30.0' }, { from: '1.0.0', below: '1.12.0' }],
    advisory:
      'CVE-2025-27152 (absolute URLs override baseURL: SSRF, credential leak), CVE-2025-58754 ' +
      '(data: URIs decoded without size limit)',
  },
  {
    name: 'ws',
    ranges: [
      { below: '5.2.4' },
      { from: '6.0.0', below: '6.2.3' },
      { from: '7.0.0', below: '7.5.10' },
      { from: '8.0.0', below: '8.17.1' },
    ],
    advisory: 'CVE-2024-37890: a request with many headers crashes the server',
  },
  {
    name: 'follow-redirects',
    ranges: [{ below: '1.15.6' }],
    advisory: 'CVE-2024-28849: Proxy-Authorization leaks across hosts on redirect',
  },
  {
    name: 'xml2js',
    ranges: [{ below: '0.5.0' }],
    advisory: 'CVE-2023-0842: prototype pollution',
  },
  {
    name: 'body-parser',
    ranges: [{ below: '1.20.3' }],
    advisory: 'CVE-2024-45590: denial of service with url encoding',
  },
  {
    name: 'cookie',
    ranges: [{ below: '0.7.0' }],
    advisory: 'CVE-2024-47764: out-of-bounds characters in cookie name, path and domain',
  },
  {
    name: 'express',
    ranges: [{ below: '4.20.0' }],
    advisory: 'CVE-2024-29041 (open redirect), CVE-2024-43796 (XSS in res.redirect)',
  },
  {
    name: 'semver',
    ranges: [{ below: '5.7.2' }, { from: '6.0.0', below: '6.3.1' }, { from: '7.0.0', below: '7.5.2' }],
    advisory: 'CVE-2022-25883: ReDoS in range parsing',
  },
];

/** npm ls problems that mean the installed tree is not the lock file's; `extraneous` only adds packages. */
const FATAL_PROBLEM = /^(missing|invalid|peer dep missing)\b/;

/** [major, minor, patch, prerelease?]: a prerelease sorts before its release. */
function parseVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)(-.+)?/.exec(version);
  if (match === null) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : 0];
}

function compare(a, b) {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function inRange(version, range) {
  const v = parseVersion(version);
  if (v === null) return true; // unreadable: report it rather than let it pass
  const from = range.from === undefined ? null : parseVersion(range.from);
  return (from === null || compare(v, from) >= 0) && compare(v, parseVersion(range.below)) < 0;
}

/** Every installed copy of every package: name -> [{ version, path }]. */
function installed(tree) {
  const found = new Map();
  const walk = (node, trail) => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (typeof child.version !== 'string') continue;
      const where = [...trail, `${name}@${child.version}`];
      const copies = found.get(name) ?? [];
      if (!copies.some((c) => c.version === child.version && c.path === child.path)) {
        copies.push({
          version: child.version,
          path: child.path ?? where.join(' > '),
          via: where.join(' > '),
        });
      }
      found.set(name, copies);
      walk(child, where);
    }
  };
  walk(tree, []);
  return found;
}

function check(tree) {
  const packages = installed(tree);
  const problems = [];
  const lines = [];
  for (const [name, reviewed] of Object.entries(PLATFORM_SDKS)) {
    const versions = [...new Set((packages.get(name) ?? []).map((c) => c.version))];
    if (versions.length === 0) {
      problems.push(`${name}: not installed (reviewed ${reviewed}); the tree is not the lock file's`);
    } else if (versions.length > 1) {
      problems.push(
        `${name}: ${versions.length} versions installed (${versions.join(', ')}): one copy expected`,
      );
    } else if (versions[0] !== reviewed) {
      problems.push(
        `${name}: ${versions[0]} installed, ${reviewed} reviewed: review it, then update this table`,
      );
    }
    lines.push(`sdk   ${name.padEnd(26)} ${versions.join(', ') || '-'} (reviewed ${reviewed})`);
  }
  for (const rule of KNOWN_BAD) {
    const copies = packages.get(rule.name) ?? [];
    const bad = copies.filter((c) => rule.ranges.some((r) => inRange(c.version, r)));
    for (const copy of bad) problems.push(`${rule.name}@${copy.version} (${copy.via}): ${rule.advisory}`);
    const versions = [...new Set(copies.map((c) => c.version))].join(', ') || 'not installed';
    lines.push(`range ${rule.name.padEnd(26)} ${versions}${bad.length > 0 ? '  KNOWN BAD' : ''}`);
  }
  for (const problem of tree.problems ?? []) {
    if (FATAL_PROBLEM.test(problem)) problems.push(`npm ls: ${problem}`);
    else lines.push(`note  npm ls: ${problem}`);
  }
  return { problems, lines };
}

function readTree(args) {
  if (args[0] === '--tree') return JSON.parse(fs.readFileSync(args[1], 'utf8'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ls', '--all', '--json'], {
    cwd: path.join(__dirname, '..'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // npm ls exits 1 when the tree has problems but still prints it; those are judged in check().
  if (result.error !== undefined || result.stdout.trim() === '') {
    throw new Error(`npm ls failed: ${result.error?.message ?? result.stderr.trim()}`);
  }
  return JSON.parse(result.stdout);
}

function main() {
  const args = process.argv.slice(2);
  if (!(args.length === 0 || (args.length === 2 && args[0] === '--tree'))) {
    process.stderr.write('usage: node scripts/check-dependencies.js [--tree npm-ls.json]\n');
    process.exit(2);
  }
  let tree;
  try {
    tree = readTree(args);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const { problems, lines } = check(tree);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (problems.length > 0) {
    process.stdout.write(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  const rules = Object.keys(PLATFORM_SDKS).length + KNOWN_BAD.length;
  process.stdout.write(`\nok: ${rules} rules, no problem found (offline; not an advisory database)\n`);
}

main();
