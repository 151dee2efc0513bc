/** Human-readable rendering of an estimate for the terminal. */
import type { EstimateResult, Range } from '../estimator';

const range = (r: Range, unit: string) => `${r.expected} ${unit} (likely ${r.low}–${r.high})`;

const VERDICT_TEXT: Record<EstimateResult['verdict'], string> = {
  fits: 'Runs entirely on the accelerator',
  offload: 'Runs with part of the model in system RAM',
  'cpu-only': 'Runs on the CPU only',
  'does-not-fit': 'Does not fit',
};

export function formatResult(r: EstimateResult): string {
  const m = r.memoryGB;
  const { matchedFrom, id } = r.hardware;
  const lines = [
    `${r.model.name} ${r.quant.name} on ${r.hardware.name} (${r.hardware.backend}), ${r.contextTokens}-token context`,
    // What the device text was read as, when it was not the id itself; what was assumed is in the notes.
    ...(matchedFrom && matchedFrom.text.toLowerCase() !== id ? [`Device: "${matchedFrom.text}" read as ${id}${matchedFrom.assumed ? ' (assumed, see notes)' : ''}`] : []),
    `${VERDICT_TEXT[r.verdict]}. ${r.placement.description}`,
    `Memory: ${m.total} of ${m.available} GB (weights ${m.weights}, KV cache ${m.kvCache}, compute ${m.compute}, runtime ${m.overhead})` +
      (r.placement.systemRamGB > 0 ? `; ${r.placement.systemRamGB} GB in system RAM` : ''),
  ];
  if (r.verdict !== 'does-not-fit') {
    lines.push(
      `Generation: ${range(r.decodeTokensPerSecond, 'tokens/s')}; with the context full: ${r.decodeAtFullContextTokensPerSecond.expected} tokens/s`,
      `Prompt processing: ${range(r.prefillTokensPerSecond, 'tokens/s')}; first token after ${r.promptTokens} prompt tokens in ${r.timeToFirstTokenSeconds.expected} s`,
      `A ${r.outputTokens + r.reasoningTokens}-token answer: ${range(r.timeToAnswerSeconds, 's')}`,
      '',
      `llama.cpp: ${r.commands.llamaCpp}`,
    );
    if (r.commands.ollama) lines.push(`Ollama:    ${r.commands.ollama.replaceAll('\n', '\n           ')}`);
  }
  if (r.notes.length) lines.push('', ...r.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}
