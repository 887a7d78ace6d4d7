# PICO-8 demo cart: games/pico/carts/puzzle.p8
title=PICO-8: Lights Out
desc=Puzzle: turn all the lights off
exec=/usr/games/pico /usr/share/games/pico/puzzle.p8
order=33
