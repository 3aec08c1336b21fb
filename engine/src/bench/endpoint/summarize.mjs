#!/usr/bin/env node
// Medians over the runs of compare-with-cognito-local.sh: node summarize.mjs OUT_DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const load = (prefix) => readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};
const row = (label, reports, pick) => {
  const values = reports.map(pick);
  const errors = values.reduce((n, v) => n + (v?.errors ?? 0), 0);
  console.log(`| ${label} | ${median(values.map((v) => v?.requestsPerSec))} /s | ${median(values.map((v) => v?.latency?.p50Ms))} ms`
    + ` | ${median(values.map((v) => v?.latency?.p99Ms))} ms | ${values.length} | ${errors} |`);
};

const ours = load('stepwise-cognito-');
const peer = load('cognito-local-');
const sync = load('stepwise-sync-');
console.log('| measurement | req/s | p50 | p99 | runs | errors |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const i of [0, 1]) {
  const c = ours[0]?.initiateAuth[i]?.concurrency;
  row(`InitiateAuth, ${c} client(s), Stepwise`, ours, (r) => r.initiateAuth[i]);
  row(`InitiateAuth, ${c} client(s), cognito-local`, peer, (r) => r.initiateAuth[i]);
}
for (const i of [0, 1]) {
  row(`StartSyncExecution, ${sync[0]?.startSyncExecution[i]?.concurrency} client(s), Stepwise`, sync,
    (r) => r.startSyncExecution[i]);
}
const bulk = (reports) => median(reports.map((r) => r.signUpConfirm?.usersPerSec));
console.log(`\nSignUp + AdminConfirmSignUp, users per second (median): Stepwise ${bulk(ours)}, cognito-local ${bulk(peer)}`);
const list = (reports, k) => median(reports.map((r) => r.listUsers?.[k]?.latency?.p50Ms));
for (const k of ['noLimit', 'limit60', 'emailFilter']) {
  console.log(`ListUsers ${k} p50 (median): Stepwise ${list(ours, k)} ms, cognito-local ${list(peer, k)} ms`);
}
console.log(`cognito-local storage: ${peer.map((r) => r.storage?.storedPassword).join('; ')}`);
