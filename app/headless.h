#pragma once
// The command-line modes that never open a window (--evaluate, --export-*, --help, --version).

namespace creditpath::app {

// True when argv asks for a mode that must work without a display.
bool isHeadlessInvocation(int argc, char** argv);
// Runs it; returns the process exit code (0 ok, 2 bad input or bad usage, 1 I/O failure).
int runHeadless(int argc, char** argv);

} // namespace creditpath::app
