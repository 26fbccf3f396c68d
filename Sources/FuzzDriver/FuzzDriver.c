// Declarations only (see include/FuzzDriver.h); SwiftPM needs a source file in a C target.
#include "FuzzDriver.h"
