// See drivers.h. Work is split by weight rows, so every task streams its own slice of the
// weights once for all activation rows (the memory traffic that bounds decoding).
#include "drivers.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "cpu.h"
#include "threadpool.h"

namespace gk {
namespace {

int64_t ceil_div(int64_t a, int64_t b) { return (a + b - 1) / b; }

// Weight rows per task: about eight tasks per thread (so a preempted thread delays little),
// a multiple of the 4-row tile, at most `cap` rows.
int64_t rows_per_task(int64_t rows, int64_t parallel_units, int64_t cap) {
  const int64_t target = int64_t(ThreadPool::instance().threads()) * 8;
  int64_t chunk = ceil_div(rows * parallel_units, target);
  chunk = ceil_div(chunk, 4) * 4;
  return std::clamp<int64_t>(chunk, 4, cap);
}

// Copies n activations into the variant's compute format (bf16 stays bf16 for the dot variant).
void to_compute(const void* src, DType type, bool bf16_act, void* dst, int64_t n) {
  if (type == DType::bf16 && !bf16_act) {
    const auto* s = static_cast<const uint16_t*>(src);
    auto* d = static_cast<float*>(dst);
    for (int64_t i = 0; i < n; ++i) d[i] = bf16_to_f32(s[i]);
  } else {
    std::memcpy(dst, src, size_t(n) * (type == DType::bf16 ? 2 : 4));
  }
}

// Runs body(i) for i in [0, n) in batches, in parallel when there is enough of it.
template <class F>
void parallel_rows(int64_t n, int64_t elems_per_row, F&& body) {
  const int64_t per_task = std::max<int64_t>(1, (1 << 16) / std::max<int64_t>(1, elems_per_row));
  ThreadPool::instance().parallel_for(ceil_div(n, per_task), [&](int64_t t) {
    for (int64_t i = t * per_task; i < std::min(n, (t + 1) * per_task); ++i) body(i);
  });
}

// A fresh XRows::id: never reused, so a stale derived copy can never match.
uint64_t new_rows_ids(uint64_t n) {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(n);
}

// Per-thread buffer for the kernels' `scratch` argument.
void* tile_scratch(const Isa* isa, int64_t rows, int64_t K) {
  thread_local std::vector<float> buf;
  buf.resize(size_t(isa->scratch_bytes(rows, K) / 4 + 1));
  return buf.data();
}

}  // namespace

namespace {

const Isa* linear_isa(const LinearArgs& a) {
  return select_isa(a.x_type == DType::bf16, a.scales != nullptr || a.w_type == DType::bf16);
}

// Bytes per activation row as the kernel reads it (converted and, for MXFP4, reordered).
size_t linear_row_bytes(const LinearArgs& a, const Isa* isa) {
  const size_t act = isa->bf16_act ? 2 : 4;
  return size_t(a.scales ? quant_x_len(isa, a.K) : a.K) * act;
}

bool linear_needs_copy(const LinearArgs& a, const Isa* isa) {
  return a.scales != nullptr || (a.x_type == DType::bf16 && !isa->bf16_act);
}

}  // namespace

size_t linear_scratch_bytes(const LinearArgs& a) {
  const Isa* isa = linear_isa(a);
  return linear_needs_copy(a, isa) ? size_t(a.M) * linear_row_bytes(a, isa) : 0;
}

void run_linear(const LinearArgs& a, void* scratch) {
  const Isa* isa = linear_isa(a);
  const size_t x_elem = a.x_type == DType::bf16 ? 2 : 4;
  const char* xs = static_cast<const char*>(a.x);
  size_t row_bytes = size_t(a.K) * x_elem;
  if (linear_needs_copy(a, isa)) {
    row_bytes = linear_row_bytes(a, isa);
    char* dst = static_cast<char*>(scratch);
    parallel_rows(a.M, a.K, [&](int64_t m) {
      if (a.scales == nullptr) {
        to_compute(xs + m * a.K * x_elem, a.x_type, isa->bf16_act, dst + m * row_bytes, a.K);
        return;
      }
      thread_local std::vector<char> row;
      row.resize(size_t(a.K) * (isa->bf16_act ? 2 : 4));
      to_compute(xs + m * a.K * x_elem, a.x_type, isa->bf16_act, row.data(), a.K);
      isa->prep_quant_x(row.data(), dst + m * row_bytes, a.K);
    });
    xs = dst;
  }
  const size_t y_elem = a.y_type == DType::bf16 ? 2 : 4;
  std::vector<const void*> xr(a.M);
  std::vector<void*> yr(a.M);
  for (int64_t m = 0; m < a.M; ++m) {
    xr[m] = xs + m * row_bytes;
    yr[m] = static_cast<char*>(a.y) + m * a.N * y_elem;
  }
  const XRows x{xr.data(), a.M, new_rows_ids(1)};
  const Out out{yr.data(), a.y_type, a.bias, a.bias_type};
  const int64_t chunk = rows_per_task(a.N, 1, 512);
  ThreadPool::instance().parallel_for(ceil_div(a.N, chunk), [&](int64_t t) {
    const int64_t n0 = t * chunk, n1 = std::min(a.N, (t + 1) * chunk);
    if (a.scales != nullptr) {
      const QuantW w = packed_quant(static_cast<const uint8_t*>(a.w), a.scales, a.K);
      isa->quant(w, n0, n1, x, out, tile_scratch(isa, a.M, a.K));
    } else {
      isa->dense(DenseW{a.w, a.w_type, a.K}, n0, n1, x, out, tile_scratch(isa, a.M, a.K));
    }
  });
}

namespace {

struct MoePlan {
  const Isa* isa;
  size_t act;       // bytes per activation in the compute format
  int64_t pairs;    // T * k
  int64_t inter;    // I
  int64_t h_len;    // elements per row of h (I, padded for the kernel)
  size_t xq_bytes;  // reordered token activations [T, H]
  size_t h_bytes;   // activated intermediate [pairs, I]
};

MoePlan plan_of(const MoeArgs& a) {
  MoePlan p;
  p.isa = select_isa(a.x_type == DType::bf16, true);
  p.act = p.isa->bf16_act ? 2 : 4;
  p.pairs = a.T * a.k;
  p.inter = a.gate.rows;
  p.h_len = quant_x_len(p.isa, p.inter);
  p.xq_bytes = size_t(a.T * quant_x_len(p.isa, a.H)) * p.act;
  p.h_bytes = size_t(p.pairs * p.h_len) * p.act;
  return p;
}

struct Task {
  int64_t expert, r0, r1;
};

std::vector<Task> tasks_over(const std::vector<int64_t>& count, int64_t rows) {
  int64_t active = 0;
  for (int64_t c : count) active += c > 0;
  const int64_t chunk = rows_per_task(rows, active, 64);
  std::vector<Task> tasks;
  for (int64_t e = 0; e < int64_t(count.size()); ++e) {
    if (count[e] == 0) continue;
    for (int64_t r = 0; r < rows; r += chunk) tasks.push_back({e, r, std::min(rows, r + chunk)});
  }
  return tasks;
}

}  // namespace

size_t moe_scratch_bytes(const MoeArgs& a) {
  const MoePlan p = plan_of(a);
  return p.xq_bytes + p.h_bytes;
}

void run_moe(const MoeArgs& a, void* scratch) {
  const MoePlan p = plan_of(a);
  const Isa* isa = p.isa;
  const int64_t E = a.gate.experts, H = a.H, I = p.inter;
  const int64_t xq_len = quant_x_len(isa, H);
  char* xq = static_cast<char*>(scratch);
  char* h = xq + p.xq_bytes;
  const size_t out_elem = a.x_type == DType::bf16 ? 2 : 4;
  auto out_row = [&](int64_t pair) { return static_cast<char*>(a.out) + pair * H * out_elem; };

  // Pairs grouped by expert (a counting sort); out-of-range ids get zero rows.
  const auto* idx = static_cast<const uint32_t*>(a.indices);
  std::vector<int64_t> count(E, 0), start(E + 1, 0), order(p.pairs);
  for (int64_t q = 0; q < p.pairs; ++q) {
    if (idx[q] < uint64_t(E)) {
      ++count[idx[q]];
    } else {
      std::memset(out_row(q), 0, size_t(H) * out_elem);
    }
  }
  for (int64_t e = 0; e < E; ++e) start[e + 1] = start[e] + count[e];
  {
    std::vector<int64_t> fill(start.begin(), start.end() - 1);
    for (int64_t q = 0; q < p.pairs; ++q)
      if (idx[q] < uint64_t(E)) order[fill[idx[q]]++] = q;
  }

  parallel_rows(a.T, H, [&](int64_t t) {
    thread_local std::vector<char> row;
    row.resize(size_t(H) * p.act);
    to_compute(static_cast<const char*>(a.x) + t * H * (a.x_type == DType::bf16 ? 2 : 4), a.x_type,
               isa->bf16_act, row.data(), H);
    isa->prep_quant_x(row.data(), xq + t * xq_len * p.act, H);
  });
  std::vector<const void*> xptr(p.pairs), hptr(p.pairs);
  std::vector<void*> optr(p.pairs);
  for (int64_t s = 0; s < start[E]; ++s) {
    xptr[s] = xq + (order[s] / a.k) * xq_len * p.act;
    hptr[s] = h + s * p.h_len * p.act;
    optr[s] = out_row(order[s]);
  }

  // Row-set ids: expert e's tokens (gate, up) are ids + 2e, its h rows (down) ids + 2e + 1.
  const uint64_t ids = new_rows_ids(uint64_t(2 * E));

  // Gate and up rows, then the clamped SwiGLU, written to h in natural order.
  const bool round_bf16 = a.x_type == DType::bf16;
  const std::vector<Task> up_tasks = tasks_over(count, I);
  ThreadPool::instance().parallel_for(int64_t(up_tasks.size()), [&](int64_t t) {
    const Task& task = up_tasks[t];
    const int64_t n = count[task.expert], width = task.r1 - task.r0, s0 = start[task.expert];
    thread_local std::vector<float> gu;
    thread_local std::vector<void*> rows;
    gu.resize(size_t(2 * n * width));
    rows.resize(size_t(2 * n));
    for (int64_t i = 0; i < 2 * n; ++i) rows[i] = gu.data() + i * width;
    const XRows x{xptr.data() + s0, n, ids + 2 * uint64_t(task.expert)};
    void* tile = tile_scratch(isa, n, H);
    isa->quant(a.gate.expert(task.expert), task.r0, task.r1, x,
               Out{rows.data(), DType::f32, a.gate.bias_of(task.expert), a.gate.bias_type, task.r0,
                   a.gate.row_bias},
               tile);
    isa->quant(a.up.expert(task.expert), task.r0, task.r1, x,
               Out{rows.data() + n, DType::f32, a.up.bias_of(task.expert), a.up.bias_type, task.r0,
                   a.up.row_bias},
               tile);
    for (int64_t i = 0; i < n; ++i) {
      const float* g = gu.data() + i * width;
      const float* u = gu.data() + (n + i) * width;
      char* dst = static_cast<char*>(const_cast<void*>(hptr[s0 + i])) + task.r0 * p.act;
      for (int64_t r = 0; r < width; ++r) {
        const float gv = std::min(g[r], a.limit);
        const float uv = std::clamp(u[r], -a.limit, a.limit);
        const float v = (uv + 1.0f) * (gv / (1.0f + std::exp(-a.alpha * gv)));
        // h is rounded to the activations' dtype on every variant, as MLX's graph would hold it.
        if (isa->bf16_act) {
          reinterpret_cast<uint16_t*>(dst)[r] = f32_to_bf16(v);
        } else {
          reinterpret_cast<float*>(dst)[r] = round_bf16 ? bf16_to_f32(f32_to_bf16(v)) : v;
        }
      }
    }
  });

  // Reorder each h row for the quantized kernel, then the down projection into the output.
  parallel_rows(start[E], I, [&](int64_t s) {
    thread_local std::vector<char> row;
    row.assign(static_cast<const char*>(hptr[s]), static_cast<const char*>(hptr[s]) + I * p.act);
    isa->prep_quant_x(row.data(), const_cast<void*>(hptr[s]), I);
  });
  const std::vector<Task> down_tasks = tasks_over(count, H);
  const DType out_type = a.x_type;
  ThreadPool::instance().parallel_for(int64_t(down_tasks.size()), [&](int64_t t) {
    const Task& task = down_tasks[t];
    const int64_t s0 = start[task.expert];
    isa->quant(a.down.expert(task.expert), task.r0, task.r1,
               XRows{hptr.data() + s0, count[task.expert], ids + 2 * uint64_t(task.expert) + 1},
               Out{optr.data() + s0, out_type, a.down.bias_of(task.expert), a.down.bias_type, 0,
                   a.down.row_bias},
               tile_scratch(isa, count[task.expert], I));
  });
}

void run_attention(const AttnArgs& a) {
  const Isa* isa = select_isa(false, false);
  // Query positions per task: enough tasks to share out (>= 4 per thread), at most 64 a task.
  const int64_t heads = a.B * a.Hkv;
  const int64_t want = int64_t(ThreadPool::instance().threads()) * 4;
  const int64_t blocks = std::clamp<int64_t>(std::max(ceil_div(want, heads), ceil_div(a.L, 64)),
                                             1, std::max<int64_t>(a.L, 1));
  const int64_t per = ceil_div(a.L, blocks);
  const int64_t nblk = ceil_div(a.L, per);
  ThreadPool::instance().parallel_for(heads * nblk, [&](int64_t t) {
    // Latest query blocks first: under a causal mask they see the most keys.
    const int64_t blk = nblk - 1 - t / heads, b = (t % heads) / a.Hkv, g = t % a.Hkv;
    const int64_t l0 = blk * per, l1 = std::min(a.L, l0 + per);
    thread_local std::vector<float> scratch;
    scratch.resize(size_t(attention_scratch_bytes(a, per) / 4 + 1));
    isa->attention(a, b, g, l0, l1, scratch.data());
  });
}

void run_logsumexp(const void* x, DType type, int64_t rows, int64_t n, void* out,
                   DType out_type) {
  const Isa* isa = select_isa(false, false);
  // Stretches of ~16K elements (a few L2-resident passes each), so one long row spreads over
  // every thread; each yields (max, sum) and a row's stretches are combined in order below.
  const int64_t parts = std::max<int64_t>(1, std::min<int64_t>(ceil_div(n, 1 << 14), 64));
  const int64_t per = ceil_div(n, parts);
  std::vector<float> m(size_t(rows * parts)), s(size_t(rows * parts));
  const size_t elem = type == DType::bf16 ? 2 : 4;
  ThreadPool::instance().parallel_for(rows * parts, [&](int64_t t) {
    const int64_t r = t / parts, i0 = (t % parts) * per, len = std::min(n, i0 + per) - i0;
    m[t] = -std::numeric_limits<float>::infinity(), s[t] = 0.0f;
    if (len > 0)
      isa->lse(static_cast<const char*>(x) + (r * n + i0) * elem, type, len, &m[t], &s[t]);
  });
  for (int64_t r = 0; r < rows; ++r) {
    float top = -std::numeric_limits<float>::infinity();
    bool nan = false;
    for (int64_t p = 0; p < parts; ++p) {
      const float v = m[r * parts + p];
      nan |= v != v;
      top = std::max(top, v);
    }
    float v = top;
    if (nan) {
      v = std::numeric_limits<float>::quiet_NaN();
    } else if (std::isfinite(top)) {
      double sum = 0.0;
      for (int64_t p = 0; p < parts; ++p) sum += double(s[r * parts + p]) * std::exp(double(m[r * parts + p] - top));
      v = top + float(std::log(sum));
    }
    if (out_type == DType::bf16) {
      static_cast<uint16_t*>(out)[r] = f32_to_bf16(v);
    } else {
      static_cast<float*>(out)[r] = v;
    }
  }
}

}  // namespace gk
