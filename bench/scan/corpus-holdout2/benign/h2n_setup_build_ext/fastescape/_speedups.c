#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *escape(PyObject *self, PyObject *arg) {
    /* real implementation elided: delegate to str.replace chain */
    return PyObject_CallMethod(arg, "replace", "ss", "&", "&amp;");
}

static PyMethodDef methods[] = {{"escape", escape, METH_O, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods};
PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&mod); }
