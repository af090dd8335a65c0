// A streaming-read bandwidth probe on the kernels' worker pool, so benchmarks can state what
// fraction of the machine's bandwidth a decode step reaches at the same thread count.
#include "bandwidth.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "threadpool.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace gk {
namespace {

// Sum of a chunk's 64-bit words with the widest loads the CPU has (what the kernels use), so
// the probe is not slower than they are for want of memory-level parallelism.
uint64_t sum_generic(const uint64_t* p, int64_t words) {
  uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (int64_t i = 0; i < words; i += 4) {
    if ((i & 7) == 0) __builtin_prefetch(p + i + 256);  // 2 KB ahead, as the kernels do
    s0 += p[i];
    s1 += p[i + 1];
    s2 += p[i + 2];
    s3 += p[i + 3];
  }
  return s0 + s1 + s2 + s3;
}

#if defined(__x86_64__)
__attribute__((target("avx512f"))) uint64_t sum_avx512(const uint64_t* p, int64_t words) {
  __m512i a = _mm512_setzero_si512(), b = a, c = a, d = a;
  for (int64_t i = 0; i < words; i += 32) {
    _mm_prefetch(reinterpret_cast<const char*>(p + i + 256), _MM_HINT_T0);
    a = _mm512_add_epi64(a, _mm512_load_si512(p + i));
    b = _mm512_add_epi64(b, _mm512_load_si512(p + i + 8));
    c = _mm512_add_epi64(c, _mm512_load_si512(p + i + 16));
    d = _mm512_add_epi64(d, _mm512_load_si512(p + i + 24));
  }
  return uint64_t(_mm512_reduce_add_epi64(_mm512_add_epi64(_mm512_add_epi64(a, b),
                                                           _mm512_add_epi64(c, d))));
}

__attribute__((target("avx2"))) uint64_t sum_avx2(const uint64_t* p, int64_t words) {
  __m256i a = _mm256_setzero_si256(), b = a, c = a, d = a;
  for (int64_t i = 0; i < words; i += 16) {
    _mm_prefetch(reinterpret_cast<const char*>(p + i + 256), _MM_HINT_T0);
    a = _mm256_add_epi64(a, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i)));
    b = _mm256_add_epi64(b, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + 4)));
    c = _mm256_add_epi64(c, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + 8)));
    d = _mm256_add_epi64(d, _mm256_load_si256(reinterpret_cast<const __m256i*>(p + i + 12)));
  }
  alignas(32) uint64_t lanes[4];
  _mm256_store_si256(reinterpret_cast<__m256i*>(lanes),
                     _mm256_add_epi64(_mm256_add_epi64(a, b), _mm256_add_epi64(c, d)));
  return lanes[0] + lanes[1] + lanes[2] + lanes[3];
}
#endif

uint64_t (*best_sum())(const uint64_t*, int64_t) {
#if defined(__x86_64__)
  if (__builtin_cpu_supports("avx512f")) return &sum_avx512;
  if (__builtin_cpu_supports("avx2")) return &sum_avx2;
#endif
  return &sum_generic;
}

}  // namespace

double read_bandwidth_gbps(int64_t bytes, int rounds) {
  constexpr int64_t kChunk = 4 << 20;
  bytes = std::max<int64_t>(kChunk, bytes / kChunk * kChunk);
  auto* buf = static_cast<uint64_t*>(std::aligned_alloc(64, size_t(bytes)));
  if (buf == nullptr) return 0.0;
  std::memset(buf, 1, size_t(bytes));  // fault every page in before timing
  const int64_t words = kChunk / 8;
  std::vector<uint64_t> sinks(size_t(bytes / kChunk));
  const auto sum = best_sum();
  double best = 0.0;
  for (int r = 0; r < rounds; ++r) {
    const auto start = std::chrono::steady_clock::now();
    ThreadPool::instance().parallel_for(bytes / kChunk, [&](int64_t c) {
      sinks[size_t(c)] = sum(buf + c * words, words);
    });
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::max(best, double(bytes) / s / 1e9);
  }
  std::free(buf);
  return best;
}

}  // namespace gk
