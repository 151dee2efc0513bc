/**
 * Real GPU strings, each copied from where it was seen (a GitHub issue or pull request, a page, or a
 * browser's own source and tests), with the outcome the matcher must give. None is invented: the
 * text is as printed there (log prefixes included where the tool prints them on the same line).
 * `pendingDevice` marks rows whose device the catalog does not have yet; match.test.ts lists them
 * as a failing test of its own rather than skipping them.
 */
export type Expected =
  | { device: string }
  | { ambiguous: string[] }
  | { unidentifiable: true }
  | { none: true };

export interface SeenString {
  text: string;
  /** Where it was seen: URL, or repository and path. */
  seen: string;
  /** Which tool or browser printed it. */
  from: string;
  expect: Expected;
  pendingDevice?: true;
}

const GECKO_SANITIZE_TEST = 'mozilla/gecko-dev dom/canvas/gtest/TestSanitizeRenderer.cpp';
const GECKO_RENDERER_STRINGS = 'mozilla/gecko-dev dom/canvas/test/webgl-mochitest/test_renderer_strings.html';
/** The Steam client's own GPU names, as the survey lists them (April 2026), archived in this repository and file. */
const STEAM_SURVEY_ARCHIVE = 'jdegene/steamHWsurvey shs.csv (f57128a523a1809c8db8a2e4d0de488f41326121, 2026-04-01 Video Card Description)';

export const SEEN_STRINGS: SeenString[] = [
  // --- NVIDIA: llama.cpp / ggml CUDA device lines
  { text: '  Device 0: NVIDIA GeForce RTX 4050 Laptop GPU, compute capability 8.9, VMM: yes', seen: 'https://github.com/ggml-org/llama.cpp/issues/6758', from: 'ggml CUDA', expect: { device: 'rtx-4050-laptop' } },
  { text: '  Device 0: NVIDIA RTX A6000, compute capability 8.6, VMM: yes', seen: 'https://github.com/ikawrakow/ik_llama.cpp/pull/333', from: 'ggml CUDA', expect: { device: 'rtx-a6000' } },
  { text: '  Device 0: NVIDIA GeForce RTX 4070 Ti SUPER, compute capability 8.9, VMM: yes', seen: 'https://github.com/fredlas/optimize_llamacpp_ngl/issues/1', from: 'ggml CUDA', expect: { device: 'rtx-4070-ti-super' } },
  { text: '  Device 0: NVIDIA GeForce RTX 3090 Ti, compute capability 8.6, VMM: yes', seen: 'https://github.com/ikawrakow/ik_llama.cpp/pull/370', from: 'ggml CUDA', expect: { device: 'rtx-3090-ti' } },
  { text: '  Device 0: NVIDIA GeForce RTX 4080, compute capability 8.9, VMM: yes', seen: 'https://github.com/mozilla-ai/llamafile/pull/552', from: 'ggml CUDA', expect: { device: 'rtx-4080' } },
  { text: '  Device 0: Tesla P40, compute capability 6.1', seen: 'https://github.com/ggml-org/llama.cpp/pull/2506', from: 'ggml CUDA', expect: { device: 'p40' } },
  { text: '  Device 1: NVIDIA GeForce GTX 970, compute capability 5.2', seen: 'https://github.com/ggml-org/llama.cpp/pull/2506', from: 'ggml CUDA', expect: { none: true } },
  // --- NVIDIA: ggml Vulkan
  { text: 'ggml_vulkan: 0 = NVIDIA GeForce RTX 2070 (NVIDIA) | uma: 0 | fp16: 1 | warp size: 32 | shared memory: 49152 | int dot: 0 | matrix cores: none', seen: 'https://github.com/ggml-org/llama.cpp/pull/13324', from: 'ggml Vulkan', expect: { device: 'rtx-2070' } },
  { text: 'Vulkan0: NVIDIA GeForce RTX 3060 Laptop GPU (NVIDIA) | uma: 0 | fp16: 1 | warp size: 32', seen: 'https://github.com/ggml-org/llama.cpp/issues/9716', from: 'ggml Vulkan', expect: { device: 'rtx-3060-laptop' } },
  { text: 'ggml_vulkan: 0 = NVIDIA GeForce RTX 4060 Laptop GPU (NVIDIA) | uma: 0 | fp16: 1 | bf16: 1 | warp size: 32 | shared memory: 49152 | int dot: 1 | matrix cores: NV_coopmat2', seen: 'https://github.com/ggml-org/llama.cpp/pull/15793', from: 'ggml Vulkan', expect: { device: 'rtx-4060-laptop' } },
  { text: '  Vulkan0: NVIDIA GeForce RTX 4060 Laptop GPU (7957 MiB, 7189 MiB free)', seen: 'https://github.com/ggml-org/llama.cpp/pull/15793', from: 'llama-server --list-devices', expect: { device: 'rtx-4060-laptop' } },
  // --- NVIDIA: nvidia-smi and PyTorch
  { text: 'NVIDIA GeForce RTX 3060', seen: 'https://github.com/geerlingguy/raspberry-pi-pcie-devices/issues/790', from: 'nvidia-smi', expect: { device: 'rtx-3060-12gb' } },
  { text: '    Product Name                          : NVIDIA GeForce RTX 2060', seen: 'https://github.com/NVIDIA/nvidia-docker/issues/1724', from: 'nvidia-smi -a', expect: { device: 'rtx-2060' } },
  { text: '    Product Name                    : GeForce GTX 1060 6GB', seen: 'https://github.com/NVIDIA/k8s-device-plugin/issues/165', from: 'nvidia-smi -a', expect: { device: 'gtx-1060-6gb' } },
  { text: '    Product Name                          : GeForce GTX 1660 Ti', seen: 'https://github.com/NVIDIA/nvidia-docker/issues/1485', from: 'nvidia-smi -a', expect: { device: 'gtx-1660-ti' } },
  { text: 'NVIDIA GeForce RTX 5070', seen: 'https://github.com/shkhln/libc6-shim/issues/14', from: 'nvidia-smi', expect: { device: 'rtx-5070' } },
  { text: 'NVIDIA B200', seen: 'https://github.com/sgl-project/sglang/issues/27487', from: 'nvidia-smi', expect: { none: true } },
  { text: 'NVIDIA H100 80GB HBM3', seen: 'https://github.com/amithkk/stable-diffusion-k8s/issues/10', from: 'PyTorch device name', expect: { device: 'h100-sxm' } },
  { text: 'NVIDIA H100 PCIe', seen: 'https://github.com/mistralai/mistral-inference/pull/43', from: 'PyTorch device name', expect: { device: 'h100-pcie' } },
  { text: 'D3D12 (NVIDIA GeForce GTX 1660 Ti)', seen: 'https://github.com/microsoft/wslg/issues/86', from: 'glxinfo under WSL (Mesa d3d12)', expect: { device: 'gtx-1660-ti' } },
  // --- NVIDIA: browsers
  { text: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 Direct3D11 vs_5_0 ps_5_0, D3D11-10.0.22000.1)', seen: GECKO_SANITIZE_TEST, from: 'Chrome/Edge on Windows (ANGLE D3D11)', expect: { device: 'rtx-3070' } },
  { text: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 Direct3D11 vs_5_0 ps_5_0, D3D11-27.21.14.5751)', seen: GECKO_RENDERER_STRINGS, from: 'ANGLE D3D11 on Windows', expect: { device: 'rtx-3070' } },
  { text: 'GeForce RTX 3070/PCIe/SSE2', seen: GECKO_SANITIZE_TEST, from: 'OpenGL on Windows', expect: { device: 'rtx-3070' } },
  { text: 'ANGLE (NVIDIA, NVIDIA Tesla M60 Direct3D11 vs_5_0 ps_5_0, D3D11-23.21.13.9181)', seen: GECKO_RENDERER_STRINGS, from: 'ANGLE D3D11 on Windows (Firefox CI)', expect: { none: true } },
  { text: 'NVIDIA Corporation -- NVIDIA GeForce GTX 1070/PCIe/SSE2', seen: 'https://github.com/elFarto/nvidia-vaapi-driver/issues/150', from: 'Firefox on Linux (about:support webgl2Renderer)', expect: { device: 'gtx-1070' } },
  { text: 'Google Inc. -- ANGLE (NVIDIA GeForce GTX 750 Ti Direct3D11 vs_5_0 ps_5_0)', seen: 'https://github.com/BrowserWorks/waterfox/issues/793', from: 'Firefox-based browser on Windows (about:support)', expect: { none: true } },
  { text: 'ANGLE (NVIDIA GeForce GTX 750 Direct3D11 vs_5_0 ps_5_0)', seen: 'https://github.com/kkapsner/CanvasBlocker/issues/48', from: 'Firefox on Windows (older ANGLE format)', expect: { none: true } },
  { text: 'ANGLE (NVIDIA, Vulkan 1.3.280 (NVIDIA NVIDIA GeForce GT 1030 (0x00001D01)), NVIDIA-560.94.0.0)', seen: 'https://github.com/mmozeiko/build-angle/issues/3', from: 'ANGLE Vulkan', expect: { none: true } },
  { text: 'ANGLE (NVIDIA, NVIDIA GeForce GTX 980 Direct3D11 vs_5_0 ps_5_0), or similar', seen: GECKO_RENDERER_STRINGS, from: 'Firefox on Windows (sanitised; the GPU was an RTX 3070)', expect: { unidentifiable: true } },
  { text: 'GeForce GTX 980, or similar', seen: GECKO_SANITIZE_TEST, from: 'Firefox (sanitised; the GPU was an RTX 3070)', expect: { unidentifiable: true } },
  // --- AMD
  { text: 'Vulkan0: Radeon RX 570 Series (AMD proprietary driver) | uma: 0 | fp16: 0 | warp size: 64', seen: 'https://github.com/ollama/ollama/pull/5059', from: 'ggml Vulkan (Windows)', expect: { device: 'rx-570-4gb' } },
  { text: 'ggml_vulkan: 0 = AMD Radeon Graphics (RADV GFX1201) (radv) | uma: 0 | fp16: 1 | bf16: 0 | warp size: 64 | shared memory: 65536 | int dot: 0 | matrix cores: none', seen: 'https://github.com/geerlingguy/ai-benchmarks/issues/25', from: 'ggml Vulkan (RADV)', expect: { ambiguous: ['rx-9070', 'rx-9070-xt'] } },
  { text: 'ggml_vulkan: 0 = AMD Radeon RX 5700 XT (RADV NAVI10) (radv) | uma: 0 | fp16: 1 | bf16: 0 | warp size: 32 | shared memory: 65536 | int dot: 0 | matrix cores: none', seen: 'https://github.com/ggml-org/llama.cpp/issues/18962', from: 'ggml Vulkan (RADV)', expect: { device: 'rx-5700-xt' } },
  { text: 'ggml_vulkan: 0 = Radeon 8060S Graphics (RADV GFX1151) (radv) | uma: 1 | fp16: 1 | bf16: 0 | warp size: 64 | shared memory: 65536 | int dot: 1 | matrix cores: KHR_coopmat', seen: 'https://github.com/GPUOpen-Drivers/AMDVLK/issues/413', from: 'ggml Vulkan (RADV)', expect: { device: 'ryzen-ai-max-plus-395' } },
  { text: 'Vulkan0: AMD Radeon(TM) Graphics (AMD proprietary driver) | uma: 1 | fp16: 1 | warp size: 64', seen: 'https://github.com/ggml-org/llama.cpp/issues/9716', from: 'ggml Vulkan (Windows iGPU)', expect: { unidentifiable: true } },
  { text: 'AMD Ryzen AI 9 HX 370 w/ Radeon 890M', seen: 'https://github.com/ollama/ollama/issues/13153', from: 'lshw', expect: { device: 'radeon-890m' } },
  { text: '  Marketing Name:          Radeon RX 7900 XTX', seen: 'https://github.com/ollama/ollama/issues/3158', from: 'rocminfo', expect: { device: 'rx-7900-xtx' } },
  { text: '  Name:                    gfx1100', seen: 'https://github.com/ollama/ollama/issues/3158', from: 'rocminfo', expect: { ambiguous: ['rx-7900-xtx', 'rx-7900-xt', 'rx-7900-gre', 'radeon-pro-w7900'] } },
  { text: 'GPU Model: AMD Radeon RX 7900 XTX (0x1002:0x744C:0xC8)', seen: 'https://github.com/ilya-zlobintsev/LACT/pull/533', from: 'lact cli info', expect: { device: 'rx-7900-xtx' } },
  { text: 'Radeon PRO w7900 (gfx1100)', seen: 'https://github.com/ROCm/tensorflow-upstream/issues/2118', from: 'typed by a user', expect: { device: 'radeon-pro-w7900' } },
  { text: 'ANGLE (AMD, Vulkan 1.4.315 (AMD Radeon RX 6500 XT (0x0000743F)), AMD proprietary driver-2.0.353)', seen: 'https://github.com/mmozeiko/build-angle/issues/3', from: 'ANGLE Vulkan on Windows', expect: { device: 'rx-6500-xt' } },
  { text: 'AMD Radeon RX 5600 XT (NAVI10 DRM 3.37.0 5.7.9-1-MANJARO LLVM 10.0.0)', seen: 'https://github.com/obsproject/obs-amd-encoder/issues/403', from: 'Mesa radeonsi on Linux (inxi)', expect: { device: 'rx-5600-xt' } },
  { text: 'AMD Radeon RX 5700 (NAVI10, DRM 3.35.0, 5.4.0-65-generic, LLVM 11.0.0)', seen: GECKO_SANITIZE_TEST, from: 'Mesa radeonsi on Linux', expect: { device: 'rx-5700' } },
  { text: 'AMD Radeon (TM) RX 460 Graphics (POLARIS11, DRM 3.35.0, 5.4.0-65-generic, LLVM 11.0.0)', seen: GECKO_SANITIZE_TEST, from: 'Mesa radeonsi on Linux', expect: { none: true } },
  { text: 'REMBRANDT (rembrandt, LLVM 14.0.6, DRM 3.49, 6.2.9)', seen: GECKO_SANITIZE_TEST, from: 'Mesa radeonsi on Linux (Ryzen 6000 iGPU)', expect: { ambiguous: ['radeon-680m', 'radeon-660m'] } },
  { text: 'ANGLE (AMD, AMD Radeon(TM) Graphics Direct3D11 vs_5_0 ps_5_0, D3D11-27.20.1020.2002)', seen: GECKO_SANITIZE_TEST, from: 'Chrome/Edge on Windows (AMD iGPU)', expect: { unidentifiable: true } },
  { text: 'ANGLE (AMD, Radeon RX Vega Direct3D11 vs_5_0 ps_5_0, D3D11-27.20.22025.1006)', seen: GECKO_SANITIZE_TEST, from: 'Chrome/Edge on Windows', expect: { none: true } },
  { text: 'Radeon R9 200 Series, or similar', seen: GECKO_SANITIZE_TEST, from: 'Firefox (sanitised; the GPU was an RX 5700)', expect: { unidentifiable: true } },
  // --- Intel
  { text: 'Mesa Intel(R) UHD Graphics 620 (KBL GT2)', seen: GECKO_SANITIZE_TEST, from: 'Mesa on Linux', expect: { device: 'intel-uhd-620' } },
  { text: 'Intel(R) UHD Graphics 630', seen: GECKO_RENDERER_STRINGS, from: 'Firefox CI on macOS', expect: { device: 'intel-uhd-630' } },
  { text: 'Mesa Intel(R) Iris(R) Xe Graphics (ADL GT2)', seen: 'https://github.com/MrNeRF/LichtFeld-Studio/issues/406', from: 'glxinfo (Mesa) on Linux', expect: { device: 'intel-iris-xe' } },
  // Mesa names Tiger Lake's Iris Xe "Intel(R) Xe Graphics": offered, not picked, until the catalog has that alias.
  { text: 'Mesa Intel(R) Xe Graphics (TGL GT2)', seen: 'https://github.com/mne-tools/mne-python/pull/11313', from: 'glxinfo (Mesa) on Linux', expect: { device: 'intel-iris-xe' } },
  { text: 'Mesa Intel(R) HD Graphics 630 (KBL GT2)', seen: 'https://github.com/godotengine/godot/pull/36982', from: 'glxinfo (Mesa) on Linux', expect: { none: true } },
  { text: 'ANGLE (Intel, Mesa Intel(R) HD Graphics 620 (KBL GT2), OpenGL 4.6 core)', seen: 'https://github.com/saiarcot895/chromium-ubuntu-build/issues/91', from: 'Chromium on Linux (ANGLE OpenGL)', expect: { none: true } },
  { text: 'ANGLE (Intel, Intel(R) HD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11-27.20.100.8681)', seen: 'https://github.com/iTwin/itwinjs-core/pull/2673', from: 'Chrome on Windows (ANGLE D3D11)', expect: { none: true } },
  { text: 'ANGLE (Intel, Intel(R) HD Graphics Direct3D9Ex vs_3_0 ps_3_0, igdumd64.dll -9.17.10.4459)', seen: 'https://github.com/felixrieseberg/clippy/issues/129', from: 'Electron on Windows (ANGLE D3D9)', expect: { none: true } },
  { text: 'Mesa Intel(R) Graphics (RPL-S)', seen: 'https://github.com/virt-manager/virt-manager/issues/938', from: 'glmark2 (Mesa) on Linux', expect: { unidentifiable: true } },
  { text: 'ggml_vulkan: 0 = Intel(R) Arc(TM) A770 Graphics (Intel Corporation) | uma: 0 | fp16: 1 | bf16: 0 | warp size: 32 | shared memory: 49152 | int dot: 1 | matrix cores: none', seen: 'https://github.com/ggml-org/llama.cpp/issues/17628', from: 'ggml Vulkan (Windows)', expect: { ambiguous: ['arc-a770-16gb', 'arc-a770-8gb'] } },
  { text: 'ANGLE (Intel, Intel(R) Arc(TM) A770 Graphics Direct3D11 vs_5_0 ps_5_0, D3D11-31.0.101.5084)', seen: GECKO_SANITIZE_TEST, from: 'Chrome/Edge on Windows (ANGLE D3D11)', expect: { ambiguous: ['arc-a770-16gb', 'arc-a770-8gb'] } },
  { text: 'ggml_vulkan: 0 = Intel(R) Arc(tm) Graphics (MTL) (Intel open-source Mesa driver) | uma: 1 | fp16: 1 | bf16: 0 | warp size: 32 | shared memory: 65536 | int dot: 1 | matrix cores: none', seen: 'https://github.com/ggml-org/llama.cpp/pull/16463', from: 'ggml Vulkan (Mesa ANV)', expect: { device: 'intel-arc-igpu-meteor-lake' } },
  { text: 'ggml_vulkan: 0 = Intel(R) Arc(TM) 130V GPU (16GB) (Intel Corporation) | uma: 1 | fp16: 1 | bf16: 0 | warp size: 32 | shared memory: 32768 | int dot: 1 | matrix cores: KHR_coopmat', seen: 'https://github.com/ollama/ollama/issues/13153', from: 'ggml Vulkan (Windows)', expect: { device: 'arc-130v' } },
  { text: 'ANGLE (Intel, Intel(R) Arc(TM) A750 Graphics Direct3D11 vs_5_0 ps_5_0), or similar', seen: GECKO_SANITIZE_TEST, from: 'Firefox on Windows (sanitised; the GPU was an A770)', expect: { unidentifiable: true } },
  // --- Apple
  { text: 'Apple M1', seen: GECKO_SANITIZE_TEST, from: 'Firefox on macOS (unsanitised renderer)', expect: { device: 'apple-m1' } },
  { text: 'Apple M4', seen: GECKO_RENDERER_STRINGS, from: 'Firefox CI on macOS', expect: { device: 'apple-m4' } },
  { text: 'Apple M1, or similar', seen: GECKO_SANITIZE_TEST, from: 'Firefox on macOS (sanitised)', expect: { unidentifiable: true } },
  { text: 'Apple GPU', seen: 'https://github.com/pmndrs/detect-gpu/pull/128', from: 'Safari on macOS (an M4 Max)', expect: { unidentifiable: true } },
  { text: 'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)', seen: 'https://github.com/CloakHQ/CloakBrowser/issues/236', from: 'Chrome on macOS (ANGLE Metal)', expect: { device: 'apple-m2' } },
  { text: 'ANGLE (Apple, ANGLE Metal Renderer: Apple M4 Pro, Version 15.4.1 (Build 24E263))', seen: 'https://github.com/rive-app/rive-wasm/issues/389', from: 'Chrome on macOS (chrome://gpu)', expect: { device: 'apple-m4-pro' } },
  { text: 'ANGLE (Apple, Apple M1 Max, OpenGL 4.1 Metal - 76.3)', seen: 'https://github.com/gfx-rs/wgpu/pull/2461', from: 'ANGLE OpenGL on macOS', expect: { device: 'apple-m1-max' } },
  { text: 'ggml_metal_init: found device: Apple M2 Ultra', seen: 'https://github.com/lovemefan/SenseVoice.cpp/issues/3', from: 'ggml Metal', expect: { device: 'apple-m2-ultra' } },
  { text: 'GPU: Apple M2 Ultra - 76 cores', seen: 'https://github.com/ggml-org/llama.cpp/pull/1642', from: 'benchmark system info', expect: { device: 'apple-m2-ultra' } },
  { text: 'GPU name: Apple M1 Ultra', seen: 'https://github.com/philipturner/applegpuinfo/issues/1', from: 'applegpuinfo', expect: { device: 'apple-m1-ultra' } },
  { text: 'ggml_metal_device_init: GPU name:   Apple M3 Ultra', seen: 'https://github.com/janhq/jan/issues/6961', from: 'ggml Metal', expect: { device: 'apple-m3-ultra' } },
  { text: 'ggml_metal_init: GPU name:   Apple M1 Max', seen: 'https://github.com/utilityai/llama-cpp-rs/issues/64', from: 'ggml Metal', expect: { device: 'apple-m1-max' } },
  { text: 'ggml_metal_device_init: GPU name:   MTL0 (Apple M5 Max)', seen: 'https://github.com/ggml-org/llama.cpp/pull/16634', from: 'ggml Metal (llama-bench)', expect: { device: 'apple-m5-max' } },
  { text: 'Apple M1 Max GPU (64GB)', seen: 'https://github.com/brand-o/normiebench/issues/40', from: 'benchmark submission', expect: { device: 'apple-m1-max' } },
  { text: '      Chipset Model: Apple M4', seen: 'https://github.com/ggml-org/llama.cpp/issues/14966', from: 'system_profiler SPDisplaysDataType', expect: { device: 'apple-m4' } },
  // --- Steam client (Steam Hardware Survey names)
  { text: 'NVIDIA GeForce RTX 3050 6GB Laptop GPU', seen: STEAM_SURVEY_ARCHIVE, from: 'Steam client (hardware survey)', expect: { device: 'rtx-3050-laptop-6gb' } },
  { text: 'AMD Radeon RX 580 2048SP', seen: STEAM_SURVEY_ARCHIVE, from: 'Steam client (hardware survey)', expect: { device: 'rx-580-2048sp' } },
  { text: 'AMD AMD Custom GPU 0405', seen: STEAM_SURVEY_ARCHIVE, from: 'Steam client on a Steam Deck under Windows (hardware survey)', expect: { device: 'steam-deck' } },
  { text: 'AMD Radeon Graphics (RADV VANGOGH)', seen: STEAM_SURVEY_ARCHIVE, from: 'Steam client on a Steam Deck under SteamOS (hardware survey)', expect: { device: 'steam-deck' } },
  { text: 'NVIDIA GeForce RTX 5060 Ti', seen: STEAM_SURVEY_ARCHIVE, from: 'Steam client (hardware survey)', expect: { device: 'rtx-5060-ti-16gb' } },
  { text: 'AMD Custom GPU 0932', seen: 'https://android.googlesource.com/platform/external/libdrm/+/refs/heads/android16-release/data/amdgpu.ids', from: 'libdrm amdgpu.ids, device 1435 rev AE (the product name Mesa prints)', expect: { device: 'steam-deck-oled' } },
  // --- Qualcomm and other mobile GPUs
  { text: 'Card name: Qualcomm(R) Adreno(TM) X1-85 GPU', seen: 'https://github.com/llvm/offload-test-suite/issues/596', from: 'DxDiag on Windows on Arm', expect: { device: 'adreno-x1-85' } },
  { text: 'Adreno (TM) 512', seen: GECKO_SANITIZE_TEST, from: 'Firefox on Android', expect: { none: true } },
  { text: 'ANGLE (Samsung Xclipse 940) on Vulkan 1.3.264', seen: GECKO_SANITIZE_TEST, from: 'Firefox on Android (ANGLE Vulkan)', expect: { none: true } },
  // --- Software renderers and placeholders
  { text: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver-5.0.0)', seen: 'https://github.com/win32ss/supermium/issues/1244', from: 'Chromium-based browser (chrome://gpu)', expect: { unidentifiable: true } },
  { text: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', seen: 'https://github.com/BetterWright/betterwright/pull/165', from: 'headless Chrome on Linux', expect: { unidentifiable: true } },
  { text: 'llvmpipe (LLVM 15.0.2, 256 bits)', seen: 'https://github.com/runelite/runelite/issues/15820', from: 'Mesa on Linux', expect: { unidentifiable: true } },
  { text: 'llvmpipe (LLVM 17.0.6, 256 bits)', seen: GECKO_RENDERER_STRINGS, from: 'Firefox CI on Linux', expect: { unidentifiable: true } },
  { text: 'ANGLE (Unknown, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11-10.0.22000.1)', seen: GECKO_SANITIZE_TEST, from: 'browser on Windows without a GPU driver', expect: { unidentifiable: true } },
  { text: '[DXGI] Adapter Description: Microsoft Basic Render Driver, LUID: 0x000000000001038E, Dedicated: 0.00 GB, Shared: 27.45 GB', seen: 'https://github.com/ollama/ollama/issues/13153', from: 'Ollama (DXGI)', expect: { unidentifiable: true } },
];
