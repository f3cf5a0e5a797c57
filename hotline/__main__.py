"""`python -m hotline`: the command line, or the window when no command is given."""

from hotline.cli import main

raise SystemExit(main())
