// Reductions over long rows, written once over the vector traits of tile_f32.h and compiled per
// ISA: the log-sum-exp of a stretch of logits, as a (maximum, sum of exp(x - maximum)) pair that
// callers combine across stretches. MLX's CPU logsumexp computes exp one scalar at a time, on one
// thread: 2.5 ms for one row of GPT-OSS's 201,088 logits, every decoding step of every sequence.
#pragma once

#include <cmath>
#include <limits>

#include "tile_f32.h"

namespace gk::f32path {
namespace {

// n elements of x: m = their maximum (NaN if any is NaN), s = sum of exp(x - m) (1 when m is
// infinite or NaN: m then decides the result alone). std::max keeps m when v is NaN, and
// V::exp gives 0 for NaN, so NaNs are found through the plain sum of the elements instead.
template <class V>
void lse_part(const void* x, DType t, int64_t n, float* m_out, float* s_out) {
  using R = typename V::R;
  const int64_t vec = n / V::L * V::L;
  float m = -std::numeric_limits<float>::infinity();
  float total = 0.0f;  // NaN if some element is NaN (or both infinities occur): then look closer
  if (vec > 0) {
    R mv = V::set1(m), sum = V::zero();
    for (int64_t i = 0; i < vec; i += V::L) {
      const R v = load_any<V>(x, t, i);
      mv = V::max(mv, v);
      sum = V::add(sum, v);
    }
    m = V::hmax(mv);
    total = V::hsum(sum);
  }
  for (int64_t i = vec; i < n; ++i) {
    const float v = load_scalar(x, t, i);
    m = std::max(m, v);
    total += v;
  }
  bool nan = false;
  if (total != total) {
    for (int64_t i = 0; i < n && !nan; ++i) nan = load_scalar(x, t, i) != load_scalar(x, t, i);
  }
  if (nan || std::isinf(m)) {
    *m_out = nan ? std::numeric_limits<float>::quiet_NaN() : m;
    *s_out = 1.0f;
    return;
  }
  const R neg = V::set1(-m);
  R acc = V::zero();
  for (int64_t i = 0; i < vec; i += V::L) acc = V::add(acc, V::exp(V::add(load_any<V>(x, t, i), neg)));
  float s = vec > 0 ? V::hsum(acc) : 0.0f;
  for (int64_t i = vec; i < n; ++i) s += std::exp(load_scalar(x, t, i) - m);
  *m_out = m;
  *s_out = s;
}

}  // namespace
}  // namespace gk::f32path
