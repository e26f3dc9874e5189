#include <pybind11/pybind11.h>
#include <cmath>

double haversine(double a, double b, double c, double d) { return std::hypot(c - a, d - b); }

PYBIND11_MODULE(_core, m) { m.def("haversine", &haversine); }
