// The f32 kernels, written once over a small vector-traits type `V` and compiled per ISA
// (scalar, AVX2, AVX-512, NEON: see isa_*.cpp). Weights are widened to f32 in registers and
// multiplied with f32 activations; accumulation is f32 throughout.
//
// V provides: R (register type), L (lanes), MT (activation rows per tile), zero(), set1(f),
// load(const float*), load_bf16(const uint16_t*), store, mul, add, fma(a, b, c) = a*b + c,
// hsum(R), and
// fp4(const uint8_t* p, R& lo, R& hi): L bytes of E2M1 codes to the L low and L high nibbles.
// Because fp4 yields even-indexed then odd-indexed elements, `prep_quant_x` reorders each group
// of 2L activations the same way once per row, instead of shuffling every decoded weight.
#pragma once

#include "isa.h"

namespace gk::f32path {
namespace {  // internal to each variant's translation unit (see isa.h)

constexpr int NT = 4;            // weight rows per tile
constexpr int64_t kMBlock = 64;  // activation rows kept hot in cache per pass over a tile
constexpr int64_t kBufferedMin = 4;  // from this many rows, decode MXFP4 tiles once to f32
constexpr int kPrefetch = 2048;      // bytes ahead in the weight stream (see isa_avx512bf16.cpp)

template <class V>
inline typename V::R load_w(const uint16_t* p) {
  return V::load_bf16(p);
}
template <class V>
inline typename V::R load_w(const float* p) {
  return V::load(p);
}
static inline float scalar_w(const uint16_t* p) {
  return bf16_to_f32(*p);
}
static inline float scalar_w(const float* p) {
  return *p;
}

// Element i of an f32 or bf16 buffer, as f32 (one vector of them: load_any).
inline float load_scalar(const void* base, DType t, int64_t i) {
  return t == DType::bf16 ? bf16_to_f32(static_cast<const uint16_t*>(base)[i])
                          : static_cast<const float*>(base)[i];
}

inline int64_t elem_bytes(DType t) {
  return t == DType::bf16 ? 2 : 4;
}

template <class V>
inline typename V::R load_any(const void* x, DType t, int64_t i) {
  return t == DType::bf16 ? load_w<V>(static_cast<const uint16_t*>(x) + i)
                          : load_w<V>(static_cast<const float*>(x) + i);
}

// res[m][j] = dot(w row j, x row m) for a tile of MT activation rows and NTT weight rows.
template <class V, class W, int MT, int NTT>
inline void dense_tile(const W* w, int64_t K, const float* const* x, float (&res)[MT][NTT]) {
  using R = typename V::R;
  R acc[MT][NTT];
  for (int m = 0; m < MT; ++m)
    for (int j = 0; j < NTT; ++j) acc[m][j] = V::zero();
  int64_t k = 0;
  for (; k + V::L <= K; k += V::L) {
    R xv[MT];
    for (int m = 0; m < MT; ++m) xv[m] = V::load(x[m] + k);
    for (int j = 0; j < NTT; ++j) {
      __builtin_prefetch(reinterpret_cast<const char*>(w + j * K + k) + kPrefetch);
      R wv = load_w<V>(w + j * K + k);
      for (int m = 0; m < MT; ++m) acc[m][j] = V::fma(wv, xv[m], acc[m][j]);
    }
  }
  for (int m = 0; m < MT; ++m) {
    for (int j = 0; j < NTT; ++j) {
      float s = V::hsum(acc[m][j]);
      for (int64_t kk = k; kk < K; ++kk) s += scalar_w(w + j * K + kk) * x[m][kk];
      res[m][j] = s;
    }
  }
}

// Same for MXFP4 rows, decoding each 32-element block in registers (x rows reordered).
template <class V, int MT, int NTT>
inline void quant_tile(const QuantW& q, int64_t n, const float* const* x,
                       float (&res)[MT][NTT]) {
  using R = typename V::R;
  constexpr int G = 32 / (2 * V::L);  // groups of 2L elements per block
  const int64_t nb = q.K / 32;
  R acc[MT][NTT];
  for (int m = 0; m < MT; ++m)
    for (int j = 0; j < NTT; ++j) acc[m][j] = V::zero();
  for (int64_t b = 0; b < nb; ++b) {
    R xv[MT][2 * G];
    for (int m = 0; m < MT; ++m)
      for (int g = 0; g < 2 * G; ++g) xv[m][g] = V::load(x[m] + b * 32 + g * V::L);
    for (int j = 0; j < NTT; ++j) {
      const uint8_t* blk = q.row(n + j) + b * 16;
      __builtin_prefetch(blk + kPrefetch);
      R t[MT];
      for (int m = 0; m < MT; ++m) t[m] = V::zero();
      for (int g = 0; g < G; ++g) {
        R lo, hi;
        V::fp4(blk + g * V::L, lo, hi);
        for (int m = 0; m < MT; ++m) {
          t[m] = V::fma(lo, xv[m][2 * g], t[m]);
          t[m] = V::fma(hi, xv[m][2 * g + 1], t[m]);
        }
      }
      R s = V::set1(e8m0_to_f32(q.row_scales(n + j)[b]));
      for (int m = 0; m < MT; ++m) acc[m][j] = V::fma(t[m], s, acc[m][j]);
    }
  }
  for (int m = 0; m < MT; ++m)
    for (int j = 0; j < NTT; ++j) res[m][j] = V::hsum(acc[m][j]);
}

// dense_tile over decoded MXFP4 rows (buf, scaled), summing each 32-element block on its own
// before adding it in: the same additions, in the same order, as quant_tile (scaling by a power
// of two commutes with rounding), so a row's result never depends on how many rows shared it.
template <class V, int MT, int NTT>
inline void decoded_tile(const float* w, int64_t K, const float* const* x,
                         float (&res)[MT][NTT]) {
  using R = typename V::R;
  constexpr int G = 32 / (2 * V::L);
  R acc[MT][NTT];
  for (int m = 0; m < MT; ++m)
    for (int j = 0; j < NTT; ++j) acc[m][j] = V::zero();
  for (int64_t b = 0; b < K; b += 32) {
    R xv[MT][2 * G];
    for (int m = 0; m < MT; ++m)
      for (int g = 0; g < 2 * G; ++g) xv[m][g] = V::load(x[m] + b + g * V::L);
    for (int j = 0; j < NTT; ++j) {
      R t[MT];
      for (int m = 0; m < MT; ++m) t[m] = V::zero();
      for (int g = 0; g < G; ++g) {
        const R lo = V::load(w + j * K + b + 2 * g * V::L);
        const R hi = V::load(w + j * K + b + (2 * g + 1) * V::L);
        for (int m = 0; m < MT; ++m) {
          t[m] = V::fma(lo, xv[m][2 * g], t[m]);
          t[m] = V::fma(hi, xv[m][2 * g + 1], t[m]);
        }
      }
      for (int m = 0; m < MT; ++m) acc[m][j] = V::add(acc[m][j], t[m]);
    }
  }
  for (int m = 0; m < MT; ++m)
    for (int j = 0; j < NTT; ++j) res[m][j] = V::hsum(acc[m][j]);
}

// Decodes NTT MXFP4 rows starting at n into buf (f32, scaled, in the reordered layout).
template <class V, int NTT>
inline void decode_rows(const QuantW& q, int64_t n, float* buf) {
  using R = typename V::R;
  constexpr int G = 32 / (2 * V::L);
  const int64_t nb = q.K / 32;
  for (int j = 0; j < NTT; ++j) {
    for (int64_t b = 0; b < nb; ++b) {
      const uint8_t* blk = q.row(n + j) + b * 16;
      R s = V::set1(e8m0_to_f32(q.row_scales(n + j)[b]));
      float* dst = buf + j * q.K + b * 32;
      for (int g = 0; g < G; ++g) {
        R lo, hi;
        V::fp4(blk + g * V::L, lo, hi);
        V::store(dst + 2 * g * V::L, V::mul(lo, s));
        V::store(dst + (2 * g + 1) * V::L, V::mul(hi, s));
      }
    }
  }
}

// Runs `tile<MT>(m)` over activation rows [m0, m1) in tiles of V::MT, then the remainder.
template <class V, class F>
inline void for_m_tiles(int64_t m0, int64_t m1, F&& tile) {
  int64_t m = m0;
  for (; m + V::MT <= m1; m += V::MT) tile.template operator()<V::MT>(m);
  const int64_t rest = m1 - m;
  if constexpr (V::MT > 3) {
    if (rest == 3) return tile.template operator()<3>(m);
  }
  if constexpr (V::MT > 2) {
    if (rest == 2) return tile.template operator()<2>(m);
  }
  if (rest == 1) tile.template operator()<1>(m);
}

// Runs `tile<NTT>(n)` over weight rows [n0, n1) in tiles of TILE (<= 4), then the remainder.
template <int TILE = NT, class F>
inline void for_n_tiles(int64_t n0, int64_t n1, F&& tile) {
  int64_t n = n0;
  for (; n + TILE <= n1; n += TILE) tile.template operator()<TILE>(n);
  if constexpr (TILE == 1) return;
  switch (n1 - n) {
    case 3: return tile.template operator()<3>(n);
    case 2: return tile.template operator()<2>(n);
    case 1: return tile.template operator()<1>(n);
    default: return;
  }
}

template <class V, int MT, int NTT>
inline void store_tile(const Out& out, int64_t m, int64_t n, const float (&res)[MT][NTT]) {
  for (int i = 0; i < MT; ++i)
    for (int j = 0; j < NTT; ++j) store_result(out, m + i, n + j, res[i][j]);
}

inline int64_t min64(int64_t a, int64_t b) {
  return a < b ? a : b;
}

template <class V, class W>
void dense_impl(const DenseW& dw, int64_t n0, int64_t n1, const XRows& x, const Out& out) {
  const W* w = static_cast<const W*>(dw.w);
  const int64_t K = dw.K;
  const auto* xr = reinterpret_cast<const float* const*>(x.rows);
  auto rows = [&]<int TILE>() {  // few activation rows: one prefetched weight stream
    for (int64_t mb = 0; mb < x.count; mb += kMBlock) {
      const int64_t mb1 = min64(x.count, mb + kMBlock);
      for_n_tiles<TILE>(n0, n1, [&]<int NTT>(int64_t n) {
        for_m_tiles<V>(mb, mb1, [&]<int MT>(int64_t m) {
          float res[MT][NTT];
          dense_tile<V, W, MT, NTT>(w + n * K, K, xr + m, res);
          store_tile<V>(out, m, n, res);
        });
      });
    }
  };
  if (x.count < kBufferedMin) {
    rows.template operator()<1>();
  } else {
    rows.template operator()<NT>();
  }
}

template <class V>
void dense(const DenseW& dw, int64_t n0, int64_t n1, const XRows& x, const Out& out, void*) {
  if (dw.type == DType::bf16) {
    dense_impl<V, uint16_t>(dw, n0, n1, x, out);
  } else {
    dense_impl<V, float>(dw, n0, n1, x, out);
  }
}

template <class V>
void quant(const QuantW& q, int64_t n0, int64_t n1, const XRows& x, const Out& out,
           void* scratch) {
  const auto* xr = reinterpret_cast<const float* const*>(x.rows);
  if (x.count < kBufferedMin) {  // one row at a time: a single stream for the prefetchers
    for_n_tiles<1>(n0, n1, [&]<int NTT>(int64_t n) {
      for_m_tiles<V>(0, x.count, [&]<int MT>(int64_t m) {
        float res[MT][NTT];
        quant_tile<V, MT, NTT>(q, n, xr + m, res);
        store_tile<V>(out, m, n, res);
      });
    });
    return;
  }
  float* buf = static_cast<float*>(scratch);
  for_n_tiles(n0, n1, [&]<int NTT>(int64_t n) {
    decode_rows<V, NTT>(q, n, buf);
    for (int64_t mb = 0; mb < x.count; mb += kMBlock) {
      for_m_tiles<V>(mb, min64(x.count, mb + kMBlock), [&]<int MT>(int64_t m) {
        float res[MT][NTT];
        decoded_tile<V, MT, NTT>(buf, q.K, xr + m, res);
        store_tile<V>(out, m, n, res);
      });
    }
  });
}

// Within each group of 2L activations: the L even-indexed ones, then the L odd-indexed ones.
template <class V>
void prep_quant_x(const void* src, void* dst, int64_t K) {
  const float* x = static_cast<const float*>(src);
  float* o = static_cast<float*>(dst);
  constexpr int64_t L = V::L;
  for (int64_t g = 0; g < K; g += 2 * L) {
    for (int64_t i = 0; i < L; ++i) {
      o[g + i] = x[g + 2 * i];
      o[g + L + i] = x[g + 2 * i + 1];
    }
  }
}

}  // namespace
}  // namespace gk::f32path
