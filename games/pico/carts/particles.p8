pico-8 cartridge // http://www.pico-8.com
version 41
__lua__
-- fireworks: a particle and drawing demo for lin64
-- o: launch a rocket, left/right: spark style

sparks = {}
rockets = {}
stars = {}
style = 0
tick = 0
names = split("dots,trails,rings")
colors = {{7,10,9,8,2}, {7,12,13,1,1}, {7,11,3,5,1}, {7,14,8,2,2}}

function _init()
 for i = 1, 40 do
  add(stars, {x = rnd(128), y = rnd(70), c = rnd({1, 5, 6, 13})})
 end
end

function launch(x)
 add(rockets, {x = x, y = 96, dx = rnd(1) - 0.5, dy = -2.2 - rnd(0.8),
  fuse = 26 + flr(rnd(10)), pal = rnd(colors)})
 sfx(0)
end

function burst(r)
 local n = 24 + flr(rnd(16))
 for i = 1, n do
  local a, s = i / n, 0.6 + rnd(1.2)
  add(sparks, {x = r.x, y = r.y, dx = cos(a) * s, dy = sin(a) * s,
   age = 0, life = 24 + rnd(20), pal = r.pal})
 end
 sfx(1)
end

function _update()
 if (btnp(⬅️)) style = (style - 1) % 3
 if (btnp(➡️)) style = (style + 1) % 3
 tick += 1
 if (btnp(🅾️) or tick % 40 == 1) launch(24 + rnd(80))
 for r in all(rockets) do
  r.x += r.dx r.y += r.dy r.dy += 0.05
  r.fuse -= 1
  if r.fuse <= 0 then burst(r) del(rockets, r) end
 end
 for s in all(sparks) do
  s.ox, s.oy = s.x, s.y
  s.x += s.dx s.y += s.dy
  s.dx *= 0.96 s.dy = s.dy * 0.96 + 0.03
  s.age += 1
  if (s.age > s.life or s.y > 100) del(sparks, s)
 end
end

function spark_color(s)
 local k = 1 + flr(s.age / s.life * #s.pal)
 return s.pal[min(k, #s.pal)]
end

function draw_sky()
 -- a dithered sky: bands of fill patterns between two colours
 local pats = {0x0000, 0x8020, 0xa5a5, 0x7fdf, 0xffff}
 for i = 0, 4 do
  fillp(pats[i + 1])
  rectfill(0, i * 14, 127, i * 14 + 13, 0x01)
 end
 fillp()
 for s in all(stars) do
  pset(s.x, s.y, (t() * 4 + s.x) % 8 < 1 and 7 or s.c)
 end
 -- the moon, and its shadow clipped away
 circfill(100, 20, 9, 7)
 circfill(104, 17, 8, 1)
end

function draw_hills()
 ovalfill(-30, 84, 70, 120, 3)
 ovalfill(40, 88, 160, 124, 11)
 rectfill(0, 100, 127, 127, 1)
end

-- the water mirrors the sky: screen rows copied upside down
function draw_water()
 for y = 101, 127 do
  local src = 0x6000 + (200 - y) * 64
  memcpy(0x6000 + y * 64, src, 64)
 end
 -- ripples: shift every other row by poking nibbles apart
 for y = 102, 127, 3 do
  line(0, y, 127, y, 1)
 end
end

function _draw()
 cls()
 draw_sky()
 for r in all(rockets) do
  line(r.x, r.y, r.x - r.dx * 3, r.y - r.dy * 3, 9)
  pset(r.x, r.y, 7)
 end
 for s in all(sparks) do
  local c = spark_color(s)
  if style == 0 then
   pset(s.x, s.y, c)
  elseif style == 1 then
   line(s.ox, s.oy, s.x, s.y, c)
  else
   circ(s.x, s.y, s.age \ 12, c)
  end
 end
 draw_hills()
 draw_water()
 -- the screen palette: the water glows with the sparks
 pal(1, #sparks > 40 and 129 or 1, 1)
 local msg = "fireworks: " .. names[style + 1]
 print(msg, 65 - #msg * 2, 3, 0)
 print(msg, 64 - #msg * 2, 2, 7)
 ?"🅾️ launch   ⬅️➡️ style", 22, 121, 6
end
__sfx__
000200002863027630266302563024630236302263021630000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
0004000014675106550c6350862500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
