/**
 * One change to a calculator state, with what it implies: a new model keeps the context the reader
 * chose but within its limit (a value typed out of range is left for the engine to reject at its field), drops a format it is not published in and an offload that no longer
 * applies; a device with one memory pool takes no system RAM split and no second GPU.
 */
import { deviceById, modelById } from '../catalog';
import { CUSTOM_DEVICE, type CalculatorState } from './state';
import { defaultContext } from './url';

export function applyPatch(state: CalculatorState, patch: Partial<CalculatorState>): CalculatorState {
  const next: CalculatorState = { ...state, ...patch };
  // Ollama picks its own context until the reader types one; llama.cpp always takes the one given.
  if ('runtime' in patch && patch.runtime !== state.runtime) next.runtimeContext = patch.runtime === 'ollama' && patch.contextTokens === undefined ? true : undefined;
  else if (patch.contextTokens !== undefined && patch.runtimeContext === undefined) next.runtimeContext = next.runtime === 'ollama' ? false : undefined;
  const model = modelById.get(next.model);
  if (model && patch.model !== undefined && patch.model !== state.model) {
    if (next.quant && !(model.formats as string[]).includes(next.quant)) next.quant = undefined;
    if (patch.contextTokens === undefined) next.contextTokens = Math.min(Math.max(state.contextTokens, defaultContext(model.id)), model.architecture.maxContextTokens);
    if (model.family !== 'gpt-oss') next.reasoningEffort = undefined;
  }
  if (model) {
    const m = /^(cpu-moe|gpu-layers):(\d+)$/.exec(next.offload);
    if (m && (m[1] === 'cpu-moe' ? !model.architecture.moe || Number(m[2]) > model.architecture.moe.moeLayers : Number(m[2]) > model.architecture.layers))
      next.offload = 'auto';
  }
  // A shorter context shortens the prompt with it; a prompt typed too long stays, for the engine to flag.
  if (patch.promptTokens === undefined && next.promptTokens > next.contextTokens) next.promptTokens = next.contextTokens;
  if (patch.device !== undefined && patch.device !== state.device && patch.memoryGB === undefined) next.memoryGB = undefined;
  const kind = next.device === CUSTOM_DEVICE ? next.custom?.kind : deviceById.get(next.device)?.memoryKind;
  if (kind !== undefined && kind !== 'discrete') {
    next.gpus = 1;
    if (next.offload.includes(':')) next.offload = 'auto';
  }
  return next;
}
