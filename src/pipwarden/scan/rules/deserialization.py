"""unsafe-deserialization.*: pickle, marshal and yaml.load on untrusted data."""

from __future__ import annotations

from pipwarden.scan.facts import Fact
from pipwarden.scan.rules._base import (
    CRITICAL,
    HIGH,
    LOW,
    MEDIUM,
    at_runtime,
    negative,
    positive,
    rule,
)
from pipwarden.scan.rules._samples import URL

RULES = [
    rule(
        "unsafe-deserialization.pickle",
        LOW,
        "CWE-502",
        "pickle/marshal/dill load",
        "Loading a pickle runs code chosen by whoever wrote the data.",
        "Load only trusted data; prefer JSON.",
        samples=(
            positive("import pickle\ndef f(data):\n    return pickle.loads(data)\n"),
            negative("import json\ndef f(data):\n    return json.loads(data)\n"),
        ),
        when=(Fact.UNCHECKED_PICKLE_LOAD,),
    ),
    rule(
        "unsafe-deserialization.yaml",
        LOW,
        "CWE-502",
        "yaml.load without a safe loader",
        "yaml.load with the default or full loader can construct arbitrary objects.",
        "Use yaml.safe_load or Loader=yaml.SafeLoader.",
        samples=(
            positive("import yaml\ndef f(s):\n    return yaml.load(s)\n"),
            negative(
                "import yaml\ndef f(s):\n    return yaml.load(s, Loader=yaml.SafeLoader), yaml.safe_load(s)\n"
            ),
        ),
        when=(Fact.UNSAFE_YAML_LOAD,),
    ),
    rule(
        "unsafe-deserialization.remote",
        HIGH,
        "CWE-502",
        "Network data is unpickled",
        "A network response reaches pickle/marshal/yaml loading: remote code execution.",
        "Never unpickle data from the network.",
        severity_in=at_runtime(MEDIUM),
        samples=(
            positive(
                f"import pickle, requests\ndef f():\n    return pickle.loads(requests.get({URL!r}).content)\n"
            ),
            negative(
                "import pickle\ndef f():\n    return pickle.loads(open('cache.pkl', 'rb').read())\n"
            ),
        ),
        when=(Fact.NET_DATA_DESERIALIZED,),
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
        samples=(
            # A protocol-0 pickle that calls os.system('echo inert') when loaded (never loaded here).
            positive(b"cos\nsystem\n(S'echo inert'\ntR.", "pkg/model.pkl"),
            negative(b"(dp0\nS'weights'\np1\n(lp2\nI1\naI2\nas.", "pkg/model.pkl"),
        ),
        when=(Fact.SERIALIZED_CALL,),
    ),
]
