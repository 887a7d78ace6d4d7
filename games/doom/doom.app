# The launcher's entry for Doom (docs/cartfs.md).
title=Doom
desc=Freedoom Phase 1 (Chocolate Doom)
exec=/usr/games/doom -iwad /usr/share/games/doom/freedoom1.wad
order=20
