// Python bindings (nanobind, in MLX's domain so arguments and results are mx.array).
#include <nanobind/nanobind.h>
#include <nanobind/stl/optional.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/variant.h>
#include <nanobind/stl/vector.h>

#include "bandwidth.h"
#include "cpu.h"
#include "mlx/version.h"
#include "ops.h"
#include "threadpool.h"

namespace nb = nanobind;
using namespace nb::literals;

#define GK_STR2(x) #x
#define GK_STR(x) GK_STR2(x)

NB_MODULE(_ext, m) {
  m.doc() = "gptoss-mlx CPU kernels: MLX custom primitives for MXFP4 experts and dense matmuls";

  m.def("linear", &gk::linear, "x"_a, "weight"_a, "bias"_a = nb::none(), nb::kw_only(),
        "stream"_a = nb::none(), "x @ weight.T + bias on the CPU (what nn.Linear computes).");
  m.def("mxfp4_linear", &gk::mxfp4_linear, "x"_a, "weight"_a, "scales"_a, "bias"_a = nb::none(),
        nb::kw_only(), "stream"_a = nb::none(),
        "x @ dequantize(weight, scales).T + bias for MLX's mxfp4 layout, on the CPU.");
  m.def("moe_swiglu", &gk::moe_swiglu, "x"_a, "indices"_a, "gate_weight"_a, "gate_scales"_a,
        "gate_bias"_a, "up_weight"_a, "up_scales"_a, "up_bias"_a, "down_weight"_a,
        "down_scales"_a, "down_bias"_a, "alpha"_a, "limit"_a, nb::kw_only(),
        "stream"_a = nb::none(),
        "GPT-OSS's MXFP4 expert MLP (clamped SwiGLU) for each token's chosen experts.");

  m.def("moe_swiglu_mapped", &gk::moe_swiglu_mapped, "x"_a, "indices"_a, "gate"_a, "up"_a,
        "down"_a, "alpha"_a, "limit"_a, nb::kw_only(), "stream"_a = nb::none(),
        "moe_swiglu over memory-mapped expert tensors given as addresses and strides.");
  m.def("attention", &gk::attention, "q"_a, "k"_a, "v"_a, "scale"_a, "mask_mode"_a = "",
        "mask"_a = nb::none(), "sinks"_a = nb::none(), nb::kw_only(), "stream"_a = nb::none(),
        "Scaled dot-product attention with sinks, causal or array masks, grouped kv heads.");
  m.def("logsumexp", &gk::logsumexp, "x"_a, nb::kw_only(), "stream"_a = nb::none(),
        "log(sum(exp(x))) over the last axis, kept with size 1 (f32 accumulation).");
  m.def("set_num_threads", [](int n) { gk::ThreadPool::instance().set_threads(n); }, "n"_a);
  m.def("num_threads", [] { return gk::ThreadPool::instance().threads(); });
  m.def("read_bandwidth_gbps", &gk::read_bandwidth_gbps, "nbytes"_a, "rounds"_a = 5,
        "Best-of-rounds streaming read of an nbytes buffer on the worker pool, in GB/s.");
  m.def("supported_variants", [] {
    std::vector<std::string> names;
    for (const gk::Isa* isa : gk::supported_isas()) names.emplace_back(isa->name);
    return names;
  });
  m.def("force_variant", &gk::force_isa, "name"_a);
  m.def("forced_variant", &gk::forced_isa);
  m.def("variant_for", [](bool bf16_activations, bool bf16_weights) {
    return std::string(gk::select_isa(bf16_activations, bf16_weights)->name);
  }, "bf16_activations"_a, "bf16_weights"_a);
  m.attr("MLX_VERSION") = GK_STR(MLX_VERSION_MAJOR) "." GK_STR(MLX_VERSION_MINOR) "." GK_STR(
      MLX_VERSION_PATCH);
}
