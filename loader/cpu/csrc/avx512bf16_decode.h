// MXFP4 decoding for the AVX-512 BF16 and AMX variants (both compile this header with the BF16
// instructions enabled): codes to bf16 words four blocks at a time, and whole rows to scaled
// bf16 in the reordered layout `prep_quant_x` gives activations (see isa_avx512bf16.cpp).
#pragma once

#include <immintrin.h>

#include "tile_f32.h"

namespace gk {
namespace {

constexpr int64_t kGroup = 128;  // codes decoded per step (four blocks)

inline __m512bh as_bh(__m512i v) {
  return reinterpret_cast<__m512bh&>(v);
}

// Lookup tables, built once on first use: E2M1 code (twice over) -> bf16 bits, E8M0 exponent
// -> f32.
struct Tables {
  alignas(64) uint16_t fp4[32];
  alignas(64) float scale[256];
  Tables() {
    for (int i = 0; i < 32; ++i) fp4[i] = f32_to_bf16(kFp4[i & 15]);
    for (int s = 0; s < 256; ++s) scale[s] = e8m0_to_f32(uint8_t(s));
  }
};
// Never a namespace-scope object: this header is compiled with AVX-512 enabled, and such an
// object is built when the module loads, on every CPU (an AVX2-only one dies of an illegal
// instruction at import). A function-local static is built on its first call, which only the
// variants chosen after the run-time check make.
inline const Tables& tables() {
  static const Tables built;
  return built;
}

inline __m512i fp4_table() {
  return _mm512_load_si512(tables().fp4);
}

// 128 codes -> e[k] (32 bf16 words; word j = code 4j + k). Lane i of a vdpbf16ps over e[k]
// sums codes of block i / 4.
inline void decode_group(__m512i v, __m512i lut, __m512i (&e)[4]) {
  e[0] = _mm512_permutexvar_epi16(v, lut);
  e[1] = _mm512_permutexvar_epi16(_mm512_srli_epi16(v, 4), lut);
  e[2] = _mm512_permutexvar_epi16(_mm512_srli_epi16(v, 8), lut);
  e[3] = _mm512_permutexvar_epi16(_mm512_srli_epi16(v, 12), lut);
}

// The group's codes: 64 bytes, or the `blocks` (< 4) left at the end of a row, zero-filled.
inline __m512i load_group(const uint8_t* p, int64_t blocks) {
  if (blocks >= 4) return _mm512_loadu_si512(p);
  return _mm512_maskz_loadu_epi8(_cvtu64_mask64((uint64_t(1) << (blocks * 16)) - 1), p);
}

// Lanes 4b..4b+3 get block b's scale, from four scale bytes packed in an int (zero: no block).
inline __m512 group_scales(int32_t s4) {
  const __m512i spread = _mm512_set_epi8(
      -1, -1, -1, 3, -1, -1, -1, 3, -1, -1, -1, 3, -1, -1, -1, 3,
      -1, -1, -1, 2, -1, -1, -1, 2, -1, -1, -1, 2, -1, -1, -1, 2,
      -1, -1, -1, 1, -1, -1, -1, 1, -1, -1, -1, 1, -1, -1, -1, 1,
      -1, -1, -1, 0, -1, -1, -1, 0, -1, -1, -1, 0, -1, -1, -1, 0);
  return _mm512_castsi512_ps(
      _mm512_slli_epi32(_mm512_shuffle_epi8(_mm512_set1_epi32(s4), spread), 23));
}

// The scale bytes of a group (a plain 4-byte load when the group is whole).
inline int32_t scale_bytes(const uint8_t* s, int64_t blocks) {
  int32_t s4 = 0;
  if (blocks >= 4) {
    std::memcpy(&s4, s, 4);
  } else {
    for (int64_t i = 0; i < blocks; ++i) s4 |= int32_t(s[i]) << (8 * i);
  }
  return s4;
}

// 32 bf16 words times per-lane scales (`lo` for words 0-15, `hi` for 16-31), back to bf16.
// Exact: a scaled E2M1 value has two significant bits.
inline __m512i scale_words(__m512i w, __m512 lo, __m512 hi) {
  __m512 a = _mm512_castsi512_ps(
      _mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm512_castsi512_si256(w)), 16));
  __m512 b = _mm512_castsi512_ps(
      _mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm512_extracti64x4_epi64(w, 1)), 16));
  __m512bh r = _mm512_cvtne2ps_pbh(_mm512_mul_ps(b, hi), _mm512_mul_ps(a, lo));
  return reinterpret_cast<__m512i&>(r);
}

// NTT MXFP4 rows at n -> scaled bf16 rows of quant_x_len(K) words in buf (reordered layout).
template <int NTT>
inline void decode_rows(const QuantW& q, int64_t n, uint16_t* buf, int64_t padded) {
  const int64_t nb = q.K / 32;
  const __m512i lut = fp4_table();
  const float* scale = tables().scale;
  for (int j = 0; j < NTT; ++j) {
    const uint8_t* row = q.row(n + j);
    const uint8_t* sc = q.row_scales(n + j);
    uint16_t* dst = buf + j * padded;
    for (int64_t b = 0; b < nb; b += 4) {
      __m512i e[4];
      decode_group(load_group(row + b * 16, nb - b), lut, e);
      // Words 0-7, 8-15, 16-23, 24-31 of every e[k] belong to blocks b .. b+3.
      float s[4] = {0.0f, 0.0f, 0.0f, 0.0f};
      for (int64_t i = 0; i < f32path::min64(4, nb - b); ++i) s[i] = scale[sc[b + i]];
      const __m512 lo = _mm512_mask_blend_ps(0xFF00, _mm512_set1_ps(s[0]), _mm512_set1_ps(s[1]));
      const __m512 hi = _mm512_mask_blend_ps(0xFF00, _mm512_set1_ps(s[2]), _mm512_set1_ps(s[3]));
      for (int k = 0; k < 4; ++k) _mm512_storeu_si512(dst + b * 32 + k * 32, scale_words(e[k], lo, hi));
    }
  }
}

}  // namespace
}  // namespace gk
