// Streaming-read bandwidth of this machine as the worker pool sees it (best of `rounds` reads
// of a `bytes` buffer, in GB/s), for benchmarks' bandwidth-limit fractions.
#pragma once

#include <cstdint>

namespace gk {

double read_bandwidth_gbps(int64_t bytes, int rounds);

}  // namespace gk
