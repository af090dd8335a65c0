// Whole operations over plain buffers: a Linear layer and GPT-OSS's expert block, split into
// tasks for the worker pool and computed with the best kernel variant (cpu.h). No MLX here,
// so the same code runs under MLX (ops.cpp) and in a bare test harness.
#pragma once

#include <cstddef>
#include <cstdint>

#include "isa.h"

namespace gk {

struct LinearArgs {
  const void* x;  // [M, K]
  DType x_type;
  int64_t M, K;
  const void* w;  // [N, K] bf16/f32, or MXFP4 codes [N, K/2] when `scales` is set
  DType w_type;
  const uint8_t* scales;  // MXFP4 only: E8M0 scales [N, K/32]
  int64_t N;
  const void* bias;  // [N] or null
  DType bias_type;
  void* y;  // [M, N]
  DType y_type;
};

size_t linear_scratch_bytes(const LinearArgs& a);
void run_linear(const LinearArgs& a, void* scratch);

// E stacked MXFP4 matrices of `rows` x `cols` with a bias per row. Packed ([E, rows, cols/2]
// codes, [E, rows, cols/32] scales, [E, rows] biases: `packed`), or any strides, e.g. the gate
// or the up half of a Hugging Face `gate_up_proj`, whose rows interleave.
struct Mxfp4Stack {
  const uint8_t* blocks;
  const uint8_t* scales;
  const void* bias;
  DType bias_type;
  int64_t experts, rows, cols;
  int64_t expert_bytes, row_bytes;            // codes
  int64_t expert_scales, row_scales;          // scales
  int64_t expert_bias, row_bias;              // biases, in elements

  static Mxfp4Stack packed(const uint8_t* blocks, const uint8_t* scales, const void* bias,
                           DType bias_type, int64_t experts, int64_t rows, int64_t cols) {
    return {blocks, scales, bias, bias_type, experts, rows, cols,
            rows * (cols / 2), cols / 2, rows * (cols / 32), cols / 32, rows, 1};
  }
  QuantW expert(int64_t e) const {
    return {blocks + e * expert_bytes, scales + e * expert_scales, cols, row_bytes, row_scales};
  }
  const void* bias_of(int64_t e) const {
    return static_cast<const char*>(bias) + e * expert_bias * (bias_type == DType::bf16 ? 2 : 4);
  }
};

struct MoeArgs {
  const void* x;  // [T, H]
  DType x_type;
  int64_t T, H;
  const void* indices;  // [T, k] int32 or uint32 (values < experts)
  int64_t k;
  Mxfp4Stack gate, up, down;  // gate/up: rows = I, cols = H; down: rows = H, cols = I
  float alpha, limit;
  void* out;  // [T, k, H] in x_type
};

size_t moe_scratch_bytes(const MoeArgs& a);
void run_moe(const MoeArgs& a, void* scratch);

// Attention (isa.h's AttnArgs) on the best f32 variant; needs a.D % 16 == 0.
void run_attention(const AttnArgs& a);

// out[r] = log(sum(exp(x[r, :]))) for `rows` rows of n elements (f32 or bf16), in out_type.
void run_logsumexp(const void* x, DType type, int64_t rows, int64_t n, void* out, DType out_type);

}  // namespace gk
