// NEON variant of the f32 kernels (4 lanes, arm64 only; NEON is part of the arm64 baseline, so
// no run-time check is needed there).
#include "isa_f32.h"

#if defined(__aarch64__)
#include <arm_neon.h>

namespace gk {
namespace {

struct VNeon {
  using R = float32x4_t;
  static constexpr int L = 4;
  static constexpr int MT = 4;
  static R zero() { return vdupq_n_f32(0.0f); }
  static R set1(float v) { return vdupq_n_f32(v); }
  static R load(const float* p) { return vld1q_f32(p); }
  static R load_bf16(const uint16_t* p) { return vreinterpretq_f32_u32(vshll_n_u16(vld1_u16(p), 16)); }
  static void store(float* p, R v) { vst1q_f32(p, v); }
  static R add(R a, R b) { return vaddq_f32(a, b); }
  static R mul(R a, R b) { return vmulq_f32(a, b); }
  static R fma(R a, R b, R c) { return vfmaq_f32(c, a, b); }
  static float hsum(R a) { return vaddvq_f32(a); }
  static constexpr int MTA = 1;
  static R max(R a, R b) { return vmaxq_f32(a, b); }
  static float hmax(R a) { return vmaxvq_f32(a); }
  // Cephes' expf (see isa_avx512.cpp); 0 below -87.
  static R exp(R x) {
    const uint32x4_t live = vcgeq_f32(x, vdupq_n_f32(-87.0f));
    x = vminq_f32(x, vdupq_n_f32(88.37f));
    const R n = vrndnq_f32(vmulq_n_f32(x, 1.44269504088896341f));
    R r = vfmsq_f32(x, n, vdupq_n_f32(0.693359375f));
    r = vfmsq_f32(r, n, vdupq_n_f32(-2.12194440e-4f));
    R p = vdupq_n_f32(1.9875691500e-4f);
    p = vfmaq_f32(vdupq_n_f32(1.3981999507e-3f), p, r);
    p = vfmaq_f32(vdupq_n_f32(8.3334519073e-3f), p, r);
    p = vfmaq_f32(vdupq_n_f32(4.1665795894e-2f), p, r);
    p = vfmaq_f32(vdupq_n_f32(1.6666665459e-1f), p, r);
    p = vfmaq_f32(vdupq_n_f32(5.0000001201e-1f), p, r);
    p = vfmaq_f32(vaddq_f32(r, vdupq_n_f32(1.0f)), vmulq_f32(p, r), r);
    const int32x4_t e = vshlq_n_s32(vaddq_s32(vcvtq_s32_f32(n), vdupq_n_s32(127)), 23);
    return vreinterpretq_f32_u32(
        vandq_u32(vreinterpretq_u32_f32(vmulq_f32(p, vreinterpretq_f32_s32(e))), live));
  }
  // Table of doubled E2M1 values (all integers), looked up bytewise, widened, then halved.
  static R widen(int8x8_t v) {
    return vmulq_n_f32(vcvtq_f32_s32(vmovl_s16(vget_low_s16(vmovl_s8(v)))), 0.5f);
  }
  static void fp4(const uint8_t* p, R& lo, R& hi) {
    static const int8_t twice[16] = {0, 1, 2, 3, 4, 6, 8, 12, 0, -1, -2, -3, -4, -6, -8, -12};
    const int8x16_t table = vld1q_s8(twice);
    uint32_t word;
    std::memcpy(&word, p, 4);
    uint8x8_t b = vcreate_u8(word);
    lo = widen(vqtbl1_s8(table, vand_u8(b, vdup_n_u8(15))));
    hi = widen(vqtbl1_s8(table, vshr_n_u8(b, 4)));
  }
};

}  // namespace

const Isa* isa_neon() {
  return f32path::make_isa<VNeon>("neon");
}

}  // namespace gk

#else

namespace gk {
const Isa* isa_neon() {
  return nullptr;
}
}  // namespace gk

#endif
