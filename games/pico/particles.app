# PICO-8 demo cart: games/pico/carts/particles.p8
title=PICO-8: Fireworks
desc=Particles and drawing demo
exec=/usr/games/pico /usr/share/games/pico/particles.p8
order=32
