"""Names: typosquatting, dependency confusion and invented project names (T3).

`corpus` holds the popular-names corpus, `detect` judges a name against it.
"""
