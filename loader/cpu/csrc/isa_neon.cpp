// NEON variant of the f32 kernels (4 lanes, arm64 only; NEON is part of the arm64 baseline, so
// no run-time check is needed there).
#include "tile_f32.h"

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
