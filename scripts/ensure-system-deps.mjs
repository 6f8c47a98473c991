#!/usr/bin/env node
// Makes sure the system programs the tests drive are installed: Debian's chromium and
// firefox-esr (real browsers; no test tool may download its own), hugo and jekyll (real
// blog builds), openssl (the Firefox fixture's certificate). As root it installs what is missing with apt; otherwise it says exactly how.
// Usage: node scripts/ensure-system-deps.mjs [program ...]   (default: all of them)
import { execFileSync, spawnSync } from 'node:child_process';

const PACKAGES = { chromium: 'chromium', 'firefox-esr': 'firefox-esr', hugo: 'hugo', jekyll: 'jekyll', openssl: 'openssl' };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(PACKAGES);

const onPath = (program) => spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
const missing = wanted.filter((program) => !onPath(program));
if (missing.length === 0) process.exit(0);

const packages = missing.map((program) => PACKAGES[program] ?? program);
const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
if (process.getuid?.() !== 0) {
  console.error(`Missing: ${missing.join(', ')}. Install them with:\n\n  sudo sh -c '${command}'\n`);
  process.exit(1);
}
console.log(`Installing ${packages.join(', ')} with apt…`);
execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
