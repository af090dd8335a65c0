// Run-time CPU feature detection and kernel-variant choice (see cpu.h).
#include "cpu.h"

#include <mutex>
#include <stdexcept>

#if defined(__x86_64__)
#include <cpuid.h>
#endif

namespace gk {
namespace {

bool cpu_has(const char* feature) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  // __builtin_cpu_supports also checks that the OS saves the wider registers (XCR0).
  const std::string f(feature);
  if (f == "avx2") return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  if (f == "avx512") {
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq");
  }
  if (f == "avx512bf16") return cpu_has("avx512") && __builtin_cpu_supports("avx512bf16");
  if (f == "amx") {  // CPUID.(7,0):EDX bit 22 AMX-BF16, bit 24 AMX-TILE; then the OS's consent
    unsigned a = 0, b = 0, c = 0, d = 0;
    const bool tiles = __get_cpuid_count(7, 0, &a, &b, &c, &d) && (d >> 22 & 1) && (d >> 24 & 1);
    return tiles && cpu_has("avx512bf16") && amx_usable();
  }
  return false;
#else
  (void)feature;
  return false;
#endif
}

std::vector<const Isa*> detect() {
  std::vector<const Isa*> out;
  auto add = [&](const Isa* isa, bool ok) {
    if (isa != nullptr && ok) out.push_back(isa);
  };
  add(isa_amx(), cpu_has("amx"));
  add(isa_avx512bf16(), cpu_has("avx512bf16"));
  add(isa_avx512(), cpu_has("avx512"));
  add(isa_avx2(), cpu_has("avx2"));
  add(isa_neon(), true);  // compiled only for arm64, where NEON is baseline
  add(isa_scalar(), true);
  return out;
}

std::mutex forced_mutex;
const Isa* forced = nullptr;

}  // namespace

const std::vector<const Isa*>& supported_isas() {
  static const std::vector<const Isa*> isas = detect();
  return isas;
}

const Isa* select_isa(bool bf16_activations, bool bf16_weights) {
  const bool dot_ok = bf16_activations && bf16_weights;
  {
    std::lock_guard<std::mutex> lock(forced_mutex);
    if (forced != nullptr && (!forced->bf16_act || dot_ok)) return forced;
  }
  for (const Isa* isa : supported_isas()) {
    if (!isa->bf16_act || dot_ok) return isa;
  }
  return isa_scalar();
}

void force_isa(const std::string& name) {
  const Isa* found = nullptr;
  if (!name.empty()) {
    for (const Isa* isa : supported_isas()) {
      if (name == isa->name) found = isa;
    }
    if (found == nullptr) {
      std::string names;
      for (const Isa* isa : supported_isas()) names += std::string(names.empty() ? "" : ", ") + isa->name;
      throw std::invalid_argument("kernel variant '" + name + "' is not supported here; choose one of " + names);
    }
  }
  std::lock_guard<std::mutex> lock(forced_mutex);
  forced = found;
}

std::string forced_isa() {
  std::lock_guard<std::mutex> lock(forced_mutex);
  return forced != nullptr ? forced->name : "";
}

}  // namespace gk
