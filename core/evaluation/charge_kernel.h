#pragma once
// The fast exact charge kernel (issue 11): a spend line's charges in integer cents, month after
// month, equal to the cent to chargeInMonth() (the multi-precision reference in charges.cpp).
//
// Compounding is incremental: one floating multiply per month carries an estimate of
// base·(1 + g)^k whose relative error is bounded rigorously ((2k + 3) units in the last
// place). Where the estimate lies within that bound of a half cent (the only place where
// half-up rounding could tip), or where 64-bit cents would not hold the figure, the month is
// computed by the reference instead, so every figure is proven equal to the reference's.
#include "scenario/scenario.h"

#include <cstdint>

namespace creditpath::kernel {

// Fills out[0 .. months-1] with the charges of months 1..months in cents. Returns 0 when
// every month was within kMaxMonthlyCharge, else the first month whose charge is above it or
// not representable (the caller refuses the line, as the reference schedule does).
int lineChargesInCents(const SpendLine& line, int months, std::int64_t* out);

// How many months the kernel handed to the reference since the program started (tests show
// that the boundary cases really take the exact path). Relaxed atomic: a diagnostic only.
long referenceFallbacks();

} // namespace creditpath::kernel
