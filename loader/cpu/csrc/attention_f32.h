// Attention with sinks (see AttnArgs in isa.h), written once over the vector traits of
// tile_f32.h and compiled per ISA. Flash-attention style: keys and values stream through in
// blocks of kAttnKeyBlock, each query row keeps a running maximum, denominator and output, so
// no [L, S] score matrix is ever stored; key blocks a row cannot see (causal limit, or an
// all-false boolean mask block, e.g. outside the sliding window) are skipped before any dot
// product. The q heads that share a kv head are processed together, so each key and value block
// is converted to f32 once for all of them. A sink is an extra logit with no value: it starts
// each row's running maximum and denominator.
//
// Extra traits used: max(a, b), hmax(R), exp(R) (with exp(x) = 0 below -87, where f32
// underflows anyway, so masked scores of -inf weigh exactly nothing), MTA (rows per tile).
#pragma once

#include <cmath>
#include <limits>

#include "tile_f32.h"

namespace gk::f32path {
namespace {

constexpr int64_t KB = kAttnKeyBlock;


// Per-task working memory, carved from the caller's scratch (attention_scratch_bytes): f32
// arrays, then the rows' key limits as int64 (two floats' room each).
struct AttnScratch {
  float *q, *o, *m, *l, *kt, *v, *s;
  int64_t* limit;
  AttnScratch(void* base, int64_t rows, int64_t D, int mt) {
    float* p = static_cast<float*>(base);
    q = p, p += rows * D;
    o = p, p += rows * D;
    m = p, p += rows;
    l = p, p += rows;
    kt = p, p += D * KB;
    v = p, p += KB * D;
    s = p, p += int64_t(mt) * KB;
    limit = reinterpret_cast<int64_t*>(p);
  }
};

template <class V>
void attention(const AttnArgs& a, int64_t b, int64_t g, int64_t l0, int64_t l1, void* scratch) {
  using R = typename V::R;
  constexpr int MT = V::MTA;
  constexpr int KV = int(KB / V::L);  // key vectors per block
  const int64_t rep = a.Hq / a.Hkv, D = a.D, rows = rep * (l1 - l0);
  AttnScratch w(scratch, rows, D, MT);
  const float neg_inf = -std::numeric_limits<float>::infinity();
  const int64_t es = elem_bytes(a.type);
  const char* qbase = static_cast<const char*>(a.q);

  // Row r = (position l0 + r / rep, head g * rep + r % rep): rows of one position are adjacent.
  int64_t kend = 0;
  for (int64_t r = 0; r < rows; ++r) {
    const int64_t pos = l0 + r / rep, h = g * rep + r % rep;
    const char* src = qbase + (b * a.qs[0] + h * a.qs[1] + pos * a.qs[2]) * es;
    for (int64_t d = 0; d < D; ++d) w.q[r * D + d] = load_scalar(src, a.type, d) * a.scale;
    for (int64_t d = 0; d < D; ++d) w.o[r * D + d] = 0.0f;
    const bool sink = a.sinks != nullptr;
    w.m[r] = sink ? load_scalar(a.sinks, a.sinks_type, h) : neg_inf;
    w.l[r] = sink ? 1.0f : 0.0f;
    w.limit[r] = a.mask_kind == MaskKind::causal ? a.S - a.L + pos + 1 : a.S;
    kend = w.limit[r] > kend ? w.limit[r] : kend;
  }

  const char* kbase = static_cast<const char*>(a.k) + (b * a.ks[0] + g * a.ks[1]) * es;
  const char* vbase = static_cast<const char*>(a.v) + (b * a.vs[0] + g * a.vs[1]) * es;
  for (int64_t j0 = 0; j0 < kend; j0 += KB) {
    const int64_t kb = min64(KB, kend - j0);
    for (int64_t jj = 0; jj < KB; ++jj) {  // K transposed to [D][KB], V as [KB][D]; zero-padded
      const char* kr = kbase + (j0 + jj) * a.ks[2] * es;
      const char* vr = vbase + (j0 + jj) * a.vs[2] * es;
      for (int64_t d = 0; d < D; ++d) {
        w.kt[d * KB + jj] = jj < kb ? load_scalar(kr, a.type, d) : 0.0f;
        w.v[jj * D + d] = jj < kb ? load_scalar(vr, a.type, d) : 0.0f;
      }
    }
    for (int64_t r0 = 0; r0 < rows; r0 += MT) {
      const int mt = int(min64(MT, rows - r0));
      // Which rows of the tile see anything in this block (causal limit, boolean mask).
      bool any = false;
      bool sees[MT];
      for (int i = 0; i < mt; ++i) {
        const int64_t r = r0 + i, pos = l0 + r / rep, h = g * rep + r % rep;
        sees[i] = w.limit[r] > j0;
        if (sees[i] && a.mask_kind == MaskKind::boolean) {
          const uint8_t* mk = static_cast<const uint8_t*>(a.mask) + b * a.ms[0] + h * a.ms[1] +
                              pos * a.ms[2] + j0 * a.ms[3];
          bool vis = false;
          for (int64_t jj = 0; jj < kb && !vis; ++jj) vis = mk[jj * a.ms[3]] != 0;
          sees[i] = vis;
        }
        any = any || sees[i];
      }
      if (!any) continue;

      // Scores: acc[i][kv] over d, keys along the vector lanes.
      R acc[MT][KV];
      for (int i = 0; i < MT; ++i)
        for (int kv = 0; kv < KV; ++kv) acc[i][kv] = V::zero();
      for (int64_t d = 0; d < D; ++d) {
        R kr[KV];
        for (int kv = 0; kv < KV; ++kv) kr[kv] = V::load(w.kt + d * KB + kv * V::L);
        for (int i = 0; i < mt; ++i) {
          const R qd = V::set1(w.q[(r0 + i) * D + d]);
          for (int kv = 0; kv < KV; ++kv) acc[i][kv] = V::fma(qd, kr[kv], acc[i][kv]);
        }
      }
      for (int i = 0; i < mt; ++i) {
        const int64_t r = r0 + i;
        float* s = w.s + i * KB;
        for (int kv = 0; kv < KV; ++kv) V::store(s + kv * V::L, acc[i][kv]);
        if (!sees[i]) continue;
        const int64_t pos = l0 + r / rep, h = g * rep + r % rep;
        const int64_t visible = min64(kb, w.limit[r] - j0);
        for (int64_t jj = visible; jj < KB; ++jj) s[jj] = neg_inf;
        if (a.mask_kind == MaskKind::boolean || a.mask_kind == MaskKind::additive) {
          const int64_t off = b * a.ms[0] + h * a.ms[1] + pos * a.ms[2] + j0 * a.ms[3];
          for (int64_t jj = 0; jj < visible; ++jj) {
            if (a.mask_kind == MaskKind::boolean) {
              if (static_cast<const uint8_t*>(a.mask)[off + jj * a.ms[3]] == 0) s[jj] = neg_inf;
            } else {
              s[jj] += load_scalar(a.mask, a.mask_type, off + jj * a.ms[3]);
            }
          }
        }
        // Online softmax: rescale what was accumulated to the new maximum, add this block.
        R mx = V::load(s);
        for (int kv = 1; kv < KV; ++kv) mx = V::max(mx, V::load(s + kv * V::L));
        const float mnew = std::max(w.m[r], V::hmax(mx));
        if (mnew == neg_inf) continue;  // nothing visible yet (no sink, all masked)
        const float alpha = std::exp(w.m[r] - mnew);
        const R neg = V::set1(-mnew);
        R sum = V::zero();
        for (int kv = 0; kv < KV; ++kv) {
          const R p = V::exp(V::add(V::load(s + kv * V::L), neg));
          V::store(s + kv * V::L, p);
          sum = V::add(sum, p);
        }
        w.m[r] = mnew;
        w.l[r] = w.l[r] * alpha + V::hsum(sum);
        float* o = w.o + r * D;
        const R av = V::set1(alpha);
        for (int64_t d = 0; d < D; d += V::L) V::store(o + d, V::mul(V::load(o + d), av));
        for (int64_t d = 0; d < D; d += 4 * V::L) {  // o += p . V, four vectors of o at a time
          const int nv = int(min64(4, (D - d) / V::L));
          R ov[4];
          for (int u = 0; u < nv; ++u) ov[u] = V::load(o + d + u * V::L);
          for (int64_t jj = 0; jj < visible; ++jj) {
            const R p = V::set1(s[jj]);
            for (int u = 0; u < nv; ++u) ov[u] = V::fma(p, V::load(w.v + jj * D + d + u * V::L), ov[u]);
          }
          for (int u = 0; u < nv; ++u) V::store(o + d + u * V::L, ov[u]);
        }
      }
    }
  }

  char* obase = static_cast<char*>(a.out);
  for (int64_t r = 0; r < rows; ++r) {
    const int64_t pos = l0 + r / rep, h = g * rep + r % rep;
    const float inv = w.l[r] > 0.0f ? 1.0f / w.l[r] : 0.0f;
    char* dst = obase + ((b * a.Hq + h) * a.L + pos) * D * es;
    for (int64_t d = 0; d < D; ++d) {
      const float v = w.o[r * D + d] * inv;
      if (a.type == DType::bf16) {
        reinterpret_cast<uint16_t*>(dst)[d] = f32_to_bf16(v);
      } else {
        reinterpret_cast<float*>(dst)[d] = v;
      }
    }
  }
}

}  // namespace
}  // namespace gk::f32path
