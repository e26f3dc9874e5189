#include <Python.h>
#include "crc_tables.h"
/* module body omitted in sample */
