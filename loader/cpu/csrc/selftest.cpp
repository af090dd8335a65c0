// A self-test of the compute kernels without MLX or Python: every variant this CPU runs against
// a float64 reference, for linear (bf16/f32), MXFP4 linear, the expert block, attention and
// log-sum-exp.
// Exit status 0 when all pass. Built by tests/test_cpu_neon.py for arm64 and run under qemu
// there (NEON cannot be run natively on an x86 machine); it builds and runs natively as well:
//   g++ -O2 -std=c++20 -pthread selftest.cpp drivers.cpp cpu.cpp threadpool.cpp isa_*.cpp
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "cpu.h"
#include "drivers.h"
#include "threadpool.h"

using namespace gk;

namespace {

std::mt19937 rng(7);
int failures = 0;

float normal() {
  static std::normal_distribution<float> d(0.0f, 1.0f);
  return d(rng);
}

std::vector<uint16_t> bf16s(size_t n) {
  std::vector<uint16_t> v(n);
  for (auto& x : v) x = f32_to_bf16(normal());
  return v;
}

void check(const std::string& what, const std::vector<double>& got, const std::vector<double>& ref,
           const std::vector<double>& bound, double rel) {
  double worst = 0.0;
  bool ok = true;
  for (size_t i = 0; i < got.size(); ++i) {
    const double err = std::fabs(got[i] - ref[i]);
    const double tol = 1e-5 * bound[i] + rel * std::fabs(ref[i]) + 1e-30;
    if (!(err <= tol)) ok = false;
    worst = std::max(worst, err / (bound[i] + 1e-30));
  }
  std::printf("%s %s (worst error / bound %.2e)\n", ok ? "PASS" : "FAIL", what.c_str(), worst);
  failures += !ok;
}

void test_linear(const Isa* isa, int64_t M, int64_t N, int64_t K, DType xt) {
  auto x16 = bf16s(size_t(M * K)), w = bf16s(size_t(N * K)), b = bf16s(size_t(N));
  std::vector<float> x32(size_t(M * K));
  for (size_t i = 0; i < x32.size(); ++i) x32[i] = bf16_to_f32(x16[i]);
  std::vector<float> y(size_t(M * N));
  LinearArgs a{};
  a.x = xt == DType::bf16 ? static_cast<const void*>(x16.data()) : x32.data();
  a.x_type = xt, a.M = M, a.K = K, a.w = w.data(), a.w_type = DType::bf16, a.N = N;
  a.bias = b.data(), a.bias_type = DType::bf16, a.y = y.data(), a.y_type = DType::f32;
  std::vector<char> scratch(linear_scratch_bytes(a) + 64);
  run_linear(a, scratch.data());
  std::vector<double> got(y.begin(), y.end()), ref(y.size()), bound(y.size());
  for (int64_t m = 0; m < M; ++m) {
    for (int64_t n = 0; n < N; ++n) {
      double s = bf16_to_f32(b[n]), bb = std::fabs(s);
      for (int64_t k = 0; k < K; ++k) {
        const double p = double(x32[m * K + k]) * bf16_to_f32(w[n * K + k]);
        s += p, bb += std::fabs(p);
      }
      ref[m * N + n] = s, bound[m * N + n] = bb;
    }
  }
  check(std::string(isa->name) + " linear " + std::to_string(M) + "x" + std::to_string(N) + "x" +
            std::to_string(K) + (xt == DType::bf16 ? " bf16" : " f32"),
        got, ref, bound, 0.0);
}

void test_mxfp4(const Isa* isa, int64_t M, int64_t N, int64_t K) {
  std::vector<uint8_t> codes(size_t(N * K / 2)), scales(size_t(N * K / 32));
  for (auto& c : codes) c = uint8_t(rng());
  for (auto& s : scales) s = uint8_t(118 + rng() % 9);
  std::vector<float> x(size_t(M * K)), y(size_t(M * N));
  for (auto& v : x) v = normal();
  LinearArgs a{};
  a.x = x.data(), a.x_type = DType::f32, a.M = M, a.K = K, a.w = codes.data();
  a.scales = scales.data(), a.N = N, a.y = y.data(), a.y_type = DType::f32;
  std::vector<char> scratch(linear_scratch_bytes(a) + 64);
  run_linear(a, scratch.data());
  std::vector<double> got(y.begin(), y.end()), ref(y.size()), bound(y.size());
  for (int64_t m = 0; m < M; ++m) {
    for (int64_t n = 0; n < N; ++n) {
      double s = 0, bb = 0;
      for (int64_t k = 0; k < K; ++k) {
        const uint8_t byte = codes[n * K / 2 + k / 2];
        const double wv = kFp4[k % 2 ? byte >> 4 : byte & 15] *
                          std::ldexp(1.0, int(scales[n * K / 32 + k / 32]) - 127);
        s += x[m * K + k] * wv, bb += std::fabs(x[m * K + k] * wv);
      }
      ref[m * N + n] = s, bound[m * N + n] = bb;
    }
  }
  check(std::string(isa->name) + " mxfp4 " + std::to_string(M) + "x" + std::to_string(N) + "x" +
            std::to_string(K),
        got, ref, bound, 0.0);
}

void test_attention(const Isa* isa, int64_t Hq, int64_t Hkv, int64_t L, int64_t S, int64_t D) {
  std::vector<float> q(size_t(Hq * L * D)), k(size_t(Hkv * S * D)), v(k.size()), sinks(Hq);
  for (auto* t : {&q, &k, &v, &sinks})
    for (auto& e : *t) e = normal();
  std::vector<float> out(q.size());
  AttnArgs a{};
  a.q = q.data(), a.k = k.data(), a.v = v.data(), a.type = DType::f32;
  a.B = 1, a.Hq = Hq, a.Hkv = Hkv, a.L = L, a.S = S, a.D = D;
  a.qs[0] = Hq * L * D, a.qs[1] = L * D, a.qs[2] = D;
  a.ks[0] = a.vs[0] = Hkv * S * D, a.ks[1] = a.vs[1] = S * D, a.ks[2] = a.vs[2] = D;
  a.sinks = sinks.data(), a.sinks_type = DType::f32, a.scale = 1.0f / std::sqrt(float(D));
  a.mask_kind = MaskKind::causal, a.out = out.data();
  run_attention(a);
  std::vector<double> got(out.begin(), out.end()), ref(out.size()), bound(out.size(), 1.0);
  const int64_t rep = Hq / Hkv;
  for (int64_t h = 0; h < Hq; ++h) {
    for (int64_t l = 0; l < L; ++l) {
      const int64_t g = h / rep, limit = S - L + l + 1;
      std::vector<double> p(static_cast<size_t>(limit));
      double mx = sinks[h];
      for (int64_t j = 0; j < limit; ++j) {
        double s = 0;
        for (int64_t d = 0; d < D; ++d) s += double(q[(h * L + l) * D + d]) * k[(g * S + j) * D + d];
        p[j] = s * a.scale;
        mx = std::max(mx, p[j]);
      }
      double den = std::exp(sinks[h] - mx);
      for (auto& e : p) den += (e = std::exp(e - mx));
      for (int64_t d = 0; d < D; ++d) {
        double o = 0;
        for (int64_t j = 0; j < limit; ++j) o += p[j] * v[(g * S + j) * D + d];
        ref[(h * L + l) * D + d] = o / den;
      }
    }
  }
  check(std::string(isa->name) + " attention " + std::to_string(Hq) + "/" + std::to_string(Hkv) +
            " heads, " + std::to_string(L) + "x" + std::to_string(S),
        got, ref, bound, 0.0);
}

void test_logsumexp(const Isa* isa, int64_t rows, int64_t n) {
  std::vector<float> x(size_t(rows * n));
  for (auto& v : x) v = 6.0f * normal();
  const size_t count = static_cast<size_t>(rows);
  std::vector<float> out(count);
  run_logsumexp(x.data(), DType::f32, rows, n, out.data(), DType::f32);
  std::vector<double> got(out.begin(), out.end()), ref(count), bound(count, 0.0);
  for (int64_t r = 0; r < rows; ++r) {
    double top = -INFINITY, sum = 0.0;
    for (int64_t i = 0; i < n; ++i) top = std::max(top, double(x[size_t(r * n + i)]));
    for (int64_t i = 0; i < n; ++i) sum += std::exp(double(x[size_t(r * n + i)]) - top);
    ref[size_t(r)] = top + std::log(sum);
  }
  check(std::string(isa->name) + " logsumexp " + std::to_string(rows) + "x" + std::to_string(n),
        got, ref, bound, 1e-6);
}

}  // namespace

int main() {
  ThreadPool::instance().set_threads(2);
  for (const Isa* isa : supported_isas()) {
    force_isa(isa->name);
    for (DType xt : {DType::f32, DType::bf16}) {
      test_linear(isa, 1, 37, 64, xt);
      test_linear(isa, 5, 40, 100, xt);
      test_linear(isa, 17, 64, 33, xt);
    }
    test_mxfp4(isa, 1, 9, 96);
    test_mxfp4(isa, 6, 20, 256);
    if (isa->attention != nullptr) {
      test_attention(isa, 8, 2, 1, 37, 64);
      test_attention(isa, 4, 2, 70, 70, 16);
      test_logsumexp(isa, 3, 50000);
      test_logsumexp(isa, 2, 7);
    }
  }
  std::printf("%d failure(s)\n", failures);
  return failures == 0 ? 0 : 1;
}
