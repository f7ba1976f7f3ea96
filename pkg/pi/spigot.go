// Package pi computes the decimal digits of π.
//
// It is pure Go and knows nothing of C or Node.js. Digits are byte values
// 0–9, the leading 3 first: the first five digits are 3, 1, 4, 1, 5.
package pi

import (
	"iter"
	"math"
	"math/big"
	"math/bits"
)

// Spigot is Gibbons' unbounded spigot for π (the "streaming" algorithm of
// "Unbounded Spigot Algorithms for the Digits of Pi", 2006), started at
// q=1, r=180, t=60, i=2. Each call to Next yields one more digit; its cost
// grows linearly with the number of digits already produced, so the first n
// digits cost O(n²) word operations.
//
// A Spigot is not safe for concurrent use.
type Spigot struct {
	q, r, t *big.Int
	i       uint64
	f       spigotFactors
	// Temporaries, kept so that each step allocates nothing once the
	// numbers stop growing past their capacity.
	num, den, tmp, rem *big.Int
	w                  big.Int
}

// NewSpigot returns a spigot positioned before the first digit (3).
func NewSpigot() *Spigot {
	return &Spigot{
		q: big.NewInt(1), r: big.NewInt(180), t: big.NewInt(60), i: 2,
		num: new(big.Int), den: new(big.Int), tmp: new(big.Int), rem: new(big.Int),
	}
}

// mulWord sets z = x·w for a machine word w, reusing s.w.
func (s *Spigot) mulWord(z, x *big.Int, w uint64) {
	z.Mul(x, s.w.SetUint64(w))
}

// Next returns the next digit of π.
//
// One step: digit = ((27i−12)q + 5r) / (5t); u = 3(3i+1)(3i+2);
// r = 10u(q(5i−2) + r − t·digit); q ·= 10i(2i−1); t ·= u; i += 1.
// Each step then divides q, r and t by g = gcd(u, q·10i(2i−1)), which
// divides all three and leaves every digit unchanged (see spigotFactors).
// Every factor but q, r and t fits a machine word while i < 2.5×10^8, far
// beyond any digit count the spigot is allowed (see MaxSpigotDigits), so
// each product is a big-by-word multiplication. The digit comes from the
// leading words of q, r and t in floating point; only when that estimate is
// too close to an integer to trust does the step divide in full.
func (s *Spigot) Next() byte {
	i := s.i
	digit, ok := s.estimate(float64(27*i-12), 5)
	if !ok {
		digit = s.exactDigit()
	}

	u := 3 * (3*i + 1) * (3*i + 2)
	a := 10 * i * (2*i - 1)
	g := s.f.common(i)
	ga := gcd(a, g)
	// r = 10u(q(5i−2) + r − t·digit) / g
	s.mulWord(s.tmp, s.q, 5*i-2)
	s.tmp.Add(s.tmp, s.r)
	s.mulWord(s.num, s.t, digit)
	s.tmp.Sub(s.tmp, s.num)
	s.mulWord(s.r, s.tmp, 10*(u/g))
	// q = q·10i(2i−1) / g, where the part of g that 10i(2i−1) lacks divides
	// q; t = t·u / g
	s.mulWord(s.tmp, s.q, a/ga)
	if d := g / ga; d != 1 {
		if uint64(big.Word(d)) == d {
			s.tmp.SetBits(divExact(s.tmp.Bits(), big.Word(d)))
		} else { // d exceeds a 32-bit word
			s.tmp.Quo(s.tmp, s.w.SetUint64(d))
		}
	}
	s.q, s.tmp = s.tmp, s.q
	s.mulWord(s.tmp, s.t, u/g)
	s.t, s.tmp = s.tmp, s.t
	s.i++
	return byte(digit)
}

// exactDigit returns ((27i−12)q + 5r) / (5t), by dividing in full.
func (s *Spigot) exactDigit() uint64 {
	s.mulWord(s.num, s.q, 27*s.i-12)
	s.mulWord(s.tmp, s.r, 5)
	s.num.Add(s.num, s.tmp)
	s.mulWord(s.den, s.t, 5)
	s.tmp.QuoRem(s.num, s.den, s.rem)
	return s.tmp.Uint64()
}

// estimate returns floor((a·q + b·r) / (5t)) computed in float64 from the
// leading words of q, r and t, and whether that floor is certain: false when
// the quotient lies so close to an integer that rounding errors could move
// it across.
func (s *Spigot) estimate(a, b float64) (uint64, bool) {
	// Scale all three by the same power of two, 2^(w·k) for w-bit words,
	// keeping t's top two or three words: more precision than float64
	// holds, with 32-bit words as with 64.
	k := len(s.t.Bits()) - 3
	if k < 0 {
		k = 0
	}
	q, r, t := leading(s.q, k), leading(s.r, k), leading(s.t, k)
	num := a*q + b*r
	x := num / (5 * t)
	// Each leading() is exact to 2^-52 relative; the sum and quotient add a
	// few more roundings. 2^-40 of the magnitudes involved is a safe margin.
	margin := (math.Abs(a*q)+math.Abs(b*r))/(5*t)*0x1p-40 + 0x1p-40
	f := math.Floor(x)
	if x-f < margin || f+1-x < margin || f < 0 || f > 9 {
		return 0, false
	}
	return uint64(f), true
}

// leading returns x / 2^(w·k) for w-bit words as a float64, from x's top
// three words at most.
func leading(x *big.Int, k int) float64 {
	w := x.Bits()
	var f float64
	for j := len(w) - 1; j >= k && j >= len(w)-3; j-- {
		f += math.Ldexp(float64(w[j]), bits.UintSize*(j-k))
	}
	if x.Sign() < 0 {
		f = -f
	}
	return f
}

// divExact sets x = x/d in place and returns it, for d > 0 that divides x
// exactly. It divides by d's odd part from the low word up, multiplying by
// its inverse modulo 2^w (Jebelean's exact division), and then shifts out
// d's power of two; that costs two multiplications a word where math/big's
// Quo, with no notion of exactness, costs a division a word.
func divExact(x []big.Word, d big.Word) []big.Word {
	sh := uint(bits.TrailingZeros(uint(d)))
	d >>= sh
	inv := d // right in the low 3 bits, for odd d; each round doubles them
	for range 5 {
		inv *= 2 - d*inv
	}
	var borrow, prev big.Word
	for j, w := range x {
		v, b := bits.Sub(uint(w), uint(borrow), 0)
		z := big.Word(v) * inv
		hi, _ := bits.Mul(uint(z), uint(d))
		borrow = big.Word(hi + b)
		if j > 0 {
			x[j-1] = prev>>sh | z<<(bits.UintSize-sh)
		}
		prev = z
	}
	if len(x) > 0 {
		x[len(x)-1] = prev >> sh
	}
	return x
}

// Digits returns the unbounded sequence of π's digits, computed by a new
// Spigot. Stop ranging over it to stop computing.
func Digits() iter.Seq[byte] {
	return func(yield func(byte) bool) {
		s := NewSpigot()
		for yield(s.Next()) {
		}
	}
}
