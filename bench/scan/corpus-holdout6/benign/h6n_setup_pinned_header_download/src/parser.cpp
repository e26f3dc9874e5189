#include <Python.h>
#include "simdjson.h"
// bindings elided in this sample
PyMODINIT_FUNC PyInit__parser(void) { return NULL; }
