"""The test suite (tests/conftest.py says how it runs).

Compiled modules are kept even where the environment says not to (PYTHONDONTWRITEBYTECODE=1,
as in our Docker image): compiling the app, its libraries and pytest's rewritten test modules
again costs seconds of every run, and of every app server the tests start. Set here, in the
first module of the suite imported; __pycache__ is ignored by git."""

import os
import sys

sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # for the servers and commands tests start
