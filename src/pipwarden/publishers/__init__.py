"""Who may publish a project, and how its releases came to be (T2, T7).

`lookup` gathers the facts from the index (JSON API, simple API, PEP 740
integrity API), `evidence` holds them and reads them from the index's documents
(`repository` the repository URLs among them), `heuristics` turns one project's
facts into findings, and `trust` keeps the trust-on-first-use records and
compares against them.
"""
