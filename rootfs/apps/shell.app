# The terminal, with BusyBox's shell.
title=Shell
desc=A terminal typed on with the joypad
exec=/usr/bin/lin64-term
order=10
