#include "trace/trace-hw_n64.h"
