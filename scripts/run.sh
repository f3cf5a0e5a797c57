#!/bin/sh
# Starts the desk. Without a display it says how to run anyway.
PY="$1"; shift
if [ -z "$DISPLAY" ] && [ -z "$WAYLAND_DISPLAY" ] && [ -z "$QT_QPA_PLATFORM" ] && [ "$(uname)" = "Linux" ]; then
    echo "No display found. To run the desk anyway:"
    echo "  under a virtual screen:  apt-get install xvfb && xvfb-run -a make run"
    echo "  offscreen (nothing shown, for scripted checks):  QT_QPA_PLATFORM=offscreen make run"
    exit 1
fi
exec "$PY" -m hotline "$@"
