"""Names: typosquatting, dependency confusion and invented project names (T3).

`corpus` holds the popular-names corpus, `spelling` the normal forms of a name,
`lookalikes` finds the popular names a name resembles, `detect` judges it.
"""
