import pathlib
import shutil
import subprocess

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    """Compile .proto files to Python before packaging."""

    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        root = pathlib.Path(self.root)
        protos = sorted(str(p.relative_to(root)) for p in (root / "proto").glob("*.proto"))
        if not protos:
            return
        protoc = shutil.which("protoc")
        if protoc is None:
            raise RuntimeError("protoc is required to build protomodels from source")
        out = root / "src" / "protomodels" / "_gen"
        out.mkdir(parents=True, exist_ok=True)
        subprocess.run([protoc, "-Iproto", "--python_out=" + str(out), *protos], cwd=root, check=True)
        build_data["artifacts"].append("src/protomodels/_gen/*.py")
