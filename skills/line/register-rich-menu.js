#!/usr/bin/env node
'use strict';
/* global console, Blob */
// Registers soudan's rich menu (rich-menu.json + rich-menu.png, beside this file) and makes it every user's default.
// Usage: LINE_CHANNEL_ACCESS_TOKEN=... node skills/line/register-rich-menu.js [--dry-run] [--keep-old]
//   --dry-run   only asks LINE to validate the definition
//   --keep-old  leaves earlier soudan menus in place (by default menus with the same name are deleted afterwards)
// LINE_API_BASE_URL (optional) sends every call, image upload included, to that host instead (a fake LINE API).
const fs = require('node:fs');
const path = require('node:path');
const { messagingApi } = require('@line/bot-sdk');

const MENU = JSON.parse(fs.readFileSync(path.join(__dirname, 'rich-menu.json'), 'utf8'));
const IMAGE = path.join(__dirname, 'rich-menu.png');

async function main(argv, env) {
  const token = env.LINE_CHANNEL_ACCESS_TOKEN;
  if (!token) {
    console.error(
      'LINE_CHANNEL_ACCESS_TOKEN must be set (the channel access token of the Messaging API channel).',
    );
    return 2;
  }
  const baseURL = env.LINE_API_BASE_URL || undefined;
  const client = new messagingApi.MessagingApiClient({ channelAccessToken: token, baseURL });
  const blobs = new messagingApi.MessagingApiBlobClient({ channelAccessToken: token, baseURL });

  await client.validateRichMenuObject(MENU);
  if (argv.includes('--dry-run')) {
    console.log('rich menu definition is valid');
    return 0;
  }
  const earlier = argv.includes('--keep-old')
    ? []
    : ((await client.getRichMenuList()).richmenus ?? []).filter((m) => m.name === MENU.name);
  const { richMenuId } = await client.createRichMenu(MENU);
  await blobs.setRichMenuImage(richMenuId, new Blob([fs.readFileSync(IMAGE)], { type: 'image/png' }));
  await client.setDefaultRichMenu(richMenuId);
  for (const menu of earlier) await client.deleteRichMenu(menu.richMenuId);
  console.log(`rich menu ${richMenuId} is now the default (${earlier.length} older soudan menu(s) removed)`);
  return 0;
}

main(process.argv.slice(2), process.env).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`rich menu registration failed: ${error.message}${error.body ? ` ${error.body}` : ''}`);
    process.exit(1);
  },
);
