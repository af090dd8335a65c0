// See threadpool.h.
#include "threadpool.h"

#include <chrono>

#if defined(__x86_64__) || defined(_M_X64)
#include <immintrin.h>
#define GK_PAUSE() _mm_pause()
#elif defined(__aarch64__)
#define GK_PAUSE() __asm__ __volatile__("yield")
#else
#define GK_PAUSE() std::this_thread::yield()
#endif

namespace gk {
namespace {

constexpr int kIndexBits = 24;
constexpr uint64_t kIndexMask = (uint64_t(1) << kIndexBits) - 1;
constexpr auto kSpin = std::chrono::microseconds(300);

uint64_t next_of(uint64_t s) { return s & kIndexMask; }
uint64_t count_of(uint64_t s) { return (s >> kIndexBits) & kIndexMask; }
bool has_work(uint64_t s) { return next_of(s) < count_of(s); }

}  // namespace

ThreadPool& ThreadPool::instance() {
  static ThreadPool* pool = new ThreadPool();  // never destroyed: workers may outlive statics
  return *pool;
}

ThreadPool::ThreadPool() = default;

ThreadPool::~ThreadPool() { stop_workers(); }

void ThreadPool::set_threads(int n) {
  if (n < 1) n = 1;
  std::lock_guard<std::mutex> lock(busy_);
  if (n == threads_) return;
  stop_workers();
  stop_ = false;
  threads_ = n;
  for (int i = 1; i < n; ++i) workers_.emplace_back([this] { worker(); });
}

void ThreadPool::stop_workers() {
  stop_ = true;
  wake_.fetch_add(1);
  wake_.notify_all();
  for (auto& t : workers_) t.join();
  workers_.clear();
}

bool ThreadPool::work_one() {
  uint64_t s = state_.load(std::memory_order_acquire);
  while (has_work(s)) {
    if (state_.compare_exchange_weak(s, s + 1, std::memory_order_acq_rel)) {
      // The call cannot finish (nor call_/ctx_ change) before this task is counted done.
      call_(ctx_, int64_t(next_of(s)));
      done_.fetch_add(1, std::memory_order_release);
      return true;
    }
  }
  return false;
}

void ThreadPool::worker() {
  while (!stop_.load(std::memory_order_relaxed)) {
    while (work_one()) {
    }
    const auto until = std::chrono::steady_clock::now() + kSpin;
    bool found = false;
    for (int i = 0; !found; ++i) {
      if (has_work(state_.load(std::memory_order_relaxed)) || stop_) {
        found = true;
      } else if ((i & 63) == 0 && std::chrono::steady_clock::now() > until) {
        break;
      } else {
        GK_PAUSE();
      }
    }
    if (found) continue;
    sleepers_.fetch_add(1);
    const uint32_t seen = wake_.load();
    if (!has_work(state_.load()) && !stop_) wake_.wait(seen);
    sleepers_.fetch_sub(1);
  }
}

void ThreadPool::run(int64_t n, void (*call)(void*, int64_t), void* ctx) {
  if (n <= 0) return;
  std::unique_lock<std::mutex> lock(busy_, std::try_to_lock);
  if (threads_ == 1 || n == 1 || !lock.owns_lock() || uint64_t(n) > kIndexMask) {
    for (int64_t i = 0; i < n; ++i) call(ctx, i);
    return;
  }
  call_ = call;
  ctx_ = ctx;
  done_.store(0, std::memory_order_relaxed);
  const uint64_t gen = (state_.load() >> (2 * kIndexBits)) + 1;
  state_.store((gen << (2 * kIndexBits)) | (uint64_t(n) << kIndexBits));
  wake_.fetch_add(1);
  if (sleepers_.load() > 0) wake_.notify_all();
  while (work_one()) {
  }
  for (int i = 0; done_.load(std::memory_order_acquire) < n; ++i) {
    if ((i & 1023) == 1023) {
      std::this_thread::yield();  // a worker holding a task was preempted
    } else {
      GK_PAUSE();
    }
  }
}

}  // namespace gk
