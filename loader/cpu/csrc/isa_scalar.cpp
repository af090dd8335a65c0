// Portable fallback: the f32 kernels with one lane. Correct everywhere, fast nowhere; used when
// the CPU has none of the SIMD extensions the other variants need.
#include <cmath>

#include "isa_f32.h"

namespace gk {
namespace {

struct VScalar {
  using R = float;
  static constexpr int L = 1;
  static constexpr int MT = 4;
  static R zero() { return 0.0f; }
  static R set1(float v) { return v; }
  static R load(const float* p) { return *p; }
  static R load_bf16(const uint16_t* p) { return bf16_to_f32(*p); }
  static void store(float* p, R v) { *p = v; }
  static R add(R a, R b) { return a + b; }
  static R mul(R a, R b) { return a * b; }
  static R fma(R a, R b, R c) { return a * b + c; }
  static float hsum(R a) { return a; }
  static constexpr int MTA = 1;
  static R max(R a, R b) { return a > b ? a : b; }
  static float hmax(R a) { return a; }
  static R exp(R x) { return std::exp(x); }
  static void fp4(const uint8_t* p, R& lo, R& hi) {
    lo = kFp4[*p & 15];
    hi = kFp4[*p >> 4];
  }
};

}  // namespace

const Isa* isa_scalar() {
  return f32path::make_isa<VScalar>("scalar");
}

}  // namespace gk
