"""``python -m kit``: the same command line as ``proeftuin``."""

import sys

from kit.cli import main

sys.exit(main())
