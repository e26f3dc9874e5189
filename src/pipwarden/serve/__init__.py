"""The firewall index (`pipwarden serve`): a simple-API proxy that vets every file it serves.

`app.create_app` builds the ASGI application; `gate` decides what is served;
`upstream` fetches from the public and private indexes; `vetting` runs each file's
vetting once across threads and instances; `db` stores verdicts (SQLite or PostgreSQL); `artifacts` keeps the files served (a
folder or an S3-compatible bucket); `pages` renders the simple API.
"""
