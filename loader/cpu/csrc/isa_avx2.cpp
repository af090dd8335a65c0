// AVX2 + FMA variant of the f32 kernels (8 lanes). Compiled with -mavx2 -mfma -mf16c and only
// called after the CPU was checked for those extensions (see cpu.cpp).
#include "tile_f32.h"

#if defined(GK_HAVE_AVX2)
#include <immintrin.h>

namespace gk {
namespace {

struct VAvx2 {
  using R = __m256;
  static constexpr int L = 8;
  static constexpr int MT = 2;  // 16 registers: 2x4 accumulators + weights + activations
  static R zero() { return _mm256_setzero_ps(); }
  static R set1(float v) { return _mm256_set1_ps(v); }
  static R load(const float* p) { return _mm256_loadu_ps(p); }
  static R load_bf16(const uint16_t* p) {
    __m128i h = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
  }
  static void store(float* p, R v) { _mm256_storeu_ps(p, v); }
  static R add(R a, R b) { return _mm256_add_ps(a, b); }
  static R mul(R a, R b) { return _mm256_mul_ps(a, b); }
  static R fma(R a, R b, R c) { return _mm256_fmadd_ps(a, b, c); }
  static float hsum(R a) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
  }
  // vpermps looks at the low 3 index bits (the magnitude); bit 3 of the code becomes the sign.
  static R decode(__m256i codes) {
    const __m256 mag = _mm256_setr_ps(0.0f, 0.5f, 1.0f, 1.5f, 2.0f, 3.0f, 4.0f, 6.0f);
    __m256i sign = _mm256_and_si256(_mm256_slli_epi32(codes, 28), _mm256_set1_epi32(INT32_MIN));
    return _mm256_xor_ps(_mm256_permutevar8x32_ps(mag, codes), _mm256_castsi256_ps(sign));
  }
  static void fp4(const uint8_t* p, R& lo, R& hi) {
    __m256i d = _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p)));
    lo = decode(d);
    hi = decode(_mm256_srli_epi32(d, 4));
  }
};

}  // namespace

const Isa* isa_avx2() {
  return f32path::make_isa<VAvx2>("avx2");
}

}  // namespace gk

#else

namespace gk {
const Isa* isa_avx2() {
  return nullptr;
}
}  // namespace gk

#endif
