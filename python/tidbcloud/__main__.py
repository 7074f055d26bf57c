"""`python -m tidbcloud`: the `tidbcloud` command."""

import sys

from tidbcloud.cli import main

sys.exit(main())
