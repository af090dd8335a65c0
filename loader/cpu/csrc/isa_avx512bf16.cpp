// AVX-512 BF16 variant: bf16 activations times bf16 (or decoded MXFP4) weights with vdpbf16ps,
// 32 multiply-adds per instruction into f32 accumulators. The products of two bf16 values are
// exact in f32, so this differs from the f32 path only in summation order (and in flushing
// subnormal inputs, which the instruction does by definition).
//
// MXFP4 decoding works on four blocks (64 bytes, 128 codes) at a time without widening: as 16-bit
// words, bits 0-4, 4-8, 8-12 and 12-15 of word j start codes 4j, 4j+1, 4j+2 and 4j+3, and vpermw
// looks up the low five bits in a 32-entry table (the 16 E2M1 values twice, so the stray fifth
// bit is harmless). Each of the four results holds one code of every four; `prep_quant_x` lays
// the activations out the same way once per row, so no weight is ever shuffled. Each block's E8M0
// scale multiplies its f32 partial sum, exact for every exponent.
//
// Decoding one token streams each weight row once: rows are walked one at a time (one sequential
// stream the prefetchers follow) with a software prefetch a few kilobytes ahead, which measured
// ~1.7x faster on cold weights than interleaving four rows.
#include "tile_f32.h"

#if defined(GK_HAVE_AVX512BF16)
#include <immintrin.h>

namespace gk {
namespace {

using f32path::for_n_tiles;
using f32path::min64;
using f32path::store_tile;

struct Tiles {
  static constexpr int MT = 4;
};
constexpr int64_t kMBlock = 64;
constexpr int64_t kBufferedMin = 4;  // from this many activation rows, decode tiles once
constexpr int64_t kGroup = 128;      // codes decoded per step (four blocks)
constexpr int kPrefetch = 2048;      // bytes ahead in the weight stream

inline __m512bh as_bh(__m512i v) {
  return reinterpret_cast<__m512bh&>(v);
}

// Lookup tables, built once: E2M1 code (twice over) -> bf16 bits, E8M0 exponent -> f32.
struct Tables {
  alignas(64) uint16_t fp4[32];
  alignas(64) float scale[256];
  Tables() {
    for (int i = 0; i < 32; ++i) fp4[i] = f32_to_bf16(kFp4[i & 15]);
    for (int s = 0; s < 256; ++s) scale[s] = e8m0_to_f32(uint8_t(s));
  }
};
const Tables kTables;

inline __m512i fp4_table() {
  return _mm512_load_si512(kTables.fp4);
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

template <int MT, int NTT>
inline void dot_tile(const uint16_t* w, int64_t K, const uint16_t* const* x,
                     float (&res)[MT][NTT]) {
  __m512 acc[MT][NTT];
  for (int m = 0; m < MT; ++m)
    for (int j = 0; j < NTT; ++j) acc[m][j] = _mm512_setzero_ps();
  int64_t k = 0;
  for (; k + 32 <= K; k += 32) {
    __m512i xv[MT];
    for (int m = 0; m < MT; ++m) xv[m] = _mm512_loadu_si512(x[m] + k);
    for (int j = 0; j < NTT; ++j) {
      __m512i wv = _mm512_loadu_si512(w + j * K + k);
      for (int m = 0; m < MT; ++m) acc[m][j] = _mm512_dpbf16_ps(acc[m][j], as_bh(wv), as_bh(xv[m]));
    }
  }
  if (k < K) {  // zero-filled tail: contributes nothing beyond K
    const __mmask32 mask = _cvtu32_mask32((1u << (K - k)) - 1u);
    __m512i xv[MT];
    for (int m = 0; m < MT; ++m) xv[m] = _mm512_maskz_loadu_epi16(mask, x[m] + k);
    for (int j = 0; j < NTT; ++j) {
      __m512i wv = _mm512_maskz_loadu_epi16(mask, w + j * K + k);
      for (int m = 0; m < MT; ++m) acc[m][j] = _mm512_dpbf16_ps(acc[m][j], as_bh(wv), as_bh(xv[m]));
    }
  }
  for (int m = 0; m < MT; ++m)
    for (int j = 0; j < NTT; ++j) res[m][j] = _mm512_reduce_add_ps(acc[m][j]);
}

// dot_tile over decoded MXFP4 rows (scaled bf16, reordered, `padded` long), summing each group
// of 128 on its own before adding it in: bit for bit what qdot_row computes (the scale is a
// power of two, so applying it before or after the sum rounds the same), so a row's result does
// not depend on how many rows shared the tile.
template <int MT, int NTT>
inline void decoded_tile(const uint16_t* w, int64_t padded, const uint16_t* const* x,
                         float (&res)[MT][NTT]) {
  __m512 acc[MT][NTT];
  for (int m = 0; m < MT; ++m)
    for (int j = 0; j < NTT; ++j) acc[m][j] = _mm512_setzero_ps();
  for (int64_t k = 0; k < padded; k += kGroup) {
    __m512i xv[MT][4];
    for (int m = 0; m < MT; ++m)
      for (int i = 0; i < 4; ++i) xv[m][i] = _mm512_loadu_si512(x[m] + k + 32 * i);
    for (int j = 0; j < NTT; ++j) {
      __m512i wv[4];
      for (int i = 0; i < 4; ++i) wv[i] = _mm512_loadu_si512(w + j * padded + k + 32 * i);
      for (int m = 0; m < MT; ++m) {
        __m512 t = _mm512_dpbf16_ps(_mm512_setzero_ps(), as_bh(wv[0]), as_bh(xv[m][0]));
        for (int i = 1; i < 4; ++i) t = _mm512_dpbf16_ps(t, as_bh(wv[i]), as_bh(xv[m][i]));
        acc[m][j] = _mm512_add_ps(acc[m][j], t);
      }
    }
  }
  for (int m = 0; m < MT; ++m)
    for (int j = 0; j < NTT; ++j) res[m][j] = _mm512_reduce_add_ps(acc[m][j]);
}

// One MXFP4 row (n) against MT activation rows in the reordered layout.
template <int MT>
inline void qdot_row(const QuantW& q, int64_t n, const uint16_t* const* x, float (&res)[MT][1]) {
  const int64_t nb = q.K / 32;
  const uint8_t* row = q.blocks + n * (q.K / 2);
  const uint8_t* sc = q.scales + n * nb;
  const __m512i lut = fp4_table();
  __m512 acc[MT];
  for (int m = 0; m < MT; ++m) acc[m] = _mm512_setzero_ps();
  for (int64_t b = 0; b < nb; b += 4) {
    _mm_prefetch(reinterpret_cast<const char*>(row + b * 16 + kPrefetch), _MM_HINT_T0);
    __m512i e[4];
    decode_group(load_group(row + b * 16, nb - b), lut, e);
    const __m512 s = group_scales(scale_bytes(sc + b, nb - b));
    for (int m = 0; m < MT; ++m) {
      const uint16_t* xg = x[m] + b * 32;
      __m512 t = _mm512_dpbf16_ps(_mm512_setzero_ps(), as_bh(e[0]), as_bh(_mm512_loadu_si512(xg)));
      t = _mm512_dpbf16_ps(t, as_bh(e[1]), as_bh(_mm512_loadu_si512(xg + 32)));
      t = _mm512_dpbf16_ps(t, as_bh(e[2]), as_bh(_mm512_loadu_si512(xg + 64)));
      t = _mm512_dpbf16_ps(t, as_bh(e[3]), as_bh(_mm512_loadu_si512(xg + 96)));
      acc[m] = _mm512_fmadd_ps(t, s, acc[m]);
    }
  }
  for (int m = 0; m < MT; ++m) res[m][0] = _mm512_reduce_add_ps(acc[m]);
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
  for (int j = 0; j < NTT; ++j) {
    const uint8_t* row = q.blocks + (n + j) * (q.K / 2);
    const uint8_t* sc = q.scales + (n + j) * nb;
    uint16_t* dst = buf + j * padded;
    for (int64_t b = 0; b < nb; b += 4) {
      __m512i e[4];
      decode_group(load_group(row + b * 16, nb - b), lut, e);
      // Words 0-7, 8-15, 16-23, 24-31 of every e[k] belong to blocks b .. b+3.
      float s[4] = {0.0f, 0.0f, 0.0f, 0.0f};
      for (int64_t i = 0; i < min64(4, nb - b); ++i) s[i] = kTables.scale[sc[b + i]];
      const __m512 lo = _mm512_mask_blend_ps(0xFF00, _mm512_set1_ps(s[0]), _mm512_set1_ps(s[1]));
      const __m512 hi = _mm512_mask_blend_ps(0xFF00, _mm512_set1_ps(s[2]), _mm512_set1_ps(s[3]));
      for (int k = 0; k < 4; ++k) _mm512_storeu_si512(dst + b * 32 + k * 32, scale_words(e[k], lo, hi));
    }
  }
}

void dense(const DenseW& dw, int64_t n0, int64_t n1, const XRows& x, const Out& out) {
  const auto* w = static_cast<const uint16_t*>(dw.w);  // the caller routes f32 weights elsewhere
  const int64_t K = dw.K;
  const auto* xr = reinterpret_cast<const uint16_t* const*>(x.rows);
  for (int64_t mb = 0; mb < x.count; mb += kMBlock) {
    const int64_t mb1 = min64(x.count, mb + kMBlock);
    for_n_tiles(n0, n1, [&]<int NTT>(int64_t n) {
      f32path::for_m_tiles<Tiles>(mb, mb1, [&]<int MT>(int64_t m) {
        float res[MT][NTT];
        dot_tile<MT, NTT>(w + n * K, K, xr + m, res);
        store_tile<Tiles>(out, m, n, res);
      });
    });
  }
}

void quant(const QuantW& q, int64_t n0, int64_t n1, const XRows& x, const Out& out,
           void* scratch) {
  const auto* xr = reinterpret_cast<const uint16_t* const*>(x.rows);
  if (x.count < kBufferedMin) {
    for (int64_t n = n0; n < n1; ++n) {
      f32path::for_m_tiles<Tiles>(0, x.count, [&]<int MT>(int64_t m) {
        float res[MT][1];
        qdot_row<MT>(q, n, xr + m, res);
        store_tile<Tiles>(out, m, n, res);
      });
    }
    return;
  }
  const int64_t padded = (q.K + kGroup - 1) / kGroup * kGroup;
  auto* buf = static_cast<uint16_t*>(scratch);
  for_n_tiles(n0, n1, [&]<int NTT>(int64_t n) {
    decode_rows<NTT>(q, n, buf, padded);
    for (int64_t mb = 0; mb < x.count; mb += kMBlock) {
      f32path::for_m_tiles<Tiles>(mb, min64(x.count, mb + kMBlock), [&]<int MT>(int64_t m) {
        float res[MT][NTT];
        decoded_tile<MT, NTT>(buf, padded, xr + m, res);
        store_tile<Tiles>(out, m, n, res);
      });
    }
  });
}

// Per group of 128 activations: code order 4j + k goes to position 32k + j; zeros past K.
void prep_quant_x(const void* src, void* dst, int64_t K) {
  const auto* x = static_cast<const uint16_t*>(src);
  auto* o = static_cast<uint16_t*>(dst);
  for (int64_t g = 0; g < K; g += kGroup) {
    for (int k = 0; k < 4; ++k) {
      for (int j = 0; j < 32; ++j) {
        const int64_t i = g + 4 * j + k;
        o[g + 32 * k + j] = i < K ? x[i] : 0;
      }
    }
  }
}

}  // namespace

const Isa* isa_avx512bf16() {
  static const Isa isa{"avx512bf16", true, &dense, &quant, &prep_quant_x, kGroup, nullptr};
  return &isa;
}

}  // namespace gk

#else

namespace gk {
const Isa* isa_avx512bf16() {
  return nullptr;
}
}  // namespace gk

#endif
