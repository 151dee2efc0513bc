/**
 * The commands that realise a placement: llama.cpp's `llama-server` flags and Ollama's.
 * llama.cpp: -c context, -ngl layers on the GPU (99 = all), --n-cpu-moe N (experts of the first N
 * layers in RAM), -ctk/-ctv cache type (a quantised V cache needs flash attention, -fa on).
 * Ollama: the context is the server's OLLAMA_CONTEXT_LENGTH; KV quantisation needs
 * OLLAMA_FLASH_ATTENTION=1 and OLLAMA_KV_CACHE_TYPE; it places layers by itself (since v0.30 through
 * llama-server's automatic fit, which moves MoE experts to RAM first; see ollama.ts), and whole layers can
 * be pinned with `/set parameter num_gpu N` in the chat; a format other than the library default is
 * pulled from Hugging Face (hf.co/...).
 */
import { formatById } from '../catalog/formats';
import type { Scenario } from './input';
import { defaultFormat } from './input';
import type { Placement } from './placement';

export interface Commands {
  /** Shell lines for Ollama, or null when no Ollama download of this model and format is known. */
  ollama: string | null;
  llamaCpp: string;
}

export function commandsFor(s: Scenario, p: Placement): Commands {
  const model = s.model;
  const quantName = formatById.get(s.formatId)?.name ?? s.formatId.toUpperCase();
  const isDefault = s.formatId === defaultFormat(model);
  const source = model.ggufRepo
    ? `-hf ${model.ggufRepo}${isDefault && model.nativeFormat === 'mxfp4' ? '' : `:${quantName}`}`
    : `-m ${model.id}-${quantName}.gguf`;
  const flags = [`llama-server ${source}`, `-c ${s.contextTokens}`];
  const L = model.architecture.layers;
  const gpuLayers = p.split.gpuLayers;
  if (s.hardware.backend === 'cpu' || gpuLayers === 0) flags.push('-ngl 0');
  else flags.push(gpuLayers === L ? '-ngl 99' : `-ngl ${gpuLayers}`);
  if (p.split.cpuMoeLayers > 0) flags.push(`--n-cpu-moe ${p.split.cpuMoeLayers}`);
  if (s.kvCache !== 'f16') flags.push('-fa on', `-ctk ${s.kvCache}`, `-ctv ${s.kvCache}`);
  if (model.family === 'gpt-oss') flags.push('--jinja');

  let ollama: string | null = null;
  const tag = isDefault && model.ollamaTag ? model.ollamaTag : model.ggufRepo ? `hf.co/${model.ggufRepo}:${quantName}` : null;
  if (tag) {
    const env = [`OLLAMA_CONTEXT_LENGTH=${s.contextTokens}`];
    if (s.kvCache !== 'f16') env.push('OLLAMA_FLASH_ATTENTION=1', `OLLAMA_KV_CACHE_TYPE=${s.kvCache}`);
    const lines = [`${env.join(' ')} ollama serve`, `ollama run ${tag}`];
    // Ollama picks its own layer split; to pin the one estimated here, set num_gpu in the chat.
    if (p.verdict === 'cpu-only' || (p.split.gpuLayers < L && p.split.cpuMoeLayers === 0 && s.hardware.memoryKind === 'discrete'))
      lines.push(`/set parameter num_gpu ${s.hardware.backend === 'cpu' ? 0 : gpuLayers}`);
    ollama = lines.join('\n');
  }
  return { ollama, llamaCpp: flags.join(' ') };
}
