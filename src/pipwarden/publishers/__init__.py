"""Who may publish a project, and how its releases came to be (T2, T7).

`evidence` gathers the facts from the index (JSON API, simple API, PEP 740
integrity API), `heuristics` turns one project's facts into findings, and
`trust` keeps the trust-on-first-use records and compares against them.
"""
