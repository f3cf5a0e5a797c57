#!/bin/sh
# /usr/bin/hotline: the 152 hotline desk installed in /opt/hotline152.
# Without arguments it opens the window; `hotline --help` lists the commands.
exec /opt/hotline152/hotline "$@"
