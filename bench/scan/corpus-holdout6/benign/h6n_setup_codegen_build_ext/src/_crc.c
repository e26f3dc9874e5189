#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "crc_table.h"

static PyObject *crc(PyObject *self, PyObject *args) {
    Py_buffer b; unsigned int c = 0xffffffffu;
    if (!PyArg_ParseTuple(args, "y*", &b)) return NULL;
    const unsigned char *p = b.buf;
    for (Py_ssize_t i = 0; i < b.len; i++) c = CRC_TABLE[(c ^ p[i]) & 0xff] ^ (c >> 8);
    PyBuffer_Release(&b);
    return PyLong_FromUnsignedLong(c ^ 0xffffffffu);
}
static PyMethodDef m[] = {{"crc32c", crc, METH_VARARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef d = {PyModuleDef_HEAD_INIT, "_crc", NULL, -1, m};
PyMODINIT_FUNC PyInit__crc(void) { return PyModule_Create(&d); }
