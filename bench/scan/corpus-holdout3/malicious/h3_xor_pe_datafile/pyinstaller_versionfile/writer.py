TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers=({v}), prodvers=({v})),
  kids=[StringFileInfo([StringTable('040904B0', [StringStruct('ProductName', '{name}')])])]
)"""


def write_version_file(path, name, version="1.0.0.0"):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(TEMPLATE.format(v=version.replace(".", ", "), name=name))
