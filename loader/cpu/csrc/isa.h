// The compute kernels' plain interface: no MLX, no threads, just tiles of dot products.
//
// Every instruction-set variant (scalar, AVX2, AVX-512, AVX-512 BF16, NEON) implements the same
// two functions over a range of weight rows [n0, n1) and a set of activation rows:
//   dense: bf16 or f32 weights [N, K] row-major (a Linear's weight),
//   quant: MXFP4 weights, K/2 bytes of E2M1 codes (low nibble first) and K/32 E8M0 scales a row.
// Results (+ optional bias) are written as f32 or bf16 (rounded to nearest even).
// Each variant is compiled with its own instruction-set flags, so everything shared through
// headers has internal linkage (static, or an anonymous namespace): one variant's AVX-512 copy of
// an inline function must never be what the linker picks for code that runs on any CPU.
// Activations arrive in the variant's compute format: f32, or bf16 for the BF16 dot-product
// variant; quant additionally wants them reordered within each 32-element block by
// `prep_quant_x` (the order the variant decodes nibbles in, so no shuffle is needed per weight).
#pragma once

#include <cstdint>
#include <cstring>

namespace gk {

enum class DType : int { f32 = 0, bf16 = 1 };

static inline float bf16_to_f32(uint16_t v) {
  uint32_t bits = uint32_t(v) << 16;
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

static inline uint16_t f32_to_bf16(float f) {  // round to nearest even; NaN stays NaN
  uint32_t bits;
  std::memcpy(&bits, &f, 4);
  if ((bits & 0x7fffffffu) > 0x7f800000u) return uint16_t((bits >> 16) | 0x40);
  bits += 0x7fffu + ((bits >> 16) & 1u);
  return uint16_t(bits >> 16);
}

// E8M0 scale 2^(s-127) built from its exponent bits. s = 0 gives 0 instead of 2^-127 (a
// subnormal no real checkpoint uses); s = 255 (NaN in the OCP spec) gives +inf.
static inline float e8m0_to_f32(uint8_t s) {
  uint32_t bits = uint32_t(s) << 23;
  float f;
  std::memcpy(&f, &bits, 4);
  return f;
}

// E2M1 code -> value; bit 3 is the sign.
static constexpr float kFp4[16] = {0.0f,  0.5f,  1.0f,  1.5f,  2.0f,  3.0f,  4.0f,  6.0f,
                                   -0.0f, -0.5f, -1.0f, -1.5f, -2.0f, -3.0f, -4.0f, -6.0f};

// Where results go: the result for activation row m and weight row n is written at element
// n - n0 of out.rows[m] (n0 lets a caller hand out buffers that hold only its own rows).
struct Out {
  void* const* rows;
  DType type;
  const void* bias;  // bias of weight row n at element n * bias_stride, or null
  DType bias_type;
  int64_t n0 = 0;
  int64_t bias_stride = 1;
};

struct XRows {
  const void* const* rows;  // per activation row, in the variant's compute format
  int64_t count;
  // Nonzero: these rows hold the same values in every call that passes this id (unique per op
  // call and row set, see drivers.cpp), so a variant may keep what it derives from them per
  // thread across the calls of one op (AMX packs them into tiles once, not once per task).
  uint64_t id = 0;
};

struct DenseW {
  const void* w;  // [N, K] row-major
  DType type;     // bf16 or f32
  int64_t K;
};

struct QuantW {
  const uint8_t* blocks;  // row n: K/2 bytes at blocks + n * row_bytes
  const uint8_t* scales;  // row n: K/32 bytes at scales + n * scale_stride
  int64_t K;              // a multiple of 32
  int64_t row_bytes;      // K/2 when rows are packed; more for interleaved gate/up rows
  int64_t scale_stride;   // K/32 likewise

  const uint8_t* row(int64_t n) const { return blocks + n * row_bytes; }
  const uint8_t* row_scales(int64_t n) const { return scales + n * scale_stride; }
};

// Packed rows: [N, K/2] codes and [N, K/32] scales.
static inline QuantW packed_quant(const uint8_t* blocks, const uint8_t* scales, int64_t K) {
  return {blocks, scales, K, K / 2, K / 32};
}

// Scaled dot-product attention with optional per-head sinks (GPT-OSS): q [B, Hq, L, D],
// k and v [B, Hkv, S, D] (Hq a multiple of Hkv), all of `type`, D contiguous, other strides in
// elements. Masks: none; causal (query i sees keys j <= S - L + i); or an array read through
// its strides, boolean (uint8) or additive (f32/bf16). out [B, Hq, L, D] contiguous.
enum class MaskKind : int { none = 0, causal = 1, boolean = 2, additive = 3 };

struct AttnArgs {
  const void* q;
  const void* k;
  const void* v;
  DType type;
  int64_t B, Hq, Hkv, L, S, D;
  int64_t qs[3], ks[3], vs[3];  // strides of the b, h and position dims
  const void* sinks;  // [Hq] or null
  DType sinks_type;
  float scale;
  MaskKind mask_kind;
  const void* mask;
  DType mask_type;  // additive masks only
  int64_t ms[4];    // mask strides (b, h, l, s); broadcast dims have stride 0
  void* out;
};

struct Isa {
  const char* name;
  bool bf16_act;  // activations in bf16 (else f32)
  // `scratch` holds scratch_bytes(x.count, K) bytes, private to the calling thread.
  void (*dense)(const DenseW& w, int64_t n0, int64_t n1, const XRows& x, const Out& out,
                void* scratch);
  void (*quant)(const QuantW& w, int64_t n0, int64_t n1, const XRows& x, const Out& out,
                void* scratch);
  // Reorder one activation row (compute format, natural order, K % 32 == 0) for `quant`,
  // writing quant_x_len(K) elements (zeros past K).
  void (*prep_quant_x)(const void* x, void* out, int64_t K);
  int64_t quant_x_align;  // `quant` reads activation rows rounded up to this many elements
  // Attention for batch b, kv head g, query positions [l0, l1) (f32 variants only, else null);
  // `scratch` holds attention_scratch_bytes(a, l1 - l0) bytes.
  void (*attention)(const AttnArgs& a, int64_t b, int64_t g, int64_t l0, int64_t l1,
                    void* scratch);
  // Log-sum-exp of n elements of x as *m = max, *s = sum of exp(x - max) (f32 variants only).
  void (*lse)(const void* x, DType type, int64_t n, float* m, float* s);
  int64_t (*scratch_bytes)(int64_t rows, int64_t K);  // for dense and quant
};

constexpr int64_t kAttnKeyBlock = 64;

static inline int64_t attention_scratch_bytes(const AttnArgs& a, int64_t positions) {
  const int64_t rows = a.Hq / a.Hkv * positions;
  return 4 * (2 * rows * a.D + 4 * rows + 2 * kAttnKeyBlock * a.D + 4 * kAttnKeyBlock) + 64;
}

static inline int64_t quant_x_len(const Isa* isa, int64_t K) {
  return (K + isa->quant_x_align - 1) / isa->quant_x_align * isa->quant_x_align;
}

// Tiles of up to 4 weight rows are decoded to f32 (or bf16, padded to 128) before
// multiplying many activation rows.
static inline int64_t tile_scratch_bytes(int64_t rows, int64_t K) {
  (void)rows;
  return 4 * (K + 128) * 4;
}

// Variants compiled into this build (null when the compiler or platform lacks them).
const Isa* isa_scalar();
const Isa* isa_avx2();
const Isa* isa_avx512();
const Isa* isa_avx512bf16();
const Isa* isa_amx();
bool amx_usable();  // the OS let this process use the AMX tile state
const Isa* isa_neon();

// Stores one result: value + bias[n], converted to the output type.
static inline void store_result(const Out& out, int64_t m, int64_t n, float v) {
  if (out.bias) {
    const int64_t i = n * out.bias_stride;
    v += out.bias_type == DType::bf16 ? bf16_to_f32(static_cast<const uint16_t*>(out.bias)[i])
                                      : static_cast<const float*>(out.bias)[i];
  }
  if (out.type == DType::bf16) {
    static_cast<uint16_t*>(out.rows[m])[n - out.n0] = f32_to_bf16(v);
  } else {
    static_cast<float*>(out.rows[m])[n - out.n0] = v;
  }
}

}  // namespace gk
