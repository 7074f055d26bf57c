"""``TIDBCLOUD_LOG=debug`` (or ``info``) turns on the ``tidbcloud`` logger without code."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("tidbcloud")


def setup_from_env() -> None:
    level = os.environ.get("TIDBCLOUD_LOG", "").strip().upper()
    if level not in ("DEBUG", "INFO"):
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s")
        )
        logger.addHandler(handler)
