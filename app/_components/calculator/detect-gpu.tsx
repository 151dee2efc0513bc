'use client';

import { useState } from 'react';
import type { DeviceMatch, GpuInfo } from '@/lib/catalog/match';
import { loadEngine, type Engine } from './use-engine';
import styles from './calculator.module.css';

/** What the browser says about its GPU: WebGPU adapter info and WebGL's unmasked renderer string. */
async function readGpuInfo(): Promise<GpuInfo> {
  const info: GpuInfo = {};
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (gl) {
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      info.webglRenderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      info.webglVendor = String(gl.getParameter(ext ? ext.UNMASKED_VENDOR_WEBGL : gl.VENDOR) ?? '');
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL: WebGPU may still answer.
  }
  try {
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info?: GpuInfo['webgpu'] } | null> } }).gpu;
    const adapter = gpu ? await gpu.requestAdapter() : null;
    if (adapter?.info) {
      const a = adapter.info;
      info.webgpu = { vendor: a?.vendor, architecture: a?.architecture, device: a?.device, description: a?.description };
    }
  } catch {
    // WebGPU unavailable or refused.
  }
  return info;
}

const rawText = (info: GpuInfo) =>
  [info.webgpu?.description, info.webgpu && [info.webgpu.vendor, info.webgpu.architecture].filter(Boolean).join(' '), info.webglRenderer]
    .filter((s) => s && s.trim())
    .join(' · ');

/**
 * "Detect my GPU": asks the browser (nothing leaves the page), resolves the answer with the catalog's
 * one device matcher, preselects a confident match and shows what it was matched from. A string that
 * names no product gets an explanation and a prompt to pick, never a guess.
 */
export function DetectGpu({ engine, onWant, onPick }: { engine: Engine | undefined; onWant: () => void; onPick: (id: string) => void }) {
  const [state, setState] = useState<{ raw: string; match: DeviceMatch } | 'working' | null>(null);
  return (
    <div className={styles.detect}>
      <button
        type="button"
        className={styles.secondaryButton}
        disabled={state === 'working'}
        onClick={async () => {
          onWant();
          setState('working');
          const info = await readGpuInfo();
          const e: Engine = engine ?? (await loadEngine());
          const match = e.matchGpuInfo(info);
          setState({ raw: rawText(info), match });
          if (match.kind === 'device') onPick(match.device.id);
        }}
      >
        {state === 'working' ? 'Detecting…' : 'Detect my GPU'}
      </button>
      <div role="status" className={styles.detectResult}>
        {state && state !== 'working' && (
          <>
            <p>
              Your browser reports: <q className={styles.raw}>{state.raw || 'nothing (no WebGL or WebGPU)'}</q>
            </p>
            {state.match.kind === 'device' && (
              <p>
                Matched to <strong>{state.match.device.name}</strong>.{state.match.assumed ? ` ${state.match.assumed}` : ''} Not right? Pick
                yours in the list above.
              </p>
            )}
            {state.match.kind === 'device' && state.match.alternatives.length > 0 && (
              <p>
                Also sold as:{' '}
                {state.match.alternatives.map((d, i) => (
                  <span key={d.id}>
                    {i > 0 && ', '}
                    <button type="button" className={styles.linkButton} onClick={() => onPick(d.id)}>
                      {d.name}
                    </button>
                  </span>
                ))}
              </p>
            )}
            {state.match.kind === 'ambiguous' && (
              <p>
                {state.match.message}{' '}
                {state.match.candidates.slice(0, 6).map((d, i) => (
                  <span key={d.id}>
                    {i > 0 && ', '}
                    <button type="button" className={styles.linkButton} onClick={() => onPick(d.id)}>
                      {d.name}
                    </button>
                  </span>
                ))}
              </p>
            )}
            {(state.match.kind === 'unidentifiable' || state.match.kind === 'none') && <p>{state.match.message} Please pick your device in the list above.</p>}
          </>
        )}
        {state === null && <p className={styles.hint}>Reads your GPU’s name from the browser; nothing is sent anywhere.</p>}
      </div>
    </div>
  );
}
