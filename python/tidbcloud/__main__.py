"""`python -m tidbcloud`: the `tidbcloud` command."""

import sys

from tidbcloud.cli import main

if __name__ == "__main__":
    sys.exit(main())
