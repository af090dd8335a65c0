// MLX primitives for the drivers in drivers.h (see ops.h). Building an op checks shapes and
// dtypes and makes inputs contiguous; evaluation allocates the output with MLX's allocator and
// queues the driver on the CPU stream, like MLX's own CPU ops.
#include "ops.h"

#include <sstream>
#include <stdexcept>

#include "drivers.h"
#include "mlx/backend/cpu/encoder.h"
#include "mlx/primitives.h"

namespace gk {
namespace {

DType kernel_dtype(const mx::array& a, const char* what) {
  if (a.dtype() == mx::bfloat16) return DType::bf16;
  if (a.dtype() == mx::float32) return DType::f32;
  std::ostringstream msg;
  msg << what << " must be bfloat16 or float32, got " << a.dtype();
  throw std::invalid_argument(msg.str());
}

void require(bool ok, const std::string& msg) {
  if (!ok) throw std::invalid_argument(msg);
}

mx::Stream cpu_stream(mx::StreamOrDevice s) {
  mx::Stream stream = mx::to_stream(s);
  require(stream.device == mx::Device::cpu,
          "gptoss kernels run on the CPU only; use MLX's own ops on other devices");
  return stream;
}

// Scratch memory for one evaluation, from MLX's allocator (reused through its buffer cache).
struct Scratch {
  explicit Scratch(size_t bytes) : data(mx::allocator::malloc(bytes)) {}
  void* ptr() { return data.buffer().raw_ptr(); }
  mx::allocator::Data data;
};

// Inputs: x, weight, [scales (MXFP4)], [bias].
class Linear : public mx::UnaryPrimitive {
 public:
  Linear(mx::Stream stream, bool has_bias, bool mxfp4)
      : mx::UnaryPrimitive(stream), has_bias_(has_bias), mxfp4_(mxfp4) {}

  void eval_cpu(const std::vector<mx::array>& inputs, mx::array& out) override {
    const mx::array& x = inputs[0];
    const mx::array& w = inputs[1];
    out.set_data(mx::allocator::malloc(out.nbytes()));
    LinearArgs a{};
    a.x = x.data<void>();
    a.x_type = kernel_dtype(x, "x");
    a.K = x.shape(-1);
    a.M = a.K > 0 ? int64_t(x.size() / a.K) : 0;
    a.w = w.data<void>();
    a.w_type = mxfp4_ ? DType::bf16 : kernel_dtype(w, "weight");
    a.scales = mxfp4_ ? inputs[2].data<uint8_t>() : nullptr;
    a.N = w.shape(0);
    if (has_bias_) {
      a.bias = inputs.back().data<void>();
      a.bias_type = kernel_dtype(inputs.back(), "bias");
    }
    a.y = out.data<void>();
    a.y_type = kernel_dtype(out, "output");
    // Input buffers stay alive until the stream has run this task (MLX's CPU eval holds them).
    mx::cpu::get_command_encoder(stream()).dispatch([a]() {
      Scratch scratch(linear_scratch_bytes(a));
      run_linear(a, scratch.ptr());
    });
  }

  void eval_gpu(const std::vector<mx::array>&, mx::array&) override {
    throw std::runtime_error("gptoss kernels have no GPU implementation");
  }

  const char* name() const override { return "GptossLinear"; }

  bool is_equivalent(const mx::Primitive& other) const override {
    const auto& o = static_cast<const Linear&>(other);
    return has_bias_ == o.has_bias_ && mxfp4_ == o.mxfp4_;
  }

  std::vector<mx::Shape> output_shapes(const std::vector<mx::array>& inputs) override {
    mx::Shape shape = inputs[0].shape();
    shape.back() = inputs[1].shape(0);
    return {shape};
  }

 private:
  bool has_bias_;
  bool mxfp4_;
};

// Both expert primitives: inputs 0 and 1 are x [..., H] and the expert ids [..., k]; the
// output is [..., k, H].
void eval_moe(mx::Stream stream, const std::vector<mx::array>& in, mx::array& out,
              const Mxfp4Stack& gate, const Mxfp4Stack& up, const Mxfp4Stack& down, float alpha,
              float limit) {
  out.set_data(mx::allocator::malloc(out.nbytes()));
  MoeArgs a{};
  a.x = in[0].data<void>();
  a.x_type = kernel_dtype(in[0], "x");
  a.H = in[0].shape(-1);
  a.T = a.H > 0 ? int64_t(in[0].size() / a.H) : 0;
  a.indices = in[1].data<void>();
  a.k = in[1].shape(-1);
  a.gate = gate, a.up = up, a.down = down;
  a.alpha = alpha, a.limit = limit;
  a.out = out.data<void>();
  mx::cpu::get_command_encoder(stream).dispatch([a]() {
    Scratch scratch(moe_scratch_bytes(a));
    run_moe(a, scratch.ptr());
  });
}

mx::Shape moe_output_shape(const mx::array& x, const mx::array& indices) {
  mx::Shape shape = indices.shape();
  shape.push_back(x.shape(-1));
  return shape;
}

void check_moe_inputs(const mx::array& x, const mx::array& indices, const char* op) {
  kernel_dtype(x, "x");
  require(indices.dtype() == mx::uint32 || indices.dtype() == mx::int32,
          std::string(op) + ": indices must be uint32 or int32");
  require(x.ndim() >= 1 && indices.ndim() == x.ndim() &&
              std::equal(x.shape().begin(), x.shape().end() - 1, indices.shape().begin()),
          std::string(op) + ": x [..., H] and indices [..., k] must share leading dimensions");
}

class MoeSwiglu : public mx::UnaryPrimitive {
 public:
  MoeSwiglu(mx::Stream stream, float alpha, float limit)
      : mx::UnaryPrimitive(stream), alpha_(alpha), limit_(limit) {}

  void eval_cpu(const std::vector<mx::array>& in, mx::array& out) override {
    eval_moe(stream(), in, out, stack(in[2], in[3], in[4]), stack(in[5], in[6], in[7]),
             stack(in[8], in[9], in[10]), alpha_, limit_);
  }

  void eval_gpu(const std::vector<mx::array>&, mx::array&) override {
    throw std::runtime_error("gptoss kernels have no GPU implementation");
  }

  const char* name() const override { return "GptossMoeSwiglu"; }

  bool is_equivalent(const mx::Primitive& other) const override {
    const auto& o = static_cast<const MoeSwiglu&>(other);
    return alpha_ == o.alpha_ && limit_ == o.limit_;
  }

  std::vector<mx::Shape> output_shapes(const std::vector<mx::array>& in) override {
    return {moe_output_shape(in[0], in[1])};
  }

 private:
  static Mxfp4Stack stack(const mx::array& w, const mx::array& s, const mx::array& b) {
    return Mxfp4Stack::packed(w.data<uint8_t>(), s.data<uint8_t>(), b.data<void>(),
                              kernel_dtype(b, "bias"), w.shape(0), w.shape(1), s.shape(2) * 32);
  }

  float alpha_, limit_;
};

// The expert block over weights outside MLX (memory-mapped checkpoint files): inputs are only
// x and the expert ids; the three stacks are raw pointers with strides, kept alive by the caller.
class MoeSwigluMapped : public mx::UnaryPrimitive {
 public:
  MoeSwigluMapped(mx::Stream stream, const Mxfp4Stack& gate, const Mxfp4Stack& up,
                  const Mxfp4Stack& down, float alpha, float limit)
      : mx::UnaryPrimitive(stream), gate_(gate), up_(up), down_(down), alpha_(alpha),
        limit_(limit) {}

  void eval_cpu(const std::vector<mx::array>& in, mx::array& out) override {
    eval_moe(stream(), in, out, gate_, up_, down_, alpha_, limit_);
  }

  void eval_gpu(const std::vector<mx::array>&, mx::array&) override {
    throw std::runtime_error("gptoss kernels have no GPU implementation");
  }

  const char* name() const override { return "GptossMoeSwigluMapped"; }

  bool is_equivalent(const mx::Primitive& other) const override {
    const auto& o = static_cast<const MoeSwigluMapped&>(other);
    return gate_.blocks == o.gate_.blocks && up_.blocks == o.up_.blocks &&
           down_.blocks == o.down_.blocks && alpha_ == o.alpha_ && limit_ == o.limit_;
  }

  std::vector<mx::Shape> output_shapes(const std::vector<mx::array>& in) override {
    return {moe_output_shape(in[0], in[1])};
  }

 private:
  Mxfp4Stack gate_, up_, down_;
  float alpha_, limit_;
};

// Inputs: q, k, v, [mask], [sinks]. The mask keeps its own (broadcastable) shape: a
// [1, 1, L, S] boolean mask is read through zero strides, never expanded to [B, Hq, L, S].
class Attention : public mx::UnaryPrimitive {
 public:
  Attention(mx::Stream stream, float scale, MaskKind mask, bool sinks)
      : mx::UnaryPrimitive(stream), scale_(scale), mask_(mask), sinks_(sinks) {}

  void eval_cpu(const std::vector<mx::array>& in, mx::array& out) override {
    out.set_data(mx::allocator::malloc(out.nbytes()));
    const mx::array &q = in[0], &k = in[1], &v = in[2];
    AttnArgs a{};
    a.q = q.data<void>();
    a.k = k.data<void>();
    a.v = v.data<void>();
    a.type = kernel_dtype(q, "q");
    a.B = q.shape(0), a.Hq = q.shape(1), a.L = q.shape(2), a.D = q.shape(3);
    a.Hkv = k.shape(1), a.S = k.shape(2);
    row_major_strides(q, a.qs);
    row_major_strides(k, a.ks);
    row_major_strides(v, a.vs);
    a.scale = scale_;
    a.mask_kind = mask_;
    size_t next = 3;
    if (mask_ == MaskKind::boolean || mask_ == MaskKind::additive) {
      const mx::array& m = in[next++];
      a.mask = m.data<void>();
      a.mask_type = mask_ == MaskKind::additive ? kernel_dtype(m, "mask") : DType::f32;
      int64_t stride = 1;
      for (int d = 3; d >= 0; --d) {  // row-major, zero where the mask broadcasts
        a.ms[d] = m.shape(d) == 1 ? 0 : stride;
        stride *= m.shape(d);
      }
    }
    if (sinks_) {
      a.sinks = in[next].data<void>();
      a.sinks_type = DType::f32;
    }
    a.out = out.data<void>();
    mx::cpu::get_command_encoder(stream()).dispatch([a]() { run_attention(a); });
  }

  void eval_gpu(const std::vector<mx::array>&, mx::array&) override {
    throw std::runtime_error("gptoss kernels have no GPU implementation");
  }

  const char* name() const override { return "GptossAttention"; }

  bool is_equivalent(const mx::Primitive& other) const override {
    const auto& o = static_cast<const Attention&>(other);
    return scale_ == o.scale_ && mask_ == o.mask_ && sinks_ == o.sinks_;
  }

  std::vector<mx::Shape> output_shapes(const std::vector<mx::array>& in) override {
    return {in[0].shape()};
  }

 private:
  static void row_major_strides(const mx::array& a, int64_t (&s)[3]) {
    s[2] = a.shape(3);
    s[1] = s[2] * a.shape(2);
    s[0] = s[1] * a.shape(1);
  }

  float scale_;
  MaskKind mask_;
  bool sinks_;
};

// Checks one stacked MXFP4 projection against the expected [E, rows, cols] and returns its
// contiguous inputs.
std::vector<mx::array> mxfp4_inputs(const char* name, const mx::array& w, const mx::array& s,
                                    const mx::array& b, int64_t experts, int64_t rows,
                                    int64_t cols, mx::Stream stream) {
  std::ostringstream where;
  where << name << ": expected MXFP4 weights uint32 [" << experts << ", " << rows << ", "
        << cols / 8 << "], scales uint8 [" << experts << ", " << rows << ", " << cols / 32
        << "] and bias [" << experts << ", " << rows << "]";
  require(cols % 32 == 0 && w.dtype() == mx::uint32 && s.dtype() == mx::uint8 &&
              w.shape() == mx::Shape{int(experts), int(rows), int(cols / 8)} &&
              s.shape() == mx::Shape{int(experts), int(rows), int(cols / 32)} &&
              b.shape() == mx::Shape{int(experts), int(rows)},
          where.str());
  kernel_dtype(b, "bias");
  return {mx::contiguous(w, false, stream), mx::contiguous(s, false, stream),
          mx::contiguous(b, false, stream)};
}

}  // namespace

mx::array linear(const mx::array& x, const mx::array& w, const std::optional<mx::array>& bias,
                 mx::StreamOrDevice s) {
  const mx::Stream stream = cpu_stream(s);
  kernel_dtype(x, "x");
  kernel_dtype(w, "weight");
  require(w.ndim() == 2 && x.ndim() >= 1 && x.shape(-1) == w.shape(1),
          "linear: x [..., K] and weight [N, K] do not match");
  const mx::Dtype out_type = mx::promote_types(x.dtype(), w.dtype());
  std::vector<mx::array> inputs = {mx::contiguous(mx::astype(x, out_type, stream), false, stream),
                                   mx::contiguous(w, false, stream)};
  if (bias) {
    kernel_dtype(*bias, "bias");
    require(bias->ndim() == 1 && bias->shape(0) == w.shape(0), "linear: bias must be [N]");
    inputs.push_back(mx::contiguous(*bias, false, stream));
  }
  mx::Shape shape = x.shape();
  shape.back() = w.shape(0);
  return mx::array(shape, out_type, std::make_shared<Linear>(stream, bias.has_value(), false),
                   std::move(inputs));
}

mx::array mxfp4_linear(const mx::array& x, const mx::array& w, const mx::array& scales,
                       const std::optional<mx::array>& bias, mx::StreamOrDevice s) {
  const mx::Stream stream = cpu_stream(s);
  kernel_dtype(x, "x");
  const int64_t K = x.ndim() >= 1 ? x.shape(-1) : 0, N = w.ndim() == 2 ? w.shape(0) : 0;
  std::ostringstream what;
  what << "mxfp4_linear: x [..., " << K << "] needs weight uint32 [N, " << K / 8
       << "] and scales uint8 [N, " << K / 32 << "] (K a multiple of 32)";
  require(K > 0 && K % 32 == 0 && w.dtype() == mx::uint32 && scales.dtype() == mx::uint8 &&
              w.shape() == mx::Shape{int(N), int(K / 8)} &&
              scales.shape() == mx::Shape{int(N), int(K / 32)},
          what.str());
  std::vector<mx::array> inputs = {mx::contiguous(x, false, stream), mx::contiguous(w, false, stream),
                                   mx::contiguous(scales, false, stream)};
  if (bias) {
    kernel_dtype(*bias, "bias");
    require(bias->ndim() == 1 && bias->shape(0) == N, "mxfp4_linear: bias must be [N]");
    inputs.push_back(mx::contiguous(*bias, false, stream));
  }
  mx::Shape shape = x.shape();
  shape.back() = int(N);
  return mx::array(shape, x.dtype(), std::make_shared<Linear>(stream, bias.has_value(), true),
                   std::move(inputs));
}

mx::array moe_swiglu(const mx::array& x, const mx::array& indices, const mx::array& gate_w,
                     const mx::array& gate_s, const mx::array& gate_b, const mx::array& up_w,
                     const mx::array& up_s, const mx::array& up_b, const mx::array& down_w,
                     const mx::array& down_s, const mx::array& down_b, float alpha, float limit,
                     mx::StreamOrDevice s) {
  const mx::Stream stream = cpu_stream(s);
  check_moe_inputs(x, indices, "moe_swiglu");
  require(gate_w.ndim() == 3, "moe_swiglu: gate weights must be [E, I, H/8]");
  const int64_t E = gate_w.shape(0), I = gate_w.shape(1), H = x.shape(-1);
  std::vector<mx::array> inputs = {mx::contiguous(x, false, stream),
                                   mx::contiguous(indices, false, stream)};
  for (auto&& part : {mxfp4_inputs("gate", gate_w, gate_s, gate_b, E, I, H, stream),
                      mxfp4_inputs("up", up_w, up_s, up_b, E, I, H, stream),
                      mxfp4_inputs("down", down_w, down_s, down_b, E, H, I, stream)}) {
    inputs.insert(inputs.end(), part.begin(), part.end());
  }
  return mx::array(moe_output_shape(x, indices), x.dtype(),
                   std::make_shared<MoeSwiglu>(stream, alpha, limit),
                   std::move(inputs));
}

mx::array attention(const mx::array& q, const mx::array& k, const mx::array& v, float scale,
                    const std::string& mask_mode, const std::optional<mx::array>& mask,
                    const std::optional<mx::array>& sinks, mx::StreamOrDevice s) {
  const mx::Stream stream = cpu_stream(s);
  kernel_dtype(q, "q");
  require(q.ndim() == 4 && k.ndim() == 4 && v.ndim() == 4 && k.shape() == v.shape() &&
              q.dtype() == k.dtype() && q.dtype() == v.dtype() && q.shape(0) == k.shape(0) &&
              q.shape(3) == k.shape(3) && k.shape(1) > 0 && q.shape(1) % k.shape(1) == 0,
          "attention: expected q [B, Hq, L, D], k and v [B, Hkv, S, D] of one dtype, Hq a "
          "multiple of Hkv");
  require(q.shape(3) % 16 == 0, "attention: the head dimension must be a multiple of 16");
  std::vector<mx::array> inputs = {mx::contiguous(q, false, stream),
                                   mx::contiguous(k, false, stream),
                                   mx::contiguous(v, false, stream)};
  MaskKind kind = MaskKind::none;
  if (mask) {
    require(mask_mode.empty(), "attention: give either a mask array or a mask mode, not both");
    require(mask->ndim() >= 2 && mask->ndim() <= 4,
            "attention: the mask must broadcast to [B, Hq, L, S]");
    mx::Shape shape = mask->shape();
    while (shape.size() < 4) shape.insert(shape.begin(), 1);
    const mx::Shape full = {q.shape(0), q.shape(1), q.shape(2), k.shape(2)};
    for (int d = 0; d < 4; ++d) {
      require(shape[d] == 1 || shape[d] == full[d],
              "attention: the mask must broadcast to [B, Hq, L, S]");
    }
    mx::array m = mx::reshape(*mask, shape, stream);
    if (m.dtype() == mx::bool_) {
      kind = MaskKind::boolean;
    } else {
      kind = MaskKind::additive;
      if (m.dtype() != mx::bfloat16) m = mx::astype(m, mx::float32, stream);
    }
    inputs.push_back(mx::contiguous(m, false, stream));
  } else if (mask_mode == "causal") {
    kind = MaskKind::causal;
  } else {
    require(mask_mode.empty(), "attention: mask mode must be 'causal' or empty");
  }
  if (sinks) {
    require(sinks->ndim() == 1 && sinks->shape(0) == q.shape(1), "attention: sinks must be [Hq]");
    inputs.push_back(mx::contiguous(mx::astype(*sinks, mx::float32, stream), false, stream));
  }
  return mx::array(q.shape(), q.dtype(),
                   std::make_shared<Attention>(stream, scale, kind, sinks.has_value()),
                   std::move(inputs));
}

namespace {

class LogSumExp : public mx::UnaryPrimitive {
 public:
  explicit LogSumExp(mx::Stream stream) : mx::UnaryPrimitive(stream) {}

  void eval_cpu(const std::vector<mx::array>& in, mx::array& out) override {
    out.set_data(mx::allocator::malloc(out.nbytes()));
    const mx::array& x = in[0];
    const int64_t n = x.shape(-1), rows = int64_t(out.size());
    const void* xp = x.data<void>();
    void* op = out.data<void>();
    const DType type = kernel_dtype(x, "x");
    mx::cpu::get_command_encoder(stream()).dispatch(
        [xp, type, rows, n, op]() { run_logsumexp(xp, type, rows, n, op, type); });
  }

  void eval_gpu(const std::vector<mx::array>&, mx::array&) override {
    throw std::runtime_error("gptoss kernels have no GPU implementation");
  }

  const char* name() const override { return "GptossLogSumExp"; }

  bool is_equivalent(const mx::Primitive&) const override { return true; }

  std::vector<mx::Shape> output_shapes(const std::vector<mx::array>& in) override {
    mx::Shape shape = in[0].shape();
    shape.back() = 1;
    return {shape};
  }
};

}  // namespace

mx::array logsumexp(const mx::array& x, mx::StreamOrDevice s) {
  const mx::Stream stream = cpu_stream(s);
  kernel_dtype(x, "logsumexp: x");
  require(x.ndim() >= 1, "logsumexp: x needs at least one axis");
  mx::Shape shape = x.shape();
  shape.back() = 1;
  return mx::array(shape, x.dtype(), std::make_shared<LogSumExp>(stream),
                   {mx::contiguous(x, false, stream)});
}

Mxfp4Stack mxfp4_stack(const std::vector<int64_t>& f) {
  require(f.size() == 13, "an MXFP4 stack is 13 integers (see loader/cpu/mapped.py)");
  for (int i : {4, 5, 6}) require(f[i] > 0, "an MXFP4 stack needs positive sizes");
  require(f[6] % 32 == 0, "MXFP4 rows must hold a multiple of 32 values");
  return {reinterpret_cast<const uint8_t*>(f[0]), reinterpret_cast<const uint8_t*>(f[1]),
          reinterpret_cast<const void*>(f[2]), f[3] ? DType::bf16 : DType::f32,
          f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12]};
}

mx::array moe_swiglu_mapped(const mx::array& x, const mx::array& indices,
                            const std::vector<int64_t>& gate, const std::vector<int64_t>& up,
                            const std::vector<int64_t>& down, float alpha, float limit,
                            mx::StreamOrDevice s) {
  const mx::Stream stream = cpu_stream(s);
  check_moe_inputs(x, indices, "moe_swiglu_mapped");
  const Mxfp4Stack g = mxfp4_stack(gate), u = mxfp4_stack(up), d = mxfp4_stack(down);
  require(x.ndim() >= 1 && x.shape(-1) == g.cols && u.cols == g.cols && d.rows == g.cols &&
              u.rows == g.rows && d.cols == g.rows && u.experts == g.experts &&
              d.experts == g.experts,
          "moe_swiglu_mapped: x [..., H], gate/up [E, I, H] and down [E, H, I] do not match");
  return mx::array(moe_output_shape(x, indices), x.dtype(),
                   std::make_shared<MoeSwigluMapped>(stream, g, u, d, alpha, limit),
                   {mx::contiguous(x, false, stream), mx::contiguous(indices, false, stream)});
}

}  // namespace gk
