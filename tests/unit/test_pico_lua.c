/* SPDX-License-Identifier: MIT */
/*
 * test_pico_lua.c - the PICO-8 dialect of our patched Lua 5.2
 * (games/pico/lua-patches) and its 16.16 fixed-point numbers, through
 * the runtime's tostr().  Each case is cart code that leaves its result
 * in r, and the text tostr(r) must give.
 */
#include "check.h"
#include "pico_run.h"

static const struct pico_case numbers[] = {
	{ "r = 1/3", "0.3333" },
	{ "r = 2/3", "0.6667" },
	{ "r = 0.1", "0.1" },
	{ "r = 1.5 * 2", "3" },
	{ "r = 32767 + 1", "-32768" },		/* overflow wraps */
	{ "r = -32768 - 1", "32767" },
	{ "r = 200 * 200", "-25536" },
	{ "r = 65536", "0" },			/* literals wrap too */
	{ "r = 65535", "-1" },
	{ "r = 0x8000", "-32768" },
	{ "r = 0x7fff.ffff", "32767.9999" },
	{ "r = 1/0", "32767.9999" },		/* x/0: the largest, x's sign */
	{ "r = -1/0", "-32767.9999" },
	{ "r = 1\\0", "32767" },
	{ "r = 5 % 0", "0" },
	{ "r = 7 \\ 2", "3" },
	{ "r = -7 \\ 2", "-4" },		/* floored */
	{ "r = -7 % 3", "2" },			/* never negative */
	{ "r = 7 % -3", "1" },
	{ "r = 5.5 % 2", "1.5" },
	{ "r = 2^10", "1024" },
	{ "r = 2^0.5", "1.4142" },
	{ "r = tostr(1/3, true)", "0x0000.5555" },
	{ "r = tostr(-1, true)", "0xffff.0000" },
	{ "r = tostr(0x0.0001 * 2, true)", "0x0000.0002" },
	{ "r = tostr(0x0.0001 / 2, true)", "0x0000.0000" },
	{ "r = tonum('0x10.8')", "16.5" },
	{ "r = tonum('0b101.1')", "5.5" },
	{ "r = tonum(' 3.25 ')", "3.25" },
	{ "r = tonum('-2')", "-2" },
	{ "r = tonum('12abc') == nil", "true" },
	{ "r = tonum('') == nil", "true" },
	{ "r = tonum(true)", "1" },
	{ "r = '10' + 5", "15" },
	{ "r = '3' * '4'", "12" },
	{ "r = tostr(nil)", "[nil]" },
	{ "r = tostr(false)", "false" },
	{ "r = tostr({})", "[table]" },
	{ "r = 1 .. ''", "1" },
	{ "r = 0.5 .. ''", "0.5" },
	{ "r = -0.25 .. 'x'", "-0.25x" },
	{ "r = 0x0.0001 .. ''", "0" },
	{ "r = flr(-1.5)", "-2" },
	{ "r = ceil(1.25)", "2" },
	{ "r = ceil(-1.25)", "-1" },
	{ "r = abs(-32768)", "-32768" },
	{ "r = sqrt(2)", "1.4142" },
	{ "r = sqrt(-1)", "0" },
	{ "r = sqrt(16384)", "128" },
	{ "r = sin(0.25)", "-1" },		/* inverted: y grows downwards */
	{ "r = sin(0.75)", "1" },
	{ "r = cos(0.5)", "-1" },
	{ "r = cos(0)", "1" },
	{ "r = atan2(1, 0)", "0" },
	{ "r = atan2(0, -1)", "0.25" },
	{ "r = atan2(0, 1)", "0.75" },
	{ "r = atan2(-1, 0)", "0.5" },
	{ "r = mid(3, 1, 2)", "2" },
	{ "r = min(4, -2)", "-2" },
	{ "r = max(4, -2)", "4" },
	{ "r = sgn(0)", "1" },
	{ "r = sgn(-3)", "-1" },
	{ "r = band(12, 10)", "8" },
	{ "r = bor(12, 10)", "14" },
	{ "r = bxor(12, 10)", "6" },
	{ "r = tostr(bnot(0), true)", "0xffff.ffff" },
	{ "r = shl(1, 4)", "16" },
	{ "r = shr(-16, 2)", "-4" },
	{ "r = tostr(lshr(-1, 16), true)", "0x0000.ffff" },
	{ "r = tostr(rotl(1, 16), true)", "0x0000.0001" },	/* 32-bit rotate */
	{ "r = tostr(rotl(0x0.0001, 16), true)", "0x0001.0000" },
	{ "r = tostr(rotr(1, 16), true)", "0x0000.0001" },
	{ "r = shl(1, 32)", "0" },
	{ "r = shl(8, -2)", "2" },		/* a negative count shifts back */
	{ "local s = 0 for i = 0, 1, 0.25 do s += i end r = s", "2.5" },
	{ "r = #{1, 2, 3} + #'abcd'", "7" },
	{ "t = {} t[2] = 'b' t[1] = 'a' r = t[1] .. #t", "a2" },
	{ "r = select('#', 1, 2, 3)", "3" },
};

/* Each extension, and each inside strings and comments, where it must
 * stay text. */
static const struct pico_case dialect[] = {	/* errors: lines of the code */
	{ "a = 5 a += 2 r = a", "7" },
	{ "a = 5 a -= 2 r = a", "3" },
	{ "a = 5 a *= 2 r = a", "10" },
	{ "a = 5 a /= 2 r = a", "2.5" },
	{ "a = 5 a %= 2 r = a", "1" },
	{ "a = 5 a \\= 2 r = a", "2" },
	{ "a = 5 a ^= 2 r = a", "25" },
	{ "a = 'x' a ..= 5 r = a", "x5" },
	{ "a = 6 a &= 3 r = a", "2" },
	{ "a = 6 a |= 3 r = a", "7" },
	{ "a = 6 a ^^= 3 r = a", "5" },
	{ "a = 1 a <<= 3 r = a", "8" },
	{ "a = -8 a >>= 1 r = a", "-4" },
	{ "a = -1 a >>>= 16 r = tostr(a, true)", "0x0000.ffff" },
	{ "a = 1 a <<>= 8 r = tostr(a, true)", "0x0100.0000" },
	{ "a = 1 a >><= 16 r = tostr(a, true)", "0x0000.0001" },
	{ "a = 10 a -= 2 * 3 r = a", "4" },		/* a = a - (2*3) */
	{ "a = 10 a -= 3 - 1 r = a", "8" },
	{ "local l = 7 l \\= 2 r = l", "3" },
	{ "local u = 1 function f() u += 1 return u end f() r = u", "2" },
	{ "t = {x = 1, y = {z = 2}} t.x += 5 t.y.z *= 3 r = t.x .. t.y.z", "66" },
	{ "t = {1, 2} n = 0 function i() n += 1 return 2 end t[i()] += 10 r = t[2] .. ',' .. n",
	  "12,1" },				/* the key is evaluated once */
	{ "r = 1 != 2", "true" },
	{ "r = 2 != 2", "false" },
	{ "r = 1 // r = 2", "1" },
	{ "r = 1\n// r = 2\n", "1" },
	{ "r = 8 / 2 // a comment", "4" },
	{ "r = 0 if (true) r = 1", "1" },
	{ "r = 0 if (false) r = 1", "0" },
	{ "r = 0 if (false) r = 1 else r = 2", "2" },
	{ "r = 0 if (1 == 1) r += 1 r += 1", "2" },	/* the whole line */
	{ "r = 0 if (false) r += 1 r += 1\nr += 5", "5" },
	{ "r = 0 if (r == 0) then r = 3 end", "3" },
	{ "function f() if (true) return\n return 1 end r = tostr(f())", "[nil]" },
	{ "function f() if (true) return 4\n return 1 end r = f()", "4" },
	{ "r = 0 while (r < 5) r += 1", "5" },
	{ "r = 0 while (r < 5) do r += 2 end", "6" },
	{ "if true then\n if (false) r = 1\nelse\n r = 2\nend r = tostr(r)", "[nil]" },
	{ "function print(s) r = s end ?'hi'", "hi" },
	{ "function print(a, b) r = a .. b end ? 1, 2", "12" },
	{ "r = 0b1010", "10" },
	{ "r = 0b0.1", "0.5" },
	{ "r = 0x0.8", "0.5" },
	{ "r = 0x10.4", "16.25" },
	{ "r = 7 \\ 2", "3" },
	{ "r = 5 ^^ 3", "6" },
	{ "r = 6 & 3", "2" },
	{ "r = 6 | 3", "7" },
	{ "r = tostr(~0, true)", "0xffff.ffff" },
	{ "r = 1 << 4", "16" },
	{ "r = tostr(-1 >> 16, true)", "0xffff.ffff" },
	{ "r = tostr(-1 >>> 16, true)", "0x0000.ffff" },
	{ "r = tostr(1 <<> 31, true)", "0x0000.8000" },
	{ "r = tostr(1 >>< 16, true)", "0x0000.0001" },
	{ "poke(0x4300, 7) r = @0x4300", "7" },
	{ "poke2(0x4300, -2) r = %0x4300", "-2" },
	{ "poke4(0x4300, 1.5) r = $0x4300", "1.5" },
	{ "x = 0x4300 poke(x, 9) r = @x + 1", "10" },	/* unary binds tighter */
	{ "r = 7 %3", "1" },			/* binary %: the modulo */
	{ "r = @'17152'", "0" },		/* strings convert */
	{ "r = 1 + 2 * 3", "7" },
	{ "r = 2 ^ 3 ^ 2", "512" },
	{ "r = 1 | 2 & 3", "3" },
	{ "r = 1 << 2 + 1", "8" },
	{ "r = 2 ^^ 3 & 1", "3" },
	{ "r = 'a' .. 1 + 2", "a3" },
	{ "r = -2 ^ 2", "-4" },
	{ "r = 1 < 2 == true", "true" },
	{ "r = 'a != b // c += 1 ?'", "a != b // c += 1 ?" },
	{ "r = \"@0 %1 $2 0b1 \\\\ ^^\"", "@0 %1 $2 0b1 \\ ^^" },
	{ "r = 1 -- r += 1 // if (x) y", "1" },
	{ "r = 1 --[[ r += 1\n r = 9 ]] r += 1", "2" },
	{ "r = [[x += 1 // y]]", "x += 1 // y" },
	{ "r = 1 +", "error: syntax error line 1\nunexpected symbol near <eof>" },
	{ "r = 1 !", "error: syntax error line 1\nunexpected symbol near '!'" },
	{ "local x = nil r = x.y", "error: runtime error line 1\nattempt to index local 'x' (a nil value)" },
	{ "r = 1\nr = nil + 1", "error: runtime error line 2\nattempt to perform arithmetic on a nil value" },
	{ "r = \xe2\xac\x85\xef\xb8\x8f .. \xe2\x9e\xa1\xef\xb8\x8f .. \xe2\xac\x86\xef\xb8\x8f"
	  " .. \xe2\xac\x87\xef\xb8\x8f .. \xf0\x9f\x85\xbe\xef\xb8\x8f .. \xe2\x9d\x8e", "012345" },
	{ "\xe2\x99\xa5 = 3 r = \xe2\x99\xa5 .. #'\xe2\x98\x85'", "31" },	/* glyphs are names */
	{ "r = 1e5", "error: syntax error line 1\nmalformed number near '1e5'" },
	{ "t = {} for i = 1, 32000 do t[i] = {1, 2, 3, 4, 5, 6, 7, 8} end",
	  "error: out of memory line 1\nthe cart used more than 2 MiB of Lua memory" },
};

int main(void)
{
	pico_run_cases("numbers", numbers, sizeof(numbers) / sizeof(numbers[0]));
	pico_run_cases("dialect", dialect, sizeof(dialect) / sizeof(dialect[0]));
	return check_summary();
}
