// Which kernel variants this CPU can run, and which one a call uses.
#pragma once

#include <string>
#include <vector>

#include "isa.h"

namespace gk {

// Variants compiled in and supported by this CPU, fastest first (scalar always last).
const std::vector<const Isa*>& supported_isas();

// The variant for a call: the bf16 dot-product one when activations and weights are both bf16
// and it is available, else the best f32 one. A variant forced with `force_isa` wins when it
// can take the call.
const Isa* select_isa(bool bf16_activations, bool bf16_weights);

// "" restores automatic choice; otherwise the name of a supported variant (else throws).
void force_isa(const std::string& name);
std::string forced_isa();

}  // namespace gk
