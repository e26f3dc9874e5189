"""unsafe-deserialization.*: pickle, marshal and yaml.load on untrusted data."""

from __future__ import annotations

from pipwarden.scan.rules._base import CRITICAL, HIGH, LOW, MEDIUM, at_runtime, rule

RULES = [
    rule(
        "unsafe-deserialization.pickle",
        LOW,
        "CWE-502",
        "pickle/marshal/dill load",
        "Loading a pickle runs code chosen by whoever wrote the data.",
        "Load only trusted data; prefer JSON.",
    ),
    rule(
        "unsafe-deserialization.yaml",
        LOW,
        "CWE-502",
        "yaml.load without a safe loader",
        "yaml.load with the default or full loader can construct arbitrary objects.",
        "Use yaml.safe_load or Loader=yaml.SafeLoader.",
    ),
    rule(
        "unsafe-deserialization.remote",
        HIGH,
        "CWE-502",
        "Network data is unpickled",
        "A network response reaches pickle/marshal/yaml loading: remote code execution.",
        "Never unpickle data from the network.",
        severity_in=at_runtime(MEDIUM),
    ),
    rule(
        "unsafe-deserialization.malicious-file",
        CRITICAL,
        "CWE-502",
        "Data file that runs code when loaded",
        "A shipped pickle, model checkpoint or YAML file names a dangerous callable (os.system, "
        "builtins.exec, subprocess): loading it runs that call. Found by reading the opcodes "
        "and tags, never by loading.",
        "Do not install; a model or config file has no reason to call the shell.",
    ),
]
