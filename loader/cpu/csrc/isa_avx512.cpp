// AVX-512 (F/BW/VL/DQ) variant of the f32 kernels, 16 lanes. Used for f32 activations, and for
// bf16 ones on AVX-512 CPUs without the BF16 extension.
#include "isa_f32.h"

#if defined(GK_HAVE_AVX512)
#include <immintrin.h>

namespace gk {
namespace {

struct VAvx512 {
  using R = __m512;
  static constexpr int L = 16;
  static constexpr int MT = 4;
  static R zero() { return _mm512_setzero_ps(); }
  static R set1(float v) { return _mm512_set1_ps(v); }
  static R load(const float* p) { return _mm512_loadu_ps(p); }
  static R load_bf16(const uint16_t* p) {
    __m256i h = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(h), 16));
  }
  static void store(float* p, R v) { _mm512_storeu_ps(p, v); }
  static R add(R a, R b) { return _mm512_add_ps(a, b); }
  static R mul(R a, R b) { return _mm512_mul_ps(a, b); }
  static R fma(R a, R b, R c) { return _mm512_fmadd_ps(a, b, c); }
  static float hsum(R a) { return _mm512_reduce_add_ps(a); }
  static constexpr int MTA = 4;
  static R max(R a, R b) { return _mm512_max_ps(a, b); }
  static float hmax(R a) { return _mm512_reduce_max_ps(a); }
  // Cephes' expf: e^x = 2^n e^r, |r| <= ln2/2, degree-6 polynomial (~1 ulp); 0 below -87.
  static R exp(R x) {
    const __mmask16 live = _mm512_cmp_ps_mask(x, _mm512_set1_ps(-87.0f), _CMP_GE_OQ);
    x = _mm512_min_ps(x, _mm512_set1_ps(88.37f));
    const R n = _mm512_roundscale_ps(_mm512_mul_ps(x, _mm512_set1_ps(1.44269504088896341f)),
                                     _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    R r = _mm512_fnmadd_ps(n, _mm512_set1_ps(0.693359375f), x);
    r = _mm512_fnmadd_ps(n, _mm512_set1_ps(-2.12194440e-4f), r);
    R p = _mm512_set1_ps(1.9875691500e-4f);
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.3981999507e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(8.3334519073e-3f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(4.1665795894e-2f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.6666665459e-1f));
    p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(5.0000001201e-1f));
    p = _mm512_fmadd_ps(_mm512_mul_ps(p, r), r, _mm512_add_ps(r, _mm512_set1_ps(1.0f)));
    return _mm512_maskz_scalef_ps(live, p, n);
  }
  // vpermps reads the low 4 index bits: the whole E2M1 code.
  static void fp4(const uint8_t* p, R& lo, R& hi) {
    const __m512 lut = _mm512_loadu_ps(kFp4);
    __m512i d = _mm512_cvtepu8_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    lo = _mm512_permutexvar_ps(d, lut);
    hi = _mm512_permutexvar_ps(_mm512_srli_epi32(d, 4), lut);
  }
};

}  // namespace

const Isa* isa_avx512() {
  return f32path::make_isa<VAvx512>("avx512");
}

}  // namespace gk

#else

namespace gk {
const Isa* isa_avx512() {
  return nullptr;
}
}  // namespace gk

#endif
