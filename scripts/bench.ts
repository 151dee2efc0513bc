/**
 * npm run bench: estimate every catalog device x model x format at three context lengths and
 * print estimates per second. A benchmark, not a test: the target (>= 100,000/s in Node) keeps
 * whole-catalog tables and charts instant; nothing fails on a slow machine.
 */
import { devices, models } from '../lib/catalog';
import { estimate, type EstimateInput } from '../lib/estimator';

const inputs: EstimateInput[] = [];
for (const d of devices)
  for (const m of models)
    for (const quant of m.formats)
      for (const contextTokens of new Set([4096, 32768, m.architecture.maxContextTokens].map((c) => Math.min(c, m.architecture.maxContextTokens))))
        inputs.push({ model: m.id, quant, device: d.id, contextTokens });

let failures = 0;
const run = () => {
  for (const input of inputs) if (!estimate(input).ok) failures++;
};
run(); // warm up the JIT
failures = 0;
const rounds = 3;
const start = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) run();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const perSecond = Math.round((inputs.length * rounds) / seconds);
console.log(`${inputs.length} scenarios (${devices.length} devices x ${models.length} models x formats x up to 3 contexts), ${rounds} rounds`);
console.log(`${perSecond.toLocaleString('en-US')} estimates/s (${((seconds / (inputs.length * rounds)) * 1e6).toFixed(1)} µs each)`);
console.log(perSecond >= 100_000 ? 'target met: >= 100,000 estimates/s' : 'below the 100,000 estimates/s target');
if (failures) console.log(`${failures} estimates returned an error`);

// The calculator's work per input change: one buildOutcome() with alternatives and all three charts
// (the same call the browser makes), on states that need alternatives and that do not.
import { buildOutcome, type OutcomeOptions } from '../lib/calculator/outcome';
import { scenario } from '../lib/calculator/state';

const FULL: OutcomeOptions = { alternatives: true, charts: ['byContext', 'acrossDevices', 'offload'] };
const states = [
  scenario(),
  scenario({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64 }),
  scenario({ model: 'llama-3.1-70b', device: 'rtx-4060', contextTokens: 32768 }),
  scenario({ model: 'qwen3-30b-a3b', device: 'apple-m4-max-16c40g', contextTokens: 65536 }),
];
for (const s of states) buildOutcome(s, FULL);
const times: number[] = [];
for (let i = 0; i < 50; i++)
  for (const s of states) {
    const t = performance.now();
    buildOutcome(s, FULL);
    times.push(performance.now() - t);
  }
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
console.log(`calculator: buildOutcome per input change: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms (budget 50 ms)`);
