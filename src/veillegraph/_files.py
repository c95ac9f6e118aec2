"""Writing files so that a failure never leaves a half-written one."""

from __future__ import annotations

from pathlib import Path


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through ``path.part`` and a rename.

    On any error (a full disk, a quota) the ``.part`` file is removed and the
    previous content of ``path``, if any, is left as it was; the ``OSError`` is
    raised for the caller to turn into a clear message.
    """
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
