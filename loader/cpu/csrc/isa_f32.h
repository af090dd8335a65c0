// Everything an f32 variant compiles (matmuls, attention) and the Isa table that exposes it.
#pragma once

#include "attention_f32.h"
#include "reduce_f32.h"
#include "tile_f32.h"

namespace gk::f32path {
namespace {

template <class V>
const Isa* make_isa(const char* name) {
  static const Isa isa{name,         false,         &dense<V>,          &quant<V>,
                       &prep_quant_x<V>, 32,          &attention<V>,      &lse_part<V>,
                       &tile_scratch_bytes};
  return &isa;
}

}  // namespace
}  // namespace gk::f32path
