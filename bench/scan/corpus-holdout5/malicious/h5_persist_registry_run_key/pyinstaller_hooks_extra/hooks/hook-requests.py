hiddenimports = ["charset_normalizer.md__mypyc"]
