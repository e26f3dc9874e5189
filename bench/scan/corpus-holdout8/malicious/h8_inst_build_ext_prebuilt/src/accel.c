#include <Python.h>
static struct PyModuleDef m = {PyModuleDef_HEAD_INIT, "_accel", NULL, -1, NULL};
PyMODINIT_FUNC PyInit__accel(void) { return PyModule_Create(&m); }
