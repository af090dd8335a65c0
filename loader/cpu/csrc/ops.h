// The kernels as MLX operations (custom primitives). Each builds a graph node like any mlx.core
// op; evaluation on the CPU stream runs our kernels on the worker pool (threadpool.h). There is
// no GPU implementation: callers use these only when MLX computes on the CPU.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "mlx/mlx.h"

namespace gk {

namespace mx = mlx::core;

// x [..., K] (float32 or bfloat16) times w [N, K] (bfloat16 or float32) transposed, plus bias [N]:
// what nn.Linear computes. The result has x's leading shape and MLX's promoted dtype.
mx::array linear(const mx::array& x, const mx::array& w, const std::optional<mx::array>& bias,
                 mx::StreamOrDevice s = {});

// x [..., K] times the MXFP4 matrix (codes uint32 [N, K/8], E8M0 scales uint8 [N, K/32], MLX's
// mxfp4 layout) transposed, plus bias [N]: what MLX's quantized_matmul computes in mxfp4 mode.
mx::array mxfp4_linear(const mx::array& x, const mx::array& w, const mx::array& scales,
                       const std::optional<mx::array>& bias, mx::StreamOrDevice s = {});

// GPT-OSS's expert block for every (token, chosen expert) pair: with the MXFP4 projections of
// expert e = indices[t, j] (weights uint32 [E, rows, cols/8], E8M0 scales uint8 [E, rows, cols/32],
// biases [E, rows]),
//   g = min(gate_e(x_t), limit), u = clip(up_e(x_t), -limit, limit)
//   out[t, j] = down_e((u + 1) * g * sigmoid(alpha * g))
// x [..., H]; indices [..., k]; out [..., k, H] in x's dtype (what mlx-lm's SwitchGLU returns).
mx::array moe_swiglu(const mx::array& x, const mx::array& indices, const mx::array& gate_w,
                     const mx::array& gate_s, const mx::array& gate_b, const mx::array& up_w,
                     const mx::array& up_s, const mx::array& up_b, const mx::array& down_w,
                     const mx::array& down_s, const mx::array& down_b, float alpha, float limit,
                     mx::StreamOrDevice s = {});

// moe_swiglu over weights that are not MLX arrays (memory-mapped checkpoint files): each stack
// is 13 integers, [blocks address, scales address, bias address, bias is bf16, experts, rows,
// cols, expert stride and row stride of the codes (bytes), of the scales (bytes), of the
// biases (elements)]. The caller keeps the memory alive and valid for every expert id it passes.
mx::array moe_swiglu_mapped(const mx::array& x, const mx::array& indices,
                            const std::vector<int64_t>& gate, const std::vector<int64_t>& up,
                            const std::vector<int64_t>& down, float alpha, float limit,
                            mx::StreamOrDevice s = {});

// Scaled dot-product attention with optional sinks (what mx.fast.scaled_dot_product_attention
// computes): q [B, Hq, L, D], k and v [B, Hkv, S, D] (grouped heads), D a multiple of 16. The
// mask is either `mask_mode` "causal" (bottom-right aligned) or an array broadcastable to
// [B, Hq, L, S], boolean (true = attend) or additive; sinks [Hq] are logits with no value.
mx::array attention(const mx::array& q, const mx::array& k, const mx::array& v, float scale,
                    const std::string& mask_mode, const std::optional<mx::array>& mask,
                    const std::optional<mx::array>& sinks, mx::StreamOrDevice s = {});

// log(sum(exp(x))) over the last axis of x (float32 or bfloat16), keeping that axis with size 1:
// what mx.logsumexp(x, axis=-1, keepdims=True) computes, in x's dtype (accumulated in f32).
mx::array logsumexp(const mx::array& x, mx::StreamOrDevice s = {});

}  // namespace gk
