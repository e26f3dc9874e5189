#include <Python.h>

static PyObject *crc32(PyObject *self, PyObject *args) {
    Py_buffer buf;
    if (!PyArg_ParseTuple(args, "y*", &buf)) return NULL;
    unsigned int c = 0xFFFFFFFFu;
    const unsigned char *p = buf.buf;
    for (Py_ssize_t i = 0; i < buf.len; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & -(c & 1));
    }
    PyBuffer_Release(&buf);
    return PyLong_FromUnsignedLong(c ^ 0xFFFFFFFFu);
}

static PyMethodDef methods[] = {{"crc32", crc32, METH_VARARGS, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_crc", NULL, -1, methods};
PyMODINIT_FUNC PyInit__crc(void) { return PyModule_Create(&mod); }
