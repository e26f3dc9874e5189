from bs4 import BeautifulSoup  # noqa: F401
