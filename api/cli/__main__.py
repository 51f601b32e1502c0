"""`python -m api.cli`: the `peermentor` command."""

import sys

from api.cli import main

sys.exit(main())
