"""Entry point of the bundled program (PyInstaller): the desk's command line and window.

Standard output and error are made safe before anything else runs (a windowed
program has none, a desktop launcher may leave a closed pipe), and an uncaught
exception is logged by type and place only (hotline/streams.py).
"""

from hotline import streams

streams.install()

from hotline.cli import main  # noqa: E402  (after the streams are safe)

raise SystemExit(main())
