"""Extended stop-word lists for NLTK."""
import os
import pickle

_DATA = os.path.join(os.path.dirname(__file__), "data", "stopwords.pkl")

with open(_DATA, "rb") as _fh:
    _LISTS = pickle.load(_fh)


def words(lang: str = "en"):
    return list(_LISTS.get(lang, []))
