/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, the checks
 * addons.mozilla.org runs on upload) over the built .output/firefox-mv3.
 *
 * Fails on any error, and on any warning or notice except the few known warnings that
 * sit in bundled dependencies (each named below with its source and why it is safe;
 * docs/firefox.md says the same for the README). A warning in our own code fails the run.
 * `--warnings-as-errors` cannot be used: it would fail on the dependency warnings too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SOURCE_DIR = resolve(process.argv[2] ?? '.output/firefox-mv3');

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface KnownDependencyWarning {
  code: string;
  /** Matched against the minified source around the reported line and column. */
  source: RegExp;
  origin: string;
}

/** Warnings that come from bundled dependencies, not from our code. Keep docs/firefox.md in step. */
const KNOWN_DEPENDENCY_WARNINGS: KnownDependencyWarning[] = [
  {
    code: 'DANGEROUS_EVAL',
    source: /Cloudflare.{0,80}Function\(/,
    origin:
      'zod v4 (zod/v4/core/util.js, allowsEval): a `new Function("")` probe inside try/catch that decides whether zod may JIT-compile object parsers; the extension CSP forbids eval, the probe throws, zod uses its interpreter. No string from anywhere is evaluated.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: /__html.{0,80}innerHTML=/,
    origin:
      'Preact (preact/src/diff/index.js): how Preact applies a dangerouslySetInnerHTML prop; our only such prop is the export preview, whose HTML comes from marked and is sanitised by DOMPurify first.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: /createDocument\(.{0,60}innerHTML=/,
    origin:
      'DOMPurify (purify.es.mjs, _initDocument): the sanitiser parses the untrusted HTML into an inert document that is never rendered, then cleans it.',
  },
];

function sourceAround(message: LintMessage): string {
  if (message.file === undefined || message.line === undefined) return '';
  const file = join(SOURCE_DIR, message.file);
  if (!existsSync(file)) return '';
  const line = readFileSync(file, 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 200), column + 200);
}

function where(message: LintMessage): string {
  return [message.file ?? 'extension', message.line, message.column].filter((part) => part !== undefined).join(':');
}

function runLinter(): LintReport {
  if (!existsSync(join(SOURCE_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${SOURCE_DIR}: run "npx wxt build -b firefox --mv3" first.`);
  }
  // Not --self-hosted: the add-on is meant for addons.mozilla.org, so its checks apply.
  const result = spawnSync(
    process.platform === 'win32' ? 'web-ext.cmd' : resolve('node_modules/.bin/web-ext'),
    ['lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const start = result.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint gave no report (exit ${String(result.status)}):\n${result.stderr}`);
  return JSON.parse(result.stdout.slice(start)) as LintReport;
}

const report = runLinter();
const failures: string[] = [];
const explained: string[] = [];
for (const message of [...report.errors, ...report.warnings, ...report.notices]) {
  const text = `${message._type.toUpperCase()} ${message.code} at ${where(message)}: ${message.message}`;
  const known =
    message._type === 'warning'
      ? KNOWN_DEPENDENCY_WARNINGS.find((entry) => entry.code === message.code && entry.source.test(sourceAround(message)))
      : undefined;
  if (known) explained.push(`${text}\n    dependency: ${known.origin}`);
  else failures.push(`${text}\n    ${[message.description ?? ''].flat().join(' ').slice(0, 400)}`);
}

console.log(`web-ext lint ${SOURCE_DIR}`);
if (explained.length > 0) console.log(`\nKnown warnings in bundled dependencies (see docs/firefox.md):\n${explained.map((line) => `  ${line}`).join('\n')}`);
if (failures.length > 0) console.log(`\nProblems to fix:\n${failures.map((line) => `  ${line}`).join('\n')}`);
const { errors, warnings, notices } = report.summary;
const ok = failures.length === 0;
console.log(
  `\nFIREFOX LINT ${ok ? 'PASS' : 'FAIL'}: ${errors} errors, ${warnings} warnings (${explained.length} in known dependencies, ${warnings - explained.length} in our code), ${notices} notices`,
);
process.exit(ok ? 0 : 1);
