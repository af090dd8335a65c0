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
// Decoding streams each weight row once: rows are walked one at a time (one sequential stream
// the prefetchers follow) with a software prefetch a few kilobytes ahead, which measured ~1.7x
// faster on cold MXFP4 weights than interleaving four rows (and 28 -> 33 GB/s for bf16).
#include "tile_f32.h"

#if defined(GK_HAVE_AVX512BF16)
#include "avx512bf16_decode.h"

namespace gk {
namespace {

using f32path::for_n_tiles;
using f32path::min64;
using f32path::store_tile;

struct Tiles {
  static constexpr int MT = 4;
};
constexpr int64_t kMBlock = 64;
// From this many activation rows, MXFP4 tiles are decoded once for all of them (4 experts x 16
// tokens: 1.9 GB/s buffered, 2.2 row by row; equal from ~128 rows).
constexpr int64_t kBufferedMin = 32;
constexpr int64_t kDenseTileMin = 4;  // from this many rows, dense weights go four rows a tile
constexpr int kPrefetch = 2048;      // bytes ahead in the weight stream


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
      _mm_prefetch(reinterpret_cast<const char*>(w + j * K + k) + kPrefetch, _MM_HINT_T0);
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

// One MXFP4 row (n) against MT activation rows in the reordered layout. Scales are widened to
// f32 sixteen blocks at a time; each group then takes its four with one permute.
template <int MT>
inline void qdot_row(const QuantW& q, int64_t n, const uint16_t* const* x, float (&res)[MT][1]) {
  const int64_t nb = q.K / 32;
  const uint8_t* row = q.row(n);
  const uint8_t* sc = q.row_scales(n);
  const __m512i lut = fp4_table();
  // Lane i of group g's partial sums belongs to block 4g + i / 4 of the sixteen.
  const __m512i quarter = _mm512_srli_epi32(
      _mm512_set_epi32(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0), 2);
  const __m512i pick[4] = {quarter, _mm512_add_epi32(quarter, _mm512_set1_epi32(4)),
                           _mm512_add_epi32(quarter, _mm512_set1_epi32(8)),
                           _mm512_add_epi32(quarter, _mm512_set1_epi32(12))};
  __m512 acc[MT];
  for (int m = 0; m < MT; ++m) acc[m] = _mm512_setzero_ps();
  for (int64_t b16 = 0; b16 < nb; b16 += 16) {
    const int64_t left = nb - b16;
    const __m128i raw = left >= 16 ? _mm_loadu_si128(reinterpret_cast<const __m128i*>(sc + b16))
                                   : _mm_maskz_loadu_epi8(_cvtu32_mask16((1u << left) - 1),
                                                          sc + b16);
    const __m512 scales16 = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu8_epi32(raw), 23));
    for (int64_t g = 0; g < 4 && 4 * g < left; ++g) {
      const int64_t b = b16 + 4 * g;
      _mm_prefetch(reinterpret_cast<const char*>(row + b * 16 + kPrefetch), _MM_HINT_T0);
      __m512i e[4];
      decode_group(load_group(row + b * 16, nb - b), lut, e);
      const __m512 s = _mm512_permutexvar_ps(pick[g], scales16);
      for (int m = 0; m < MT; ++m) {
        const uint16_t* xg = x[m] + b * 32;
        __m512 t = _mm512_dpbf16_ps(_mm512_setzero_ps(), as_bh(e[0]), as_bh(_mm512_loadu_si512(xg)));
        t = _mm512_dpbf16_ps(t, as_bh(e[1]), as_bh(_mm512_loadu_si512(xg + 32)));
        t = _mm512_dpbf16_ps(t, as_bh(e[2]), as_bh(_mm512_loadu_si512(xg + 64)));
        t = _mm512_dpbf16_ps(t, as_bh(e[3]), as_bh(_mm512_loadu_si512(xg + 96)));
        acc[m] = _mm512_fmadd_ps(t, s, acc[m]);
      }
    }
  }
  for (int m = 0; m < MT; ++m) res[m][0] = _mm512_reduce_add_ps(acc[m]);
}

// A few activation rows (decoding): one weight row at a time, a single prefetched stream (lm_head
// measured 28 -> 33 GB/s on 2 threads). Many rows: four weight rows a tile, each activation
// load feeding four multiply-adds.
void dense(const DenseW& dw, int64_t n0, int64_t n1, const XRows& x, const Out& out, void*) {
  const auto* w = static_cast<const uint16_t*>(dw.w);  // the caller routes f32 weights elsewhere
  const int64_t K = dw.K;
  const auto* xr = reinterpret_cast<const uint16_t* const*>(x.rows);
  auto rows = [&]<int NT>() {
    for (int64_t mb = 0; mb < x.count; mb += kMBlock) {
      const int64_t mb1 = min64(x.count, mb + kMBlock);
      for_n_tiles<NT>(n0, n1, [&]<int NTT>(int64_t n) {
        f32path::for_m_tiles<Tiles>(mb, mb1, [&]<int MT>(int64_t m) {
          float res[MT][NTT];
          dot_tile<MT, NTT>(w + n * K, K, xr + m, res);
          store_tile<Tiles>(out, m, n, res);
        });
      });
    }
  };
  if (x.count < kDenseTileMin) {
    rows.template operator()<1>();
  } else {
    rows.template operator()<f32path::NT>();
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
  static const Isa isa{"avx512bf16", true,    &dense,   &quant, &prep_quant_x,
                       kGroup,       nullptr, nullptr, &tile_scratch_bytes};
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

