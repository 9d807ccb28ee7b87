// Checks the Teams app manifest offline: the JSON schema that @microsoft/app-manifest ships,
// plus the rules the schema cannot see (icon sizes and colours, command list limits).
// Usage: node scripts/validate-manifest.mjs [--file path/to/manifest.json]
// Without --file it checks manifest/manifest.template.json filled with dummy values.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const templatePath = join(repoRoot, 'manifest', 'manifest.template.json');

// Used only to check the template; pack.mjs supplies the real values.
export const dummyValues = {
  BOT_ID: '00000000-0000-4000-8000-000000000000',
  BOT_DOMAIN: '',
  DEVELOPER_NAME: 'TeamsEvalBot',
  DEVELOPER_URL: 'https://localhost',
  PRIVACY_URL: 'https://localhost/privacy',
  TERMS_URL: 'https://localhost/terms',
};

const ICONS = { color: 192, outline: 32 };
const MAX_LISTS = 3;
const MAX_COMMANDS = 12;
const MAX_TITLE = 128;

function loadAppManifest() {
  // Resolve from scripts/, where package.json pins the version.
  const require = createRequire(join(repoRoot, 'scripts', 'package.json'));
  try {
    return require('@microsoft/app-manifest');
  } catch (error) {
    throw new Error(`@microsoft/app-manifest is not installed; run "npm ci" in scripts/ (${error.message})`);
  }
}

/** Replaces ${{NAME}} in every string; an empty BOT_DOMAIN leaves validDomains empty. */
export function fillTemplate(template, values) {
  const fill = (node) => {
    if (typeof node === 'string') {
      return node.replace(/\$\{\{(\w+)\}\}/g, (whole, name) => values[name] ?? whole);
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    }
    return node;
  };
  const manifest = fill(template);
  if (Array.isArray(manifest.validDomains)) {
    manifest.validDomains = manifest.validDomains.filter((d) => d !== '');
  }
  return manifest;
}

// Reads a PNG's header and, for 8-bit non-interlaced images, its pixels.
export function readPng(file) {
  const data = readFileSync(file);
  if (data.length < 33 || data.toString('latin1', 1, 4) !== 'PNG' || data.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  const png = {
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
    bitDepth: data[24],
    colorType: data[25],
    interlaced: data[28] !== 0,
    hasTrns: false,
  };
  const idat = [];
  for (let at = 8; at + 8 <= data.length; ) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
    if (type === 'tRNS') png.hasTrns = true;
    at += length + 12;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[png.colorType];
  if (png.bitDepth === 8 && channels && !png.interlaced) {
    png.channels = channels;
    png.pixels = unfilter(zlib.inflateSync(Buffer.concat(idat)), png.width, png.height, channels);
  }
  return png;
}

// Undoes the per-row PNG filters (None, Sub, Up, Average, Paeth).
function unfilter(raw, width, height, bpp) {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      out[y * stride + x] = (row[x] + predictor) & 0xff;
    }
  }
  return out;
}

function checkIcons(manifest, baseDir, problems) {
  for (const [kind, size] of Object.entries(ICONS)) {
    const name = manifest.icons?.[kind];
    if (!name) continue; // the schema reports a missing icon
    const file = join(baseDir, name);
    if (!existsSync(file)) {
      problems.push(`icons.${kind}: ${file} does not exist`);
      continue;
    }
    let png;
    try {
      png = readPng(file);
    } catch (error) {
      problems.push(`icons.${kind}: ${name} cannot be read: ${error.message}`);
      continue;
    }
    if (png.width !== size || png.height !== size) {
      problems.push(`icons.${kind}: ${name} is ${png.width}x${png.height}, Teams needs ${size}x${size}`);
    }
    if (kind !== 'outline') continue;
    if (png.colorType !== 4 && png.colorType !== 6 && !png.hasTrns) {
      problems.push(`icons.outline: ${name} has no alpha channel, Teams needs a transparent background`);
    } else if (png.pixels && png.channels % 2 === 0) {
      // Teams draws the outline icon itself, so every visible pixel must be white.
      const alpha = png.channels - 1;
      let coloured = 0;
      for (let i = 0; i < png.pixels.length; i += png.channels) {
        if (png.pixels[i + alpha] > 0 && png.pixels.subarray(i, i + alpha).some((v) => v < 250)) coloured++;
      }
      if (coloured > 0) problems.push(`icons.outline: ${name} has ${coloured} visible pixels that are not white`);
    }
  }
}

function checkCommands(manifest, problems) {
  (manifest.bots ?? []).forEach((bot, b) => {
    const lists = bot.commandLists ?? [];
    if (lists.length > MAX_LISTS) {
      problems.push(`bots[${b}].commandLists has ${lists.length} lists, Teams allows at most ${MAX_LISTS}`);
    }
    lists.forEach((list, l) => {
      const commands = list.commands ?? [];
      if (commands.length > MAX_COMMANDS) {
        problems.push(`bots[${b}].commandLists[${l}] has ${commands.length} commands, Teams allows at most ${MAX_COMMANDS}`);
      }
      commands.forEach((command, c) => {
        const where = `bots[${b}].commandLists[${l}].commands[${c}]`;
        if (!command.title || command.title.length > MAX_TITLE) {
          problems.push(`${where}: the title must have 1 to ${MAX_TITLE} characters`);
        }
        if (!command.description?.trim()) problems.push(`${where} (${command.title}): has no description`);
      });
    });
  });
  const botId = manifest.bots?.[0]?.botId;
  (manifest.composeExtensions ?? []).forEach((extension, i) => {
    if (extension.botId && botId && extension.botId !== botId) {
      problems.push(`composeExtensions[${i}].botId differs from bots[0].botId`);
    }
  });
}

async function checkSchema(manifest, problems) {
  const { AppManifestUtils } = loadAppManifest();
  const version = manifest.manifestVersion;
  const schemaVersion = /\/json-schemas\/teams\/v([^/]+)\//.exec(manifest.$schema ?? '')?.[1];
  if (!schemaVersion) {
    problems.push('$schema must be a developer.microsoft.com Teams schema URL');
    return;
  }
  if (schemaVersion !== version) {
    problems.push(`$schema is v${schemaVersion} but manifestVersion is ${version}`);
  }
  // Insist on the schema the package ships, so the check never goes to the network.
  const packageBuild = dirname(createRequire(join(repoRoot, 'scripts', 'package.json')).resolve('@microsoft/app-manifest'));
  const local = join(packageBuild, 'json-schemas', 'teams', `v${schemaVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(local)) {
    problems.push(`schema v${schemaVersion} is not shipped with @microsoft/app-manifest, so it cannot be checked offline`);
    return;
  }
  const schema = await AppManifestUtils.fetchSchema(manifest.$schema);
  for (const error of await AppManifestUtils.validateAgainstSchema(manifest, schema)) {
    problems.push(`schema: ${error}`);
  }
}

/** Every problem found in a filled manifest whose icons live in baseDir; empty means valid. */
export async function checkManifest(manifest, baseDir) {
  const problems = [];
  const unfilled = JSON.stringify(manifest).match(/\$\{\{\w+\}\}/g);
  if (unfilled) problems.push(`placeholders left unfilled: ${[...new Set(unfilled)].join(', ')}`);
  await checkSchema(manifest, problems);
  checkIcons(manifest, baseDir, problems);
  checkCommands(manifest, problems);
  return problems;
}

async function main(args) {
  const at = args.indexOf('--file');
  if (at >= 0 && !args[at + 1]) throw new Error('--file needs a path');
  const file = at >= 0 ? resolve(args[at + 1]) : templatePath;
  const manifest = fillTemplate(JSON.parse(readFileSync(file, 'utf8')), dummyValues);
  const problems = await checkManifest(manifest, dirname(file));
  for (const problem of problems) console.error(`manifest problem: ${problem}`);
  if (problems.length > 0) {
    console.error(`manifest not ok: ${problems.length} problem(s) in ${file}`);
    return 1;
  }
  console.log(`manifest ok (schema v${manifest.manifestVersion})`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`manifest check failed: ${error.message}`);
      process.exit(1);
    },
  );
}
