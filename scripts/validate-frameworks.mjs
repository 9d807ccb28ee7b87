// Checks framework data files against Frameworks/Data/framework.schema.json (JSON Schema 2020-12), offline.
// The C# loader checks the rules a schema cannot express (one indicator per level, ids under their key feature).
// Usage: node scripts/validate-frameworks.mjs [file.json ...]
// Without arguments it checks every framework in src/TeamsEvalBot.Domain/Frameworks/Data.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(repoRoot, 'src', 'TeamsEvalBot.Domain', 'Frameworks', 'Data');
const schemaName = 'framework.schema.json';

function loadAjv2020() {
  // ajv arrives with the pinned tools in scripts/ (package-lock.json), so resolve it from there.
  const require = createRequire(join(repoRoot, 'scripts', 'package.json'));
  try {
    return require('ajv/dist/2020').default;
  } catch (error) {
    throw new Error(`ajv is not installed; run "npm ci" in scripts/ (${error.message})`);
  }
}

function main(args) {
  const Ajv2020 = loadAjv2020();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(JSON.parse(readFileSync(join(dataDir, schemaName), 'utf8')));
  const files = args.length > 0
    ? args.map((f) => resolve(f))
    : readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== schemaName).sort().map((f) => join(dataDir, f));
  if (files.length === 0) throw new Error(`no framework files found in ${dataDir}`);

  let failed = 0;
  for (const file of files) {
    let framework;
    try {
      framework = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`${basename(file)}: cannot be read as JSON: ${error.message}`);
      failed++;
      continue;
    }
    if (validate(framework)) continue;
    failed++;
    for (const error of validate.errors) {
      console.error(`${basename(file)}: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
    }
  }
  if (failed > 0) {
    console.error(`frameworks not ok: ${failed} of ${files.length} file(s) break ${schemaName}`);
    return 1;
  }
  console.log(`frameworks ok (${files.length} file(s) match ${schemaName})`);
  return 0;
}

try {
  process.exit(main(process.argv.slice(2)));
} catch (error) {
  console.error(`framework check failed: ${error.message}`);
  process.exit(1);
}
