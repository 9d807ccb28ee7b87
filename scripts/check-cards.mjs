// Checks Adaptive Cards with the official adaptivecards library.
// Reads one JSON card per line on stdin; writes one JSON line per card:
// {"ok": bool, "problems": [..]}. Teams renders bot cards up to version 1.5.
import { createRequire } from 'node:module';
import readline from 'node:readline';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

const MAX_TEAMS_VERSION = 1.5;

function check(json) {
  const problems = [];
  const version = Number.parseFloat(json?.version);
  if (!(version >= 1.0 && version <= MAX_TEAMS_VERSION)) {
    problems.push(`version "${json?.version}" is not between 1.0 and ${MAX_TEAMS_VERSION}`);
  }
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) {
    problems.push(`validate: ${e.message}`);
  }
  return problems;
}

const lines = readline.createInterface({ input: process.stdin, terminal: false });
for await (const line of lines) {
  if (!line.trim()) continue;
  let problems;
  try {
    problems = check(JSON.parse(line));
  } catch (error) {
    problems = [`not JSON or not parseable: ${error.message}`];
  }
  process.stdout.write(JSON.stringify({ ok: problems.length === 0, problems }) + '\n');
}
