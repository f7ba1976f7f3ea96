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
// AVX-512F, IFMA and VBMI.
func cpuHasIFMA() bool

// pack52 writes into z the number whose 52-bit column j is lo[j] + hi[j];
// see the assembly.
//
//go:noescape
func pack52(z []big.Word, lo, hi []uint64)

// split52 writes the 52-bit limbs of x's first len(d)/8 groups of 52 bytes
// into d, 8 limbs a group (VPERMB, VPSRLQ); x must hold 12 bytes more than
// those groups.
//
//go:noescape
func split52(d []uint64, x []big.Word)

// mask52 keeps a 52-bit limb.
const mask52 = 1<<52 - 1

// limbs52 returns the 52-bit limbs that n words make.
func limbs52(n int) int { return (64*n + 51) / 52 }

// ifmaScratch returns the scratch words mulIFMA needs for an a×b-word
// product.
func ifmaScratch(a, b int) int {
	return limbs52(a) + limbs52(b) + 32 + 2*ifmaColumnsLen(a, b) + 1
}

// ifmaColumnsLen returns the length of mulIFMA's column sums for an
// a×b-word product: what ifmaColumns writes or what pack52 reads,
// whichever is more.
func ifmaColumnsLen(a, b int) int {
	return max((limbs52(a)+limbs52(b)+14)/16*16, packColumns(a+b))
}

// packColumns returns the columns pack52 reads for n words.
func packColumns(n int) int { return (8*n + 51) / 52 * 8 }

// mulIFMA sets z[0:len(x)+len(y)] = x·y for len(x), len(y) ≥ 1, the shorter
// below ifmaMaxWords, using t's first ifmaScratch(len(x), len(y)) words as
// scratch: x and y in 52-bit limbs, their columns summed by ifmaColumns,
// carried and packed back into words by pack52.
func mulIFMA(z, x, y, t []big.Word) {
	m, n := limbs52(len(x)), limbs52(len(y))
	s := ifmaScratch(len(x), len(y))
	_ = t[s-1]
	u := unsafe.Slice((*uint64)(unsafe.Pointer(&t[0])), s)
	xp, u := u[:m+16], u[m+16:]
	yp, u := u[:n+16], u[n+16:]
	nc, k := ifmaColumnsLen(len(x), len(y)), (m+n+14)/16*16
	// hi[j] is kept in h[j+1], so that h[j] is the high half for column j.
	lo, h := u[:nc], u[nc:2*nc+1]
	clear(xp[:8])
	clear(xp[8+m:])
	clear(yp[:8])
	clear(yp[8+n:])
	to52(xp[8:8+m], x)
	to52(yp[8:8+n], y)
	ifmaColumns(lo[:k], h[1:1+k], xp, yp, m, n)
	h[0] = 0
	clear(lo[k:])
	clear(h[1+k:])
	p := packColumns(len(x) + len(y))
	pack52(z[:len(x)+len(y)], lo[:p], h[:p])
}

// to52 writes the limbs52(len(x)) 52-bit limbs of x into d: by split52 as
// far as x holds 64 bytes from each group's start, the rest one by one.
func to52(d []uint64, x []big.Word) {
	g := 0
	if len(x) >= 8 {
		g = min((8*len(x)-64)/52+1, len(d)/8)
		split52(d[:8*g], x)
	}
	for i := 8 * g; i < len(d); i++ {
		bit := 52 * i
		w, off := bit/64, uint(bit%64)
		v := uint64(x[w]) >> off
		if off > 12 && w+1 < len(x) {
			v |= uint64(x[w+1]) << (64 - off)
		}
		d[i] = v & mask52
	}
}
