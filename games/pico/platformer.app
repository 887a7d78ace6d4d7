# PICO-8 demo cart: games/pico/carts/platformer.p8
title=PICO-8: Mossy Leap
desc=Platformer: run, jump, grab the coins
exec=/usr/games/pico /usr/share/games/pico/platformer.p8
order=30
