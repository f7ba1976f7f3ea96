//go:build amd64

package pi

import (
	"math/big"
	"unsafe"
)

// ifmaColumns sums the 52-bit limb products of x and y by column; see the
// assembly for the layout.
//
//go:noescape
func ifmaColumns(lo, hi, xp, yp []uint64, a, b int)

// cpuHasIFMA reports whether the processor and the operating system support
// AVX-512F and AVX-512 IFMA.
func cpuHasIFMA() bool

// mask52 keeps a 52-bit limb.
const mask52 = 1<<52 - 1

// limbs52 returns the 52-bit limbs that n words make.
func limbs52(n int) int { return (64*n + 51) / 52 }

// ifmaScratch returns the scratch words mulIFMA needs for an a×b-word
// product.
func ifmaScratch(a, b int) int {
	m, n := limbs52(a), limbs52(b)
	return m + n + 32 + 2*((m+n+14)/16*16)
}

// mulIFMA sets z[0:len(x)+len(y)] = x·y for 1 ≤ len(x), len(y) < 780 (so
// that a column's sum of 52-bit halves stays below 2^62), using t's first
// ifmaScratch(len(x), len(y)) words as scratch: x and y in 52-bit limbs,
// their columns summed by ifmaColumns, carried and packed back into words.
func mulIFMA(z, x, y, t []big.Word) {
	m, n := limbs52(len(x)), limbs52(len(y))
	s := ifmaScratch(len(x), len(y))
	_ = t[s-1]
	u := unsafe.Slice((*uint64)(unsafe.Pointer(&t[0])), s)
	xp, u := u[:m+16], u[m+16:]
	yp, u := u[:n+16], u[n+16:]
	nb := (m + n + 14) / 16 * 16
	lo, hi := u[:nb], u[nb:2*nb]
	clear(xp[:8])
	clear(xp[8+m:])
	clear(yp[:8])
	clear(yp[8+n:])
	to52(xp[8:8+m], x)
	to52(yp[8:8+n], y)
	ifmaColumns(lo, hi, xp, yp, m, n)
	// Column j is lo[j] + hi[j-1]: carry it into the 52-bit limb lo[j].
	k := limbs52(len(x) + len(y))
	c := lo[0] >> 52
	lo[0] &= mask52
	for j := 1; j < k; j++ {
		v := lo[j] + hi[j-1] + c
		lo[j] = v & mask52
		c = v >> 52
	}
	from52(z[:len(x)+len(y)], lo[:k])
}

// to52 writes the limbs52(len(x)) 52-bit limbs of x into d.
func to52(d []uint64, x []big.Word) {
	g := 0
	for ; 13*g+13 <= len(x); g++ {
		split13((*[16]uint64)(d[16*g:]), (*[13]big.Word)(x[13*g:]))
	}
	if r := x[13*g:]; len(r) > 0 {
		var xt [13]big.Word
		var dt [16]uint64
		copy(xt[:], r)
		split13(&dt, &xt)
		copy(d[16*g:], dt[:])
	}
}

// from52 writes into z the words of the 52-bit limbs l, which must fit.
func from52(z []big.Word, l []uint64) {
	g := 0
	for ; 13*g+13 <= len(z) && 16*g+16 <= len(l); g++ {
		join16((*[13]big.Word)(z[13*g:]), (*[16]uint64)(l[16*g:]))
	}
	if 13*g < len(z) {
		var lt [16]uint64
		var zt [13]big.Word
		copy(lt[:], l[min(16*g, len(l)):])
		join16(&zt, &lt)
		copy(z[13*g:], zt[:])
	}
}

// split13 writes the 16 52-bit limbs of the 13 words x into d.
func split13(d *[16]uint64, x *[13]big.Word) {
	d[0] = (uint64(x[0])) & mask52
	d[1] = (uint64(x[0])>>52 | uint64(x[1])<<12) & mask52
	d[2] = (uint64(x[1])>>40 | uint64(x[2])<<24) & mask52
	d[3] = (uint64(x[2])>>28 | uint64(x[3])<<36) & mask52
	d[4] = (uint64(x[3])>>16 | uint64(x[4])<<48) & mask52
	d[5] = (uint64(x[4]) >> 4) & mask52
	d[6] = (uint64(x[4])>>56 | uint64(x[5])<<8) & mask52
	d[7] = (uint64(x[5])>>44 | uint64(x[6])<<20) & mask52
	d[8] = (uint64(x[6])>>32 | uint64(x[7])<<32) & mask52
	d[9] = (uint64(x[7])>>20 | uint64(x[8])<<44) & mask52
	d[10] = (uint64(x[8]) >> 8) & mask52
	d[11] = (uint64(x[8])>>60 | uint64(x[9])<<4) & mask52
	d[12] = (uint64(x[9])>>48 | uint64(x[10])<<16) & mask52
	d[13] = (uint64(x[10])>>36 | uint64(x[11])<<28) & mask52
	d[14] = (uint64(x[11])>>24 | uint64(x[12])<<40) & mask52
	d[15] = (uint64(x[12]) >> 12) & mask52
}

// join16 writes the 13 words holding the 16 52-bit limbs l into z.
func join16(z *[13]big.Word, l *[16]uint64) {
	z[0] = big.Word(l[0] | l[1]<<52)
	z[1] = big.Word(l[1]>>12 | l[2]<<40)
	z[2] = big.Word(l[2]>>24 | l[3]<<28)
	z[3] = big.Word(l[3]>>36 | l[4]<<16)
	z[4] = big.Word(l[4]>>48 | l[5]<<4 | l[6]<<56)
	z[5] = big.Word(l[6]>>8 | l[7]<<44)
	z[6] = big.Word(l[7]>>20 | l[8]<<32)
	z[7] = big.Word(l[8]>>32 | l[9]<<20)
	z[8] = big.Word(l[9]>>44 | l[10]<<8 | l[11]<<60)
	z[9] = big.Word(l[11]>>4 | l[12]<<48)
	z[10] = big.Word(l[12]>>16 | l[13]<<36)
	z[11] = big.Word(l[13]>>28 | l[14]<<24)
	z[12] = big.Word(l[14]>>40 | l[15]<<12)
}
