#define PY_SSIZE_T_CLEAN
#include <Python.h>

static uint32_t table[256];

static void init_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
        table[i] = c;
    }
}

static PyObject *crc32c(PyObject *self, PyObject *args) {
    Py_buffer buf;
    unsigned int crc = 0;
    if (!PyArg_ParseTuple(args, "y*|I", &buf, &crc)) return NULL;
    crc ^= 0xFFFFFFFFu;
    const unsigned char *p = buf.buf;
    for (Py_ssize_t i = 0; i < buf.len; i++) crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
    PyBuffer_Release(&buf);
    return PyLong_FromUnsignedLong(crc ^ 0xFFFFFFFFu);
}

static PyMethodDef methods[] = {{"crc32c", crc32c, METH_VARARGS, "CRC32C"}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_crc", NULL, -1, methods};

PyMODINIT_FUNC PyInit__crc(void) { init_table(); return PyModule_Create(&mod); }
