#!/usr/bin/env node
// StartSyncExecution load on a Step Functions-compatible loopback endpoint (AWS JSON 1.0).
//
//   node sync-execution-bench.mjs --endpoint http://127.0.0.1:PORT [--seconds 10] [--concurrency 16] [--json FILE]
//
// Creates a small EXPRESS machine (Choice -> Pass), then for --seconds with 1, then --concurrency clients runs it
// synchronously, each request with its own input, and counts a request only when the execution SUCCEEDED with the
// output the machine must give. Requests are raw HTTP through undici with a SigV4 signature (credentials local/local),
// as cognito-bench.mjs sends them; run it from the perf folder so that its node_modules resolve.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';

const REGION = 'us-east-1';
const DEFINITION = {
  StartAt: 'Classify',
  States: {
    Classify: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThanEquals: 500, Next: 'Large' }], Default: 'Small' },
    Large: { Type: 'Pass', Parameters: { 'n.$': '$.n', size: 'large' }, End: true },
    Small: { Type: 'Pass', Parameters: { 'n.$': '$.n', size: 'small' }, End: true },
  },
};

function parseArgs(argv) {
  const o = { endpoint: null, seconds: 10, concurrency: 16, json: null };
  for (let i = 0; i < argv.length; i++) {
    const v = () => argv[++i];
    if (argv[i] === '--endpoint') o.endpoint = v().replace(/\/$/, '');
    else if (argv[i] === '--seconds') o.seconds = Number(v());
    else if (argv[i] === '--concurrency') o.concurrency = Number(v());
    else if (argv[i] === '--json') o.json = v();
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  if (!o.endpoint || !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(o.endpoint)) {
    throw new Error('--endpoint must be a loopback http URL');
  }
  return o;
}

const percentile = (s, p) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null);
function latencyStats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const r = (x) => (x === null ? null : +x.toFixed(2));
  return { n: s.length, p50Ms: r(percentile(s, 50)), p90Ms: r(percentile(s, 90)), p99Ms: r(percentile(s, 99)), maxMs: r(s.at(-1) ?? null) };
}

class Api {
  constructor(endpoint, connections) {
    this.url = new URL(endpoint);
    this.pool = new Pool(this.url.origin, { connections, pipelining: 1 });
    this.signer = new SignatureV4({ service: 'states', region: REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, sha256: Sha256 });
  }

  async call(action, body) {
    const payload = JSON.stringify(body);
    const signed = await this.signer.sign({
      method: 'POST', protocol: 'http:', hostname: this.url.hostname, port: Number(this.url.port), path: '/', body: payload,
      headers: { host: this.url.host, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AWSStepFunctions.${action}` },
    });
    const start = performance.now();
    const res = await this.pool.request({ method: 'POST', path: '/', headers: signed.headers, body: payload });
    const text = await res.body.text();
    return { status: res.statusCode, text, ms: performance.now() - start };
  }

  close() { return this.pool.close(); }
}

async function phase(endpoint, machineArn, concurrency, seconds) {
  const api = new Api(endpoint, concurrency);
  const latencies = [];
  let errors = 0;
  let firstError = null;
  let next = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  async function worker() {
    while (performance.now() < end) {
      const n = next++ % 1000;
      const r = await api.call('StartSyncExecution', { stateMachineArn: machineArn, input: JSON.stringify({ n }) });
      const body = r.status === 200 ? JSON.parse(r.text) : null;
      const expected = JSON.stringify({ n, size: n >= 500 ? 'large' : 'small' });
      if (body?.status !== 'SUCCEEDED' || JSON.stringify(JSON.parse(body.output)) !== expected) {
        errors++;
        firstError ??= `${r.status} ${r.text.slice(0, 200)}`;
        continue;
      }
      latencies.push(r.ms);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedS = (performance.now() - start) / 1000;
  await api.close();
  return {
    concurrency, seconds: +elapsedS.toFixed(2), ok: latencies.length, errors, ...(firstError ? { firstError } : {}),
    requestsPerSec: +(latencies.length / elapsedS).toFixed(1), latency: latencyStats(latencies),
  };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const api = new Api(o.endpoint, 1);
  const created = await api.call('CreateStateMachine', {
    name: `sync-bench-${Date.now()}`, type: 'EXPRESS', roleArn: 'arn:aws:iam::000000000000:role/bench',
    definition: JSON.stringify(DEFINITION),
  });
  await api.close();
  if (created.status !== 200) throw new Error(`CreateStateMachine: ${created.status} ${created.text}`);
  const machineArn = JSON.parse(created.text).stateMachineArn;
  const report = { startedAt: new Date().toISOString(), node: process.version, options: o, startSyncExecution: [] };
  for (const c of [1, o.concurrency]) {
    report.startSyncExecution.push(await phase(o.endpoint, machineArn, c, o.seconds));
    console.error(`StartSyncExecution c=${c}: ${JSON.stringify(report.startSyncExecution.at(-1))}`);
  }
  const text = JSON.stringify(report, null, 2);
  if (o.json) writeFileSync(o.json, text + '\n');
  console.log(text);
}

main().catch((e) => { console.error(e.stack ?? String(e)); process.exitCode = 1; });
