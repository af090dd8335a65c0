// AMX variant (Sapphire Rapids and later): the AVX-512 BF16 variant, plus tile matrix multiplies
// (tdpbf16ps: 16x32 by 32x16 bf16 into 16x16 f32, ~30x the multiply-adds of vdpbf16ps here) once
// there are enough activation rows to pay for the tiles (prefill, batched decoding): 3 for bf16
// weights, which tiles read as they are (lm_head at 4-7 rows: 22-17 -> 30 GB/s on 2 threads),
// 16 for MXFP4 weights, which must be decoded to bf16 first (that decoding, not the multiplies,
// bounds this path: 4 experts x 8 tokens ran at 3.5 GB/s here, 5.0 on the dot-product path;
// equal at 16). Below that, and for any weight-row tail that does not fill 32 rows, it
// calls the AVX-512 BF16 variant.
//
// The weights are the A operand, read straight from their rows (dense) or from rows decoded from
// MXFP4 into scratch; the activations are packed once per op and thread into B tiles (pairs of
// k, as AMX wants), so nothing is repacked per weight. Each output is a sum over k blocks in a fixed order
// that depends only on its own weight row and activation row, but not bit for bit the order of
// the dot-product variant: results for the same row differ in the last bits between fewer and
// more than kAmxMin (kAmxMinDense) rows.
#include "tile_f32.h"

#if defined(GK_HAVE_AMX)
#include <sys/syscall.h>
#include <unistd.h>

#include <vector>

#include "avx512bf16_decode.h"

namespace gk {
namespace {

using f32path::min64;

constexpr int64_t kAmxMin = 16;  // activation rows from which tiles pay off (MXFP4)
constexpr int64_t kAmxMinDense = 3;  // the same for bf16 weights (read as they are)
constexpr int64_t kRowsA = 32;  // weight rows per step: two A tiles

struct alignas(64) TileConfig {
  uint8_t palette = 1;
  uint8_t start_row = 0;
  uint8_t reserved[14] = {};
  uint16_t colsb[16] = {};
  uint8_t rows[16] = {};
};

// Tiles 0-3: C (2 weight-row blocks x 2 activation blocks), 4-5: A, 6-7: B; all 16 x 64 bytes.
// The configuration is per thread; it is loaded per call and released after.
struct Tiles {
  Tiles() {
    TileConfig c;
    for (int t = 0; t < 8; ++t) {
      c.rows[t] = 16;
      c.colsb[t] = 64;
    }
    _tile_loadconfig(&c);
  }
  ~Tiles() { _tile_release(); }
};

int64_t packed_words(int64_t rows, int64_t len) {
  return (rows + 15) / 16 * 16 * len;
}

int64_t scratch_bytes(int64_t rows, int64_t K) {
  const int64_t padded = (K + kGroup - 1) / kGroup * kGroup;
  return tile_scratch_bytes(rows, K) + 2 * packed_words(rows, padded) +
         2 * kRowsA * padded + 4 * 16 * 16 * 4 + 128;
}

// Activation rows (bf16, `len` words, len % 32 == 0) as B tiles: tile (mb, kb) holds, for k-pair p
// of block kb and activation m of block mb, the two bf16 words at row p, column m.
void pack_b(const uint16_t* const* x, int64_t rows, int64_t len, uint32_t* packed) {
  const int64_t kblocks = len / 32;
  for (int64_t mb = 0; mb < (rows + 15) / 16; ++mb) {
    for (int64_t kb = 0; kb < kblocks; ++kb) {
      uint32_t* tile = packed + (mb * kblocks + kb) * 256;
      for (int m = 0; m < 16; ++m) {
        const int64_t row = mb * 16 + m;
        uint32_t pairs[16] = {};
        if (row < rows) std::memcpy(pairs, x[row] + kb * 32, 64);
        for (int p = 0; p < 16; ++p) tile[p * 16 + m] = pairs[p];
      }
    }
  }
}

// x packed by pack_b: into `scratch`, or, for rows with an id, into a per-thread copy that the
// op's later tasks on this thread reuse (an op's tasks would otherwise each repack the same rows:
// 9 M word moves for lm_head at 8 rows).
const uint32_t* packed_rows(const XRows& x, int64_t len, uint32_t* scratch) {
  const auto* rows = reinterpret_cast<const uint16_t* const*>(x.rows);
  if (x.id == 0) {
    pack_b(rows, x.count, len, scratch);
    return scratch;
  }
  thread_local uint64_t id = 0;
  thread_local int64_t words = 0;
  thread_local std::vector<uint32_t> copy;
  if (id != x.id || words != packed_words(x.count, len)) {
    words = packed_words(x.count, len);
    copy.resize(size_t(words / 2));
    pack_b(rows, x.count, len, copy.data());
    id = x.id;
  }
  return copy.data();
}

// out rows n .. n+31 (A: 32 weight rows at `a`, `stride` words apart) for every activation row.
void gemm_rows(const uint16_t* a, int64_t stride, int64_t kblocks, const uint32_t* packed,
               int64_t rows, int64_t n, const Out& out, float* stage) {
  const int64_t mblocks = (rows + 15) / 16;
  for (int64_t mb = 0; mb < mblocks; mb += 2) {
    const bool two = mb + 1 < mblocks;
    _tile_zero(0);
    _tile_zero(1);
    _tile_zero(2);
    _tile_zero(3);
    for (int64_t kb = 0; kb < kblocks; ++kb) {
      _tile_loadd(4, a + kb * 32, stride * 2);
      _tile_loadd(5, a + 16 * stride + kb * 32, stride * 2);
      _tile_loadd(6, packed + (mb * kblocks + kb) * 256, 64);
      _tile_dpbf16ps(0, 4, 6);
      _tile_dpbf16ps(2, 5, 6);
      if (two) {
        _tile_loadd(7, packed + ((mb + 1) * kblocks + kb) * 256, 64);
        _tile_dpbf16ps(1, 4, 7);
        _tile_dpbf16ps(3, 5, 7);
      }
    }
    _tile_stored(0, stage, 64);
    _tile_stored(1, stage + 256, 64);
    _tile_stored(2, stage + 512, 64);
    _tile_stored(3, stage + 768, 64);
    for (int half = 0; half < 2; ++half) {      // weight rows n + 16 * half ...
      for (int side = 0; side < 2; ++side) {    // activation block mb + side
        const float* c = stage + (2 * half + side) * 256;
        for (int m = 0; m < 16; ++m) {
          const int64_t row = (mb + side) * 16 + m;
          if (row >= rows || (side == 1 && !two)) continue;
          for (int i = 0; i < 16; ++i) store_result(out, row, n + 16 * half + i, c[i * 16 + m]);
        }
      }
    }
  }
}

void dense(const DenseW& dw, int64_t n0, int64_t n1, const XRows& x, const Out& out,
           void* scratch) {
  if (x.count < kAmxMinDense || dw.K % 32 != 0) return isa_avx512bf16()->dense(dw, n0, n1, x, out, scratch);
  const auto* w = static_cast<const uint16_t*>(dw.w);
  auto* room = static_cast<uint32_t*>(scratch);
  float* stage = reinterpret_cast<float*>(room + packed_words(x.count, dw.K) / 2 + 16);
  const uint32_t* packed = packed_rows(x, dw.K, room);
  int64_t n = n0;
  {
    Tiles tiles;
    for (; n + kRowsA <= n1; n += kRowsA) {
      gemm_rows(w + n * dw.K, dw.K, dw.K / 32, packed, x.count, n, out, stage);
    }
  }
  if (n < n1) isa_avx512bf16()->dense(dw, n, n1, x, out, scratch);
}

void quant(const QuantW& q, int64_t n0, int64_t n1, const XRows& x, const Out& out,
           void* scratch) {
  if (x.count < kAmxMin) return isa_avx512bf16()->quant(q, n0, n1, x, out, scratch);
  const int64_t padded = (q.K + kGroup - 1) / kGroup * kGroup;
  auto* room = static_cast<uint32_t*>(scratch);
  auto* decoded = reinterpret_cast<uint16_t*>(room + packed_words(x.count, padded) / 2 + 16);
  float* stage = reinterpret_cast<float*>(decoded + kRowsA * padded + 32);
  const uint32_t* packed = packed_rows(x, padded, room);
  int64_t n = n0;
  {
    Tiles tiles;
    for (; n + kRowsA <= n1; n += kRowsA) {
      for (int64_t r = 0; r < kRowsA; r += 4) decode_rows<4>(q, n + r, decoded + r * padded, padded);
      gemm_rows(decoded, padded, padded / 32, packed, x.count, n, out, stage);
    }
  }
  if (n < n1) isa_avx512bf16()->quant(q, n, n1, x, out, scratch);
}

void prep_quant_x(const void* src, void* dst, int64_t K) {
  isa_avx512bf16()->prep_quant_x(src, dst, K);
}

}  // namespace

// AMX needs the kernel's permission to use the tile state (Linux: arch_prctl, once a process).
bool amx_usable() {
#if defined(__linux__)
  constexpr long kReqPerm = 0x1023, kXtileData = 18;
  static const bool ok = syscall(SYS_arch_prctl, kReqPerm, kXtileData) == 0;
  return ok;
#else
  return false;
#endif
}

const Isa* isa_amx() {
  static const Isa isa{"amx",  true,    &dense,   &quant, &prep_quant_x,
                       kGroup, nullptr, nullptr, &scratch_bytes};
  return &isa;
}

}  // namespace gk

#else

namespace gk {
bool amx_usable() {
  return false;
}
const Isa* isa_amx() {
  return nullptr;
}
}  // namespace gk

#endif
