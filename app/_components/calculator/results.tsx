import type { Outcome } from '@/lib/calculator/outcome';
import { READING_TOKENS_PER_SECOND, readingComparison } from '@/lib/calculator/reading';
import type { CalculatorState } from '@/lib/calculator/state';
import type { EstimateResult, Range } from '@/lib/estimator';
import { formatSeconds, roundRate } from '@/lib/format/figures';
import { CopyButton } from './copy-button';
import { FeelTheSpeed } from './feel-the-speed';
import { MemoryBar } from './memory-bar';
import styles from './calculator.module.css';

const rate = (r: Range) => `${roundRate(r.expected)}`;
const rateRange = (r: Range) => `likely ${roundRate(r.low)}–${roundRate(r.high)}`;
const timeRange = (r: Range) => `likely ${formatSeconds(r.low)}–${formatSeconds(r.high)}`;

/** The answer: verdict, memory, speed, times. Shared by the calculator and the compact widget. */
export function Verdict({ outcome }: { outcome: Outcome }) {
  const v = outcome.verdict;
  const r = outcome.result;
  if (!v || !r) return null;
  return (
    <div className={`${styles.verdict} ${styles[`tone-${v.tone}`]}`}>
      <p className={styles.verdictHeadline}>
        <span className={styles.verdictIcon} aria-hidden="true">
          {v.tone === 'good' ? '✓' : v.tone === 'partial' ? '◐' : '✕'}
        </span>
        <span data-figure="verdict">{v.headline}</span>
      </p>
      <p className={styles.verdictDetail}>
        {r.model.name} {r.quant.name} on {r.hardware.name}. {v.detail}
      </p>
    </div>
  );
}

export function SpeedStats({ result, compact = false }: { result: EstimateResult; compact?: boolean }) {
  if (result.verdict === 'does-not-fit') return null;
  return (
    <dl className={styles.stats}>
      <div className={styles.stat}>
        <dt>Generation speed</dt>
        <dd>
          <span className={styles.statValue} data-figure="decode">
            {rate(result.decodeTokensPerSecond)}
          </span>{' '}
          tokens/s
          <span className={styles.statRange}>{rateRange(result.decodeTokensPerSecond)}</span>
        </dd>
      </div>
      <div className={styles.stat}>
        <dt>Time to first token</dt>
        <dd>
          <span className={styles.statValue} data-figure="ttft">
            {formatSeconds(result.timeToFirstTokenSeconds.expected)}
          </span>
          <span className={styles.statRange}>
            for a {result.promptTokens.toLocaleString('en-US')}-token prompt, {timeRange(result.timeToFirstTokenSeconds)}
          </span>
        </dd>
      </div>
      {!compact && (
        <>
          <div className={styles.stat}>
            <dt>With the context full</dt>
            <dd>
              <span className={styles.statValue} data-figure="decode-full">
                {rate(result.decodeAtFullContextTokensPerSecond)}
              </span>{' '}
              tokens/s
              <span className={styles.statRange}>
                at {result.contextTokens.toLocaleString('en-US')} tokens, {rateRange(result.decodeAtFullContextTokensPerSecond)}
              </span>
            </dd>
          </div>
          <div className={styles.stat}>
            <dt>Prompt processing</dt>
            <dd>
              <span className={styles.statValue} data-figure="prefill">
                {rate(result.prefillTokensPerSecond)}
              </span>{' '}
              tokens/s
              <span className={styles.statRange}>{rateRange(result.prefillTokensPerSecond)}</span>
            </dd>
          </div>
          <div className={styles.stat}>
            <dt>Time to a finished answer</dt>
            <dd>
              <span className={styles.statValue} data-figure="answer">
                {formatSeconds(result.timeToAnswerSeconds.expected)}
              </span>
              <span className={styles.statRange}>
                {(result.outputTokens + result.reasoningTokens).toLocaleString('en-US')} tokens written, {timeRange(result.timeToAnswerSeconds)}
              </span>
            </dd>
          </div>
        </>
      )}
    </dl>
  );
}

function ReasoningTimes({ result }: { result: EstimateResult }) {
  const byEffort = result.timeToAnswerByReasoningEffortSeconds;
  if (!byEffort || result.verdict === 'does-not-fit') return null;
  return (
    <div className={styles.block}>
      <h3 className={styles.blockTitle}>Time to an answer by reasoning effort</h3>
      <p className={styles.muted}>
        gpt-oss thinks before it answers; on a hard problem the effort level decides how long (typical reasoning lengths, see the
        notes).
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Effort</th>
            <th scope="col">Finished answer</th>
            <th scope="col">Likely range</th>
          </tr>
        </thead>
        <tbody>
          {(['low', 'medium', 'high'] as const).map((e) => (
            <tr key={e}>
              <th scope="row">{e}</th>
              <td>{formatSeconds(byEffort[e].expected)}</td>
              <td>
                {formatSeconds(byEffort[e].low)}–{formatSeconds(byEffort[e].high)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Commands({ result }: { result: EstimateResult }) {
  if (result.verdict === 'does-not-fit') return null;
  const { ollama, llamaCpp } = result.commands;
  return (
    <div className={styles.block}>
      <h3 className={styles.blockTitle}>Run it</h3>
      {ollama && (
        <div className={styles.command}>
          <div className={styles.commandHead}>
            <span>Ollama</span>
            <CopyButton text={ollama} label="Ollama commands" />
          </div>
          <pre tabIndex={0}>
            <code>{ollama}</code>
          </pre>
        </div>
      )}
      <div className={styles.command}>
        <div className={styles.commandHead}>
          <span>llama.cpp</span>
          <CopyButton text={llamaCpp} label="llama-server command" />
        </div>
        <pre tabIndex={0}>
          <code>{llamaCpp}</code>
        </pre>
      </div>
    </div>
  );
}

/** What Ollama decided by itself, and how to change each (only with the Ollama runtime). */
function RuntimeDefaults({ result }: { result: EstimateResult }) {
  if (result.runtime.name !== 'ollama' || result.runtime.defaults.length === 0) return null;
  return (
    <div className={styles.block}>
      <h3 className={styles.blockTitle}>What Ollama {result.runtime.version} chose</h3>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Value</th>
            <th scope="col">To change it</th>
          </tr>
        </thead>
        <tbody>
          {result.runtime.defaults.map((d) => (
            <tr key={d.setting}>
              <th scope="row">
                <code>{d.setting}</code>
              </th>
              <td>{d.value}</td>
              <td>{d.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `onApply` makes each change a button (the live calculator); `hrefFor` makes it a link (a static page). */
export function Alternatives({
  outcome,
  onApply,
  hrefFor,
}: {
  outcome: Outcome;
  onApply?: (patch: Partial<CalculatorState>) => void;
  hrefFor?: (patch: Partial<CalculatorState>) => string;
}) {
  const { alternatives, devicesThatFit } = outcome;
  if (alternatives.length === 0 && devicesThatFit.length === 0) return null;
  const item = (a: Outcome['alternatives'][number], key: string) => (
    <li key={key} className={styles.alternative}>
      {onApply ? (
        <button type="button" className={styles.linkButton} onClick={() => onApply(a.patch)}>
          {a.label}
        </button>
      ) : hrefFor ? (
        <a href={hrefFor(a.patch)}>{a.label}</a>
      ) : (
        <strong>{a.label}</strong>
      )}
      <span className={styles.muted}>
        {' '}
        — {a.headline}
        {a.verdict !== 'does-not-fit' && `, about ${roundRate(a.decode.expected)} tokens/s`}
      </span>
    </li>
  );
  return (
    <div className={styles.block}>
      <h3 className={styles.blockTitle}>What to change</h3>
      {alternatives.length > 0 && <ul className={styles.alternatives}>{alternatives.map((a, i) => item(a, `c${i}`))}</ul>}
      {devicesThatFit.length > 0 && (
        <>
          <p className={styles.muted}>Hardware that holds all of it (smallest memory first):</p>
          <ul className={styles.alternatives}>{devicesThatFit.map((a, i) => item(a, `d${i}`))}</ul>
        </>
      )}
    </div>
  );
}

export function Notes({ result }: { result: EstimateResult }) {
  if (result.notes.length === 0) return null;
  return (
    <details className={styles.notes}>
      <summary>Assumptions and caveats ({result.notes.length})</summary>
      <ul>
        {result.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </details>
  );
}

/** Everything below the form: one answer, from one outcome. */
export function Results({
  outcome,
  compact = false,
  onApply,
  hrefFor,
}: {
  outcome: Outcome;
  compact?: boolean;
  onApply?: (patch: Partial<CalculatorState>) => void;
  hrefFor?: (patch: Partial<CalculatorState>) => string;
}) {
  const r = outcome.result;
  if (!r) return null;
  return (
    <div className={styles.results}>
      <Verdict outcome={outcome} />
      <MemoryBar result={r} />
      <SpeedStats result={r} compact={compact} />
      {!compact && r.verdict !== 'does-not-fit' && (
        <div className={styles.block}>
          <p className={styles.reading}>
            {readingComparison(r.decodeTokensPerSecond.expected)}
            {r.decodeTokensPerSecond.expected < READING_TOKENS_PER_SECOND && ' Try a smaller format or more of the model on the GPU.'}
          </p>
          <FeelTheSpeed tokensPerSecond={r.decodeTokensPerSecond.expected} />
        </div>
      )}
      {!compact && <ReasoningTimes result={r} />}
      {!compact && <RuntimeDefaults result={r} />}
      {!compact && <Commands result={r} />}
      {!compact && <Alternatives outcome={outcome} onApply={onApply} hrefFor={hrefFor} />}
      {!compact && <Notes result={r} />}
    </div>
  );
}
