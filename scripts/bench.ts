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
