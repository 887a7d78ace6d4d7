# PICO-8 demo cart: games/pico/carts/platformer.p8
title=PICO-8: Mossy Leap
desc=Platformer: run, jump, collect the coins, reach the flag
exec=/usr/games/pico /usr/share/games/pico/platformer.p8
order=30
