/**
 * CLI entry: `npm run --silent estimate -- --model gpt-oss-20b --device "RTX 4090" [--json]`, or
 * `--batch` with one JSON input per line on stdin and one JSON result per line on stdout.
 * Bad input prints one line on stderr (`Error (field): message`, never a stack trace) and exits 2; with
 * --json, stdout also gets {"error": {"field", "message"}}. A bad batch line gets its error and the rest go on.
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

/** One line on stderr (and the JSON error on stdout for --json): what a script and a person both need. */
function fail(error: { field: string; message: string }, json: boolean): number {
  if (json) process.stdout.write(`${JSON.stringify({ error })}\n`);
  process.stderr.write(`Error (${error.field}): ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
}

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  const wantsJson = process.argv.includes('--json');
  if (!parsed.ok) return fail({ field: parsed.field, message: parsed.message }, wantsJson);
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
  if (!r.ok) return fail(r.error, args.json);
  process.stdout.write(args.json ? `${resultJson(r.value, 2)}\n` : `${formatResult(r.value)}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    // Never a stack trace: the engine does not throw on bad input, so this is a bug worth reporting plainly.
    process.stderr.write(`Error (internal): ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
