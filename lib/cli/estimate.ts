/**
 * CLI entry: `npm run --silent estimate -- --model gpt-oss-20b --device "RTX 4090" [--json]`, or
 * `--batch` with one JSON input per line on stdin and one JSON result per line on stdout.
 * Bad input prints {"error": {"field", "message"}} (or a readable line) and exits 2; a bad batch
 * line gets its error and the rest go on.
 */
import { createInterface } from 'node:readline';
import { modelById } from '../catalog';
import { fileSizeSource } from '../catalog/provenance';
import { estimate, type EstimateInput, type EstimateResult } from '../estimator';
import { HELP, parseCliArgs } from './args';
import { formatResult } from './format';

/** The result as JSON, with the file size's source (the engine leaves provenance to the catalog). */
function resultJson(r: EstimateResult, space?: number): string {
  const model = modelById.get(r.model.id)!;
  return JSON.stringify({ ...r, quant: { ...r.quant, fileSizeSource: fileSizeSource(model, r.quant.id) } }, null, space);
}

function estimateLine(line: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: { field: 'line', message: 'Not valid JSON; give one object per line.' } });
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return JSON.stringify({ error: { field: 'line', message: 'Each line must be a JSON object of inputs.' } });
  const r = estimate(input as EstimateInput);
  return r.ok ? resultJson(r.value) : JSON.stringify({ error: r.error });
}

async function runBatch(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    process.stdout.write(`${estimateLine(line)}\n`);
  }
}

/**
 * Output read by a program that stops early (`| head -1`) closes the pipe: writes then fail with EPIPE.
 * That is the reader's choice, not an error: stop quietly with exit code 0.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
quietOnClosedPipe(process.stdout);

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  const wantsJson = process.argv.includes('--json');
  if (!parsed.ok) {
    const error = { field: parsed.field, message: parsed.message };
    process.stdout.write(wantsJson ? `${JSON.stringify({ error })}\n` : `Error (${error.field}): ${error.message}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.batch) {
    await runBatch();
    return 0;
  }
  const r = estimate(args.input);
  if (!r.ok) {
    process.stdout.write(args.json ? `${JSON.stringify({ error: r.error })}\n` : `Error (${r.error.field}): ${r.error.message}\n`);
    return 2;
  }
  process.stdout.write(args.json ? `${resultJson(r.value, 2)}\n` : `${formatResult(r.value)}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    // Never a stack trace: the engine does not throw on bad input, so this is a bug worth reporting plainly.
    process.stdout.write(`${JSON.stringify({ error: { field: 'internal', message: e instanceof Error ? e.message : String(e) } })}\n`);
    process.exitCode = 1;
  },
);
