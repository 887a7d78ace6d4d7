pico-8 cartridge // http://www.pico-8.com
version 41
__lua__
-- lights out: a puzzle for lin64
-- arrows: move, o: press a light (it and its neighbours flip),
-- x: a new board.  turn every light off.

n = 5
size = 20
ox, oy = 14, 18

function _init()
 menuitem(1, "new board", new_board)
 level = 1
 new_board()
end

-- a board made by pressing random lights on a dark one, so it can
-- always be solved
function new_board()
 grid = {}
 for i = 0, n * n - 1 do grid[i] = false end
 for k = 1, 3 + level do
  press(flr(rnd(n)), flr(rnd(n)))
 end
 cx, cy, moves = 2, 2, 0
 anim = nil
end

function flip(x, y)
 if (x >= 0 and x < n and y >= 0 and y < n) grid[y * n + x] = not grid[y * n + x]
end

function press(x, y)
 flip(x, y) flip(x - 1, y) flip(x + 1, y) flip(x, y - 1) flip(x, y + 1)
end

function lights_on()
 local c = 0
 for i = 0, n * n - 1 do
  if (grid[i]) c += 1
 end
 return c
end

-- the win animation runs as a coroutine: one step a frame
function celebrate()
 for r = 0, 80, 4 do
  ring = r
  yield()
 end
 ring = nil
 level += 1
 new_board()
end

function _update()
 if anim then
  coresume(anim)
  if (costatus(anim) == "dead") anim = nil
  return
 end
 if (btnp(0)) cx = (cx - 1) % n
 if (btnp(1)) cx = (cx + 1) % n
 if (btnp(2)) cy = (cy - 1) % n
 if (btnp(3)) cy = (cy + 1) % n
 if btnp(4) then
  press(cx, cy)
  moves += 1
  sfx(0)
  if lights_on() == 0 then
   sfx(1)
   anim = cocreate(celebrate)
  end
 end
 if (btnp(❎)) new_board() sfx(2)
end

function draw_light(x, y, on)
 local px, py = ox + x * size, oy + y * size
 if on then
  rectfill(px + 1, py + 1, px + size - 2, py + size - 2, 10)
  -- the glow: the bulb sprite stretched, yellow drawn as white
  pal(9, 7)
  sspr(8, 0, 8, 8, px + 3, py + 3, size - 6, size - 6)
  pal()
 else
  rectfill(px + 1, py + 1, px + size - 2, py + size - 2, 1)
  oval(px + 5, py + 5, px + size - 6, py + size - 6, 5)
 end
end

function _draw()
 cls(0)
 local title = "lights out"
 for i = 1, #title do
  local c = sub(title, i, i)
  print(c, 44 + i * 4, 4 + sin(t() / 2 + i / 10) * 2, 8 + i % 8)
 end
 for y = 0, n - 1 do
  for x = 0, n - 1 do
   draw_light(x, y, grid[y * n + x])
  end
 end
 local px, py = ox + cx * size, oy + cy * size
 rect(px, py, px + size - 1, py + size - 1, 7)
 if (ring) circ(64, 68, ring, 11) circ(64, 68, ring \ 2, 12)
 print("level " .. level, 14, 121, 6)
 print("moves " .. moves, 50, 121, 6)
 print("lit " .. lights_on(), 92, 121, lights_on() > 0 and 9 or 11)
end
__gfx__
0000000000aaaa000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
000000000a9999a00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
00000000a999999a0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
00000000a999999a0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
00000000a999999a0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
000000000a9999a00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
0000000000a99a000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
00000000000aa0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
__sfx__
00020000244401f420000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
0005000024050280502b0503056230535000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
00030000181411e131241200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
