// Builds the Teams app package: fills manifest.template.json from the environment,
// validates it, and zips manifest.json + both icons at the zip root.
// Usage: BOT_ID=<guid> [BOT_DOMAIN=host] node manifest/pack.mjs [--out path.zip]
// Optional: DEVELOPER_NAME, DEVELOPER_URL, PRIVACY_URL, TERMS_URL, APP_VERSION.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { checkManifest, fillTemplate, templatePath } from '../scripts/validate-manifest.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fail(message) {
  console.error(`pack failed: ${message}`);
  process.exit(1);
}

function valuesFromEnv(env) {
  const botId = env.BOT_ID?.trim();
  if (!botId) fail('BOT_ID is not set; set it to the bot identity\'s client id (a GUID)');
  if (!GUID.test(botId)) fail(`BOT_ID "${botId}" is not a GUID`);
  const domain = env.BOT_DOMAIN?.trim() ?? '';
  if (domain && !/^[a-z0-9*]([a-z0-9.*-]*[a-z0-9])?$/i.test(domain)) {
    fail(`BOT_DOMAIN "${domain}" must be a host name only, such as app-evalbot.azurewebsites.net`);
  }
  let site = env.DEVELOPER_URL?.trim();
  if (!site) {
    site = domain && !domain.includes('*') ? `https://${domain}` : 'https://localhost';
    if (site === 'https://localhost') {
      console.warn('DEVELOPER_URL is not set: using https://localhost, which is fine for sideloading only');
    }
  }
  const values = {
    BOT_ID: botId.toLowerCase(),
    BOT_DOMAIN: domain,
    DEVELOPER_NAME: env.DEVELOPER_NAME?.trim() || 'TeamsEvalBot',
    DEVELOPER_URL: site,
    PRIVACY_URL: env.PRIVACY_URL?.trim() || `${site.replace(/\/$/, '')}/privacy`,
    TERMS_URL: env.TERMS_URL?.trim() || `${site.replace(/\/$/, '')}/terms`,
  };
  for (const key of ['DEVELOPER_URL', 'PRIVACY_URL', 'TERMS_URL']) {
    if (!/^https:\/\//i.test(values[key])) fail(`${key} "${values[key]}" must start with https://`);
  }
  return values;
}

// A fixed timestamp (2026-01-01 00:00) keeps the zip byte-identical for the same inputs.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

// A minimal zip: deflated entries, no extra fields, no zip64 (the package is a few KB).
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0, for deflate
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra length
    locals.push(local, nameBytes, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk number, internal and external attributes stay 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8); // entries on this disk
  end.writeUInt16LE(entries.length, 10); // entries in total
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function main(args) {
  const at = args.indexOf('--out');
  const out = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : join(here, 'build', 'TeamsEvalBot.zip');
  const values = valuesFromEnv(process.env);
  const manifest = fillTemplate(JSON.parse(readFileSync(templatePath, 'utf8')), values);
  if (process.env.APP_VERSION) manifest.version = process.env.APP_VERSION.trim();

  const problems = await checkManifest(manifest, here);
  if (problems.length > 0) fail(`the manifest is not valid:\n  ${problems.join('\n  ')}`);

  const entries = [
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') },
    { name: manifest.icons.color, data: readFileSync(join(here, manifest.icons.color)) },
    { name: manifest.icons.outline, data: readFileSync(join(here, manifest.icons.outline)) },
  ];
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip(entries));
  console.log(`wrote ${out} (bot ${values.BOT_ID}, schema v${manifest.manifestVersion})`);
}

main(process.argv.slice(2)).catch((error) => fail(error.message));
