package pi

import (
	"math/big"
	"math/bits"
)

// The leaves of the splitting (chudnovsky.go): a few terms summed one at a
// time.

// blockTerms is the most terms summed one after another by block rather
// than split further.
const blockTerms = 16

// blockInts returns the sums over the terms [a, b), adding one term at a time:
//
//	P(a,k+1) = P(a,k)·p(k), Q(a,k+1) = Q(a,k)·q(k),
//	T(a,k+1) = T(a,k)·q(k) + P(a,k+1)·(A + B·k)
//
// with p(k) = −(6k−5)(2k−1)(6k−1), q(k) = k³·640320³/24 (p(0) = q(0) = 1).
// Each step multiplies the sums by word-sized factors into spare Ints, so a
// block costs a handful of allocations instead of a tree of tiny nodes.
func blockInts(a, b int64) sums {
	s := sums{P: big.NewInt(1), Q: big.NewInt(1), T: big.NewInt(0)}
	spareP, spareQ, spareT, term := new(big.Int), new(big.Int), new(big.Int), new(big.Int)
	var w big.Int
	// times sets *z to *z·v; the product goes to *spare (math/big cannot
	// multiply in place without allocating) and the two swap.
	times := func(z, spare **big.Int, v int64) {
		(*spare).Mul(*z, w.SetInt64(v))
		*z, *spare = *spare, *z
	}
	for k := a; k < b; k++ {
		if k > 0 {
			// Each factor fits in a word up to MaxDigits' 7·10^6 terms.
			for _, v := range [...]int64{k * k, k, chudC3Over24} {
				zeros := bits.TrailingZeros64(uint64(v))
				times(&s.Q, &spareQ, v>>zeros)
				s.z += uint(zeros)
				times(&s.T, &spareT, v)
			}
			times(&s.P, &spareP, -(6*k-5)*(2*k-1))
			times(&s.P, &spareP, 6*k-1)
		}
		s.T.Add(s.T, term.Mul(s.P, w.SetInt64(chudA+chudB*k)))
	}
	return s
}

// block returns the sums over the terms [a, b), as blockInts, by word
// loops on the magnitudes where words have 64 bits: a leaf's numbers are a
// few dozen words, where big.Int's calls cost more than the arithmetic, and
// the word-sized factors of a term combine into fewer passes.
func block(a, b int64) sums {
	if wordBits != 64 {
		return blockInts(a, b)
	}
	P, Q, T := make([]big.Word, 1, 40), make([]big.Word, 1, 40), make([]big.Word, 0, 40)
	P[0], Q[0] = 1, 1
	var z uint
	pNeg, tNeg := false, false
	for k := a; k < b; k++ {
		if k > 0 {
			// Each factor fits in a word up to MaxDigits' 7·10^6 terms.
			q := [...]uint64{uint64(k * k), uint64(k), chudC3Over24}
			t := q // wordProducts works in place
			for _, f := range wordProducts(t[:]) {
				T = mulWord(T, f)
			}
			for i, v := range q {
				zeros := bits.TrailingZeros64(v)
				q[i] = v >> zeros
				z += uint(zeros)
			}
			for _, f := range wordProducts(q[:]) {
				Q = mulWord(Q, f)
			}
			p := [...]uint64{uint64(6*k - 5), uint64(2*k - 1), uint64(6*k - 1)}
			for _, f := range wordProducts(p[:]) {
				P = mulWord(P, f)
			}
			pNeg = !pNeg
		}
		// T += P·(A + B·k), T's sign that of its first term: each later
		// term is far smaller than T·q(k) (the series converges by 14
		// digits a term), so a subtraction never crosses zero.
		c := uint64(chudA + chudB*k)
		if len(T) == 0 || tNeg == pNeg {
			T = addMulWord(T, P, c)
			tNeg = pNeg
		} else {
			T = subMulWord(T, P, c)
		}
	}
	signed := func(x []big.Word, neg bool) *big.Int {
		v := new(big.Int).SetBits(x)
		if neg {
			v.Neg(v)
		}
		return v
	}
	return sums{P: signed(P, pNeg), Q: signed(Q, false), T: signed(T, tNeg), z: z}
}

// wordProducts multiplies neighbouring factors together while they fit a word
// and returns the products, in place.
func wordProducts(fs []uint64) []uint64 {
	out := fs[:1]
	for _, f := range fs[1:] {
		if hi, lo := bits.Mul64(out[len(out)-1], f); hi == 0 {
			out[len(out)-1] = lo
		} else {
			out = append(out, f)
		}
	}
	return out
}

// mulWord sets x = x·w and returns it.
func mulWord(x []big.Word, w uint64) []big.Word {
	var carry uint64
	for i, v := range x {
		hi, lo := bits.Mul64(uint64(v), w)
		lo, c := bits.Add64(lo, carry, 0)
		x[i] = big.Word(lo)
		carry = hi + c
	}
	if carry != 0 {
		x = append(x, big.Word(carry))
	}
	return x
}

// addMulWord sets x = x + y·w and returns it.
func addMulWord(x, y []big.Word, w uint64) []big.Word {
	for len(x) <= len(y) {
		x = append(x, 0)
	}
	var carry uint64
	for i, v := range y {
		hi, lo := bits.Mul64(uint64(v), w)
		lo, c := bits.Add64(lo, carry, 0)
		s, c2 := bits.Add64(uint64(x[i]), lo, 0)
		x[i] = big.Word(s)
		carry = hi + c + c2
	}
	for i := len(y); carry != 0; i++ {
		if i == len(x) {
			x = append(x, 0)
		}
		s, c := bits.Add64(uint64(x[i]), carry, 0)
		x[i] = big.Word(s)
		carry = c
	}
	return trim(x)
}

// subMulWord sets x = x − y·w, for x ≥ y·w, and returns it.
func subMulWord(x, y []big.Word, w uint64) []big.Word {
	var borrow uint64
	for i, v := range y {
		hi, lo := bits.Mul64(uint64(v), w)
		lo, c := bits.Add64(lo, borrow, 0)
		d, b := bits.Sub64(uint64(x[i]), lo, 0)
		x[i] = big.Word(d)
		borrow = hi + c + b
	}
	for i := len(y); borrow != 0; i++ {
		d, b := bits.Sub64(uint64(x[i]), borrow, 0) // x ≥ y·w: i stays in x
		x[i] = big.Word(d)
		borrow = b
	}
	return trim(x)
}

// trim drops x's leading zero words.
func trim(x []big.Word) []big.Word {
	for len(x) > 0 && x[len(x)-1] == 0 {
		x = x[:len(x)-1]
	}
	return x
}
