#pragma once
// The verdict column's symbols (fit ✓, poor fit !, not eligible ×), drawn at whatever size a
// view asks for: sharp in screen share, and no image files decoded at start (the style's
// standard icons read four PNG sizes each, a noticeable part of the cold start).
#include "evaluation/evaluation.h"

#include <QIcon>

namespace creditpath::ui {

QIcon verdictIcon(Verdict verdict);

} // namespace creditpath::ui
