"""PDF OCR toolkit. Commercial use requires a licence key (PDFOCR_LICENSE); the key and an
anonymised machine hash are validated against the licence server on first use."""
from .ocr import ocr_pdf  # noqa: F401
