'use client';

import type { ReactNode } from 'react';
import type { PickerItem } from '@/lib/calculator/filter';
import type { Outcome } from '@/lib/calculator/outcome';
import { RAM_PRESETS, RAM_SIZES_GB, ramPresetFor } from '@/lib/calculator/ram-presets';
import { CUSTOM_DEVICE, type CalculatorState, type CustomHardware } from '@/lib/calculator/state';
import { ContextField } from './context-field';
import { CheckField, NumberField, SelectField } from './fields';
import { Picker } from './picker';
import styles from './calculator.module.css';

export type Change = (patch: Partial<CalculatorState>, commit: boolean) => void;

interface FormProps {
  state: CalculatorState;
  outcome: Outcome;
  onChange: Change;
  deviceItems?: readonly PickerItem[];
  modelItems?: readonly PickerItem[];
  onWant: () => void;
  compact?: boolean;
  /** Detect-my-GPU control, shown under the device picker. */
  detect?: ReactNode;
}

const CUSTOM_ITEM: PickerItem = {
  id: CUSTOM_DEVICE,
  name: 'Custom hardware',
  group: 'Not listed',
  detail: 'Type memory and bandwidth yourself',
  keywords: 'custom other manual',
};

export function CalculatorForm({ state, outcome, onChange, deviceItems, modelItems, onWant, compact, detect }: FormProps) {
  const err = (field: string) => (outcome.error?.field === field ? outcome.error.message : undefined);
  const model = outcome.model;
  const device = outcome.device;
  const discrete = device ? device.memoryKind === 'discrete' || (device.memoryKind === 'custom' && state.custom?.kind === 'discrete') : true;
  const custom = state.device === CUSTOM_DEVICE ? state.custom : undefined;
  const setCustom = (patch: Partial<CustomHardware>, commit: boolean) =>
    onChange({ custom: { ...(custom ?? { memoryGB: 24, bandwidthGBps: 1000, kind: 'discrete' }), ...patch } }, commit);
  const modelDetail = model
    ? `${model.totalParamsB}B parameters${model.activeParamsB < model.totalParamsB ? `, ${model.activeParamsB}B active per token` : ''} · ${model.license}`
    : undefined;
  const format = outcome.formats.find((f) => f.id === (state.quant ?? outcome.formats.find((x) => x.usual)?.id));
  const offloadMode = state.offload.split(':')[0] as 'auto' | 'none' | 'cpu-moe' | 'gpu-layers';
  const offloadN = Number(state.offload.split(':')[1] ?? 0);
  const errorField = outcome.error?.field;
  const hardwareError = errorField !== undefined && ['devices', 'systemRamGB', 'systemRamBandwidthGBps'].includes(errorField);
  const runError = errorField !== undefined && ['promptTokens', 'outputTokens', 'kvCache', 'offload', 'reasoningEffort'].includes(errorField);

  return (
    <form className={compact ? styles.formCompact : styles.form} onSubmit={(e) => e.preventDefault()} aria-label="Scenario">
      <fieldset className={styles.fieldset}>
        <legend className={styles.legendTitle}>Hardware</legend>
        <Picker
          label="Device"
          items={deviceItems && [...deviceItems, CUSTOM_ITEM]}
          selectedId={state.device}
          selectedName={device?.name ?? state.device}
          onSelect={(id) =>
            onChange(id === CUSTOM_DEVICE ? { device: id, custom: custom ?? { memoryGB: 24, bandwidthGBps: 1000, kind: 'discrete' } } : { device: id }, true)
          }
          onWant={onWant}
          error={err('device')}
        />
        {detect}
        {!compact && custom && (
          <div className={styles.grid}>
            <NumberField label="Memory" unit="GB" value={custom.memoryGB} onChange={(n, c) => n !== undefined && setCustom({ memoryGB: n }, c)} error={err('memoryGB')} />
            <NumberField
              label="Bandwidth"
              unit="GB/s"
              value={custom.bandwidthGBps}
              onChange={(n, c) => n !== undefined && setCustom({ bandwidthGBps: n }, c)}
              error={err('bandwidthGBps')}
            />
            <NumberField
              label="FP16 compute"
              unit="TFLOPS, optional"
              optional
              value={custom.tflops}
              onChange={(n, c) => setCustom({ tflops: n }, c)}
              error={err('tflops')}
            />
            <SelectField
              label="Memory kind"
              value={custom.kind}
              options={[
                { value: 'discrete', label: 'GPU with its own VRAM' },
                { value: 'unified', label: 'Unified memory (Mac, Strix Halo)' },
                { value: 'cpu', label: 'CPU only (system RAM)' },
              ]}
              onChange={(v) => setCustom({ kind: v }, true)}
              error={err('memoryKind')}
            />
          </div>
        )}
        {!compact && device && device.memoryOptionsGB.length > 1 && (
          <div className={styles.grid}>
            {(
              <SelectField
                label={device.memoryKind === 'unified' ? 'Memory (RAM)' : 'Memory'}
                value={String(state.memoryGB ?? device.memoryGB)}
                options={device.memoryOptionsGB.map((g) => ({ value: String(g), label: `${g} GB` }))}
                onChange={(v) => onChange({ memoryGB: Number(v) === device.memoryGB ? undefined : Number(v) }, true)}
                error={err('memoryGB')}
              />
            )}
          </div>
        )}
        {!compact && discrete && (
          <details className={styles.more} open={hardwareError ? true : undefined}>
            <summary>GPUs and system RAM</summary>
            <div className={styles.grid}>
            {discrete && (
              <NumberField label="Identical GPUs" integer value={state.gpus} onChange={(n, c) => n !== undefined && onChange({ gpus: n }, c)} error={err('devices')} />
            )}
            {discrete && (
              <SelectField
                label="System RAM"
                value={String(state.systemRamGB)}
                options={[...new Set([...RAM_SIZES_GB, state.systemRamGB])].sort((a, b) => a - b).map((g) => ({ value: String(g), label: `${g} GB` }))}
                onChange={(v) => onChange({ systemRamGB: Number(v) }, true)}
                error={err('systemRamGB')}
              />
            )}
            {discrete && (
              <SelectField
                label="RAM type"
                value={ramPresetFor(state.systemRamBandwidthGBps)?.id ?? 'custom'}
                options={[...RAM_PRESETS.map((p) => ({ value: p.id, label: `${p.label}, ${p.bandwidthGBps} GB/s` })), { value: 'custom', label: 'Other (type the bandwidth)' }]}
                onChange={(v) => {
                  const p = RAM_PRESETS.find((x) => x.id === v);
                  if (p) onChange({ systemRamBandwidthGBps: p.bandwidthGBps }, true);
                }}
              />
            )}
            {discrete && (
              <NumberField
                label="RAM bandwidth"
                unit="GB/s"
                value={state.systemRamBandwidthGBps}
                onChange={(n, c) => n !== undefined && onChange({ systemRamBandwidthGBps: n }, c)}
                error={err('systemRamBandwidthGBps')}
              />
            )}
            </div>
          </details>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legendTitle}>Model</legend>
        <Picker
          label="Model"
          items={modelItems}
          selectedId={state.model}
          selectedName={model?.name ?? state.model}
          onSelect={(id) => onChange({ model: id }, true)}
          onWant={onWant}
          hint={modelDetail}
          error={err('model')}
        />
        {!compact && outcome.formats.length > 0 && (
          <SelectField
            label="Format"
            value={state.quant ?? outcome.formats.find((f) => f.usual)?.id ?? ''}
            options={outcome.formats.map((f) => ({ value: f.id, label: f.usual ? `${f.name} (usual download)` : f.name }))}
            onChange={(v) => onChange({ quant: outcome.formats.find((f) => f.id === v)?.usual ? undefined : v }, true)}
            hint={format?.description}
            error={err('quant')}
          />
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legendTitle}>Run</legend>
        {!compact && (
          <SelectField
            label="Runs in"
            value={state.runtime ?? 'llama.cpp'}
            options={[
              { value: 'llama.cpp', label: 'llama.cpp (the commands shown)' },
              { value: 'ollama', label: "Ollama, with its defaults" },
            ]}
            onChange={(v) => onChange({ runtime: v === 'ollama' ? 'ollama' : undefined }, true)}
            hint={state.runtime === 'ollama' ? "Ollama's own context length, cache type and layer fit, as in its current release." : undefined}
            error={err('runtime')}
          />
        )}
        {!compact && state.runtime === 'ollama' && (
          <CheckField
            label="Let Ollama choose the context length"
            checked={Boolean(state.runtimeContext)}
            onChange={(on) => onChange(on ? { runtimeContext: true } : { runtimeContext: false, contextTokens: outcome.result?.contextTokens ?? state.contextTokens }, true)}
          />
        )}
        {model && (
          <ContextField
            value={state.runtime === 'ollama' && state.runtimeContext ? (outcome.result?.contextTokens ?? state.contextTokens) : state.contextTokens}
            maxTokens={model.maxContextTokens}
            onChange={(n, c) => onChange({ contextTokens: n }, c)}
            error={err('contextTokens')}
          />
        )}
        {!compact && (
          <details className={styles.more} open={runError ? true : undefined}>
            <summary>Prompt, answer, KV cache and offload</summary>
          <div className={styles.grid}>
            <NumberField
              label="Prompt"
              unit="tokens"
              integer
              value={state.promptTokens}
              onChange={(n, c) => n !== undefined && onChange({ promptTokens: n }, c)}
              hint="Already in the context when it starts writing."
              error={err('promptTokens')}
            />
            <NumberField
              label="Answer"
              unit="tokens"
              integer
              value={state.outputTokens}
              onChange={(n, c) => n !== undefined && onChange({ outputTokens: n }, c)}
              error={err('outputTokens')}
            />
            <SelectField
              label="KV cache"
              value={state.kvCache}
              options={[
                { value: 'f16', label: 'f16 (default)' },
                { value: 'q8_0', label: 'q8_0 (half the memory)' },
                { value: 'q4_0', label: 'q4_0 (a quarter, some quality loss)' },
              ]}
              onChange={(v) => onChange({ kvCache: v }, true)}
              error={err('kvCache')}
            />
            {model?.hasReasoningEffort && (
              <SelectField
                label="Reasoning effort"
                value={state.reasoningEffort ?? 'none'}
                options={[
                  { value: 'none', label: 'Not counted' },
                  { value: 'low', label: 'Low' },
                  { value: 'medium', label: 'Medium' },
                  { value: 'high', label: 'High' },
                ]}
                onChange={(v) => onChange({ reasoningEffort: v === 'none' ? undefined : v }, true)}
                hint="Adds typical reasoning tokens to the answer time."
                error={err('reasoningEffort')}
              />
            )}
            {discrete && (
              <SelectField
                label="Offload"
                value={offloadMode}
                options={[
                  { value: 'auto', label: 'Automatic' },
                  { value: 'none', label: 'None (all on GPU)' },
                  ...(model && model.moeLayers > 0 ? [{ value: 'cpu-moe' as const, label: 'Experts in RAM' }] : []),
                  { value: 'gpu-layers', label: 'Layers on GPU' },
                ]}
                onChange={(v) =>
                  onChange({ offload: v === 'cpu-moe' ? `cpu-moe:${Math.min(offloadN, model?.moeLayers ?? 0)}` : v === 'gpu-layers' ? `gpu-layers:${model?.layers ?? 0}` : v }, true)
                }
                error={offloadMode === 'auto' || offloadMode === 'none' ? err('offload') : undefined}
              />
            )}
            {discrete && (offloadMode === 'cpu-moe' || offloadMode === 'gpu-layers') && (
              <NumberField
                label={offloadMode === 'cpu-moe' ? 'Layers with experts in RAM' : 'Layers on the GPU'}
                integer
                value={offloadN}
                onChange={(n, c) => n !== undefined && onChange({ offload: `${offloadMode}:${n}` }, c)}
                hint={`0 to ${offloadMode === 'cpu-moe' ? model?.moeLayers : model?.layers}`}
                error={err('offload')}
              />
            )}
          </div>
          </details>
        )}
      </fieldset>
    </form>
  );
}
