// A load probe in its own process (so its own work never delays the api it measures): polls
// /api/health, re-sends answers as contestants, and has a third process upload a paper meanwhile;
// prints one JSON line with every latency measured while the import ran. Input: one JSON argument.
const { execFile } = require('node:child_process');
const { setPriority } = require('node:os');
const { promisify } = require('node:util');

// Phones and browsers run on other machines: here the load generators yield the CPU to the api.
setPriority(10);

// The organizer's browser uploads over a network link, not at loopback speed: the body is sent at
// about 100 Mbit/s (64 KB every 5 ms), as a multipart form with the file and the bank's name.
const UPLOAD = `
require('node:os').setPriority(10);
const http = require('node:http');
const { readFileSync } = require('node:fs');
const { baseUrl, staffToken, paperPath, fileName } = JSON.parse(process.argv[1]);
const boundary = '----jingsai' + Date.now();
const body = Buffer.concat([
  Buffer.from('--' + boundary + '\\r\\nContent-Disposition: form-data; name="name"\\r\\n\\r\\n大题库\\r\\n'),
  Buffer.from('--' + boundary + '\\r\\nContent-Disposition: form-data; name="file"; filename="' + fileName + '"\\r\\nContent-Type: application/octet-stream\\r\\n\\r\\n'),
  readFileSync(paperPath),
  Buffer.from('\\r\\n--' + boundary + '--\\r\\n'),
]);
const req = http.request(baseUrl + '/api/banks/import', {
  method: 'POST',
  headers: { authorization: 'Bearer ' + staffToken, 'content-type': 'multipart/form-data; boundary=' + boundary, 'content-length': body.length },
}, (res) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (c) => (text += c));
  res.on('end', () => process.stdout.write(JSON.stringify({ status: res.statusCode, body: JSON.parse(text) })));
});
let offset = 0;
const send = () => {
  if (offset >= body.length) return req.end();
  req.write(body.subarray(offset, offset + 65536));
  offset += 65536;
  setTimeout(send, 5);
};
send();
`;

const input = JSON.parse(process.argv[2]);
const { baseUrl, contestId, questionId, tokens, staffToken, paperPath, fileName } = input;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const health = [];
  const acks = [];
  const failures = [];
  let running = true;
  let measuring = false;
  const slow = [];
  let t0 = 0;
  const timed = async (into, work, expected) => {
    const started = performance.now();
    // A dropped connection counts as a failure and as the time it took to fail.
    const status = await work().then(
      async (res) => (await res.arrayBuffer(), res.status),
      (error) => `${error.cause?.code ?? error.message}`,
    );
    const ms = performance.now() - started;
    if (status !== expected) failures.push(`${status} (expected ${expected})`);
    if (measuring) into.push(ms);
    // Slow samples, as "health@<ms into the upload>+<latency>", to see which phase of an import they met.
    if (measuring && ms > 40) slow.push(`${into === health ? 'health' : 'ack'}@${Math.round(started - t0)}+${Math.round(ms)}`);
  };
  const loops = [
    (async () => {
      while (running) {
        await timed(health, () => fetch(`${baseUrl}/api/health`), 200);
        await sleep(2);
      }
    })(),
    // Each contestant re-sends its answer (same clientKey: the same submission comes back), 8 a second.
    ...tokens.map(async (token, i) => {
      while (running) {
        await timed(
          acks,
          () =>
            fetch(`${baseUrl}/api/contests/${contestId}/submissions`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ questionId, answer: 'C', clientKey: `probe-${i}` }),
            }),
          202,
        );
        await sleep(120);
      }
    }),
  ];
  await sleep(500);
  measuring = true;
  const started = performance.now();
  t0 = started;
  // The upload runs in a process of its own too: streaming 19 MB must not delay this one's timers.
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', UPLOAD, JSON.stringify({ baseUrl, staffToken, paperPath, fileName })]);
  const { status, body } = JSON.parse(stdout);
  const importMs = performance.now() - started;
  await sleep(200);
  measuring = false;
  running = false;
  await Promise.all(loops);
  process.stdout.write(`${JSON.stringify({ status, imported: body.imported, importMs, health, acks, failures, slow })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
