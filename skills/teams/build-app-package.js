#!/usr/bin/env node
'use strict';
/* global console, Buffer, URL */
// Builds the Teams app package (a zip of manifest.json, color.png and outline.png) to upload in Teams or the
// Developer Portal. The manifest's ${{...}} placeholders are filled in from the environment: MICROSOFT_APP_ID,
// PUBLIC_BASE_URL, and optionally TEAMS_PRIVACY_URL and TEAMS_TERMS_URL (default: PUBLIC_BASE_URL's root page).
// Usage: MICROSOFT_APP_ID=... PUBLIC_BASE_URL=https://soudan.example.jp node skills/teams/build-app-package.js [out.zip]
// Default output: dist/teams/soudan-teams-app.zip (dist/ is not committed).
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const PACKAGE_DIR = path.join(__dirname, 'appPackage');
const FILES = ['manifest.json', 'color.png', 'outline.png'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function manifestFor(env) {
  const appId = env.MICROSOFT_APP_ID ?? '';
  if (!GUID.test(appId)) throw new Error("MICROSOFT_APP_ID must be the bot's Microsoft App ID (a GUID)");
  let base;
  try {
    base = new URL(env.PUBLIC_BASE_URL ?? '');
  } catch {
    throw new Error('PUBLIC_BASE_URL must be the https URL the service is reached at');
  }
  if (base.protocol !== 'https:') throw new Error('PUBLIC_BASE_URL must use https');
  const values = {
    MICROSOFT_APP_ID: appId,
    PUBLIC_BASE_URL: base.origin,
    PUBLIC_HOST: base.host,
    PRIVACY_URL: env.TEAMS_PRIVACY_URL || `${base.origin}/`,
    TERMS_URL: env.TEAMS_TERMS_URL || `${base.origin}/`,
  };
  const template = fs.readFileSync(path.join(PACKAGE_DIR, 'manifest.json'), 'utf8');
  const text = template.replace(/\$\{\{(\w+)\}\}/g, (match, name) => values[name] ?? match);
  JSON.parse(text); // a broken template fails here, not in Teams
  return Buffer.from(text, 'utf8');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A plain zip (deflate, no directories): all Teams asks of an app package. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0, 10); // time and date: fixed, so builds are reproducible
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function main(argv, env) {
  const out = path.resolve(
    argv[0] ?? path.join(__dirname, '..', '..', 'dist', 'teams', 'soudan-teams-app.zip'),
  );
  const entries = FILES.map((name) => ({
    name,
    data: name === 'manifest.json' ? manifestFor(env) : fs.readFileSync(path.join(PACKAGE_DIR, name)),
  }));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, zip(entries));
  console.log(`Teams app package written to ${out}`);
}

try {
  main(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`Teams app package not built: ${error.message}`);
  process.exit(2);
}
