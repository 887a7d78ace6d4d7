# PICO-8 demo cart: games/pico/carts/shooter.p8
title=PICO-8: Star Patrol
desc=Shooter with music
exec=/usr/games/pico /usr/share/games/pico/shooter.p8
order=31
