// The kernels' worker threads. MLX runs each CPU op on one stream thread; our ops split their
// work into many small tasks that the stream thread and these workers claim one at a time, so a
// worker the OS preempts (the other core busy with another program) holds up at most one task
// instead of a fixed share of the op. Idle workers spin briefly (a decode step issues an op every
// few hundred microseconds), then sleep on a futex.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace gk {

class ThreadPool {
 public:
  static ThreadPool& instance();
  ~ThreadPool();

  // Threads working on a call, the calling thread included (>= 1).
  void set_threads(int n);
  int threads() const { return threads_; }

  // fn(i) for every i in [0, n); returns when all are done. A call made while another one is
  // running (another thread, or from inside fn) runs serially on its own thread.
  template <class F>
  void parallel_for(int64_t n, F&& fn) {
    auto call = [](void* ctx, int64_t i) { (*static_cast<F*>(ctx))(i); };
    run(n, call, &fn);
  }

 private:
  ThreadPool();
  void run(int64_t n, void (*call)(void*, int64_t), void* ctx);
  bool work_one();
  void worker();
  void stop_workers();

  // [generation:16][tasks:24][next task:24]; one word so a claim can never mix two calls.
  std::atomic<uint64_t> state_{0};
  std::atomic<int64_t> done_{0};
  void (*call_)(void*, int64_t) = nullptr;
  void* ctx_ = nullptr;
  std::atomic<uint32_t> wake_{0};
  std::atomic<int> sleepers_{0};
  std::atomic<bool> stop_{false};
  std::mutex busy_;
  std::vector<std::thread> workers_;
  int threads_ = 1;
};

}  // namespace gk
