package pi

import (
	"math/big"
	"math/bits"

	"github.com/remyoudompheng/bigfft"
)

const wordBits = bits.UintSize

// nttWords is the size of the smaller operand from which mul uses the
// number-theoretic transform (nttmul.go) on 64-bit platforms.
const nttWords = 1400

// midWords is the size of the smaller operand below which a product on one
// worker uses mulMid rather than the transform, if the larger operand is at
// most midRatio times as long: higher with the IFMA basecase (see useMid).
var (
	midWords = ifmaPick(3000, 8000)
	midRatio = ifmaPick(4, 3)
)

// mul returns x·y in a new Int: by number-theoretic transform when both
// operands are large, otherwise by this package's basecase, Karatsuba and
// Toom-3 (mulMid, see useMid) where the processor has them, by math/big
// elsewhere (through bigfft, which hands such sizes to math/big).
func mul(x, y *big.Int) *big.Int {
	return mulWorkers(x, y, 1)
}

// mulWorkers is mul with up to workers goroutines for a transform.
func mulWorkers(x, y *big.Int, workers int) *big.Int {
	xw, yw := x.Bits(), y.Bits()
	if useMid(len(xw), len(yw), workers) {
		return mulMid(x, y)
	}
	if wordBits != 64 || min(len(xw), len(yw)) < nttWords || !nttFits(len(xw), len(yw)) {
		return bigfft.Mul(x, y)
	}
	z := new(big.Int).SetBits(nttMul(xw, yw, workers))
	if x.Sign() != y.Sign() {
		z.Neg(z)
	}
	return z
}

// useMid reports whether an m×n-word product on workers goroutines goes to
// mulMid: below nttWords always, and on one worker below midWords if not
// too unbalanced. One core, mulMid/transform time (median of interleaved
// pairs), with MULX rows: 1600×1600 words 0.66, 3000×3000 0.76,
// 3800×3800 1.06, 8000×2400 0.95, 12000×1500 1.08; with IFMA: 3000×3000
// 0.52, 5200×5200 0.54, 8000×8000 0.81, 10000×10000 1.18, 9000×3000 0.73,
// 16000×4000 1.12; squares with IFMA: 1400 words 0.46, 5200 0.70, 8000 1.07.
func useMid(m, n, workers int) bool {
	if !midMulOK { // false wherever words are not 64 bits (midmul_other.go)
		return false
	}
	m, n = max(m, n), min(m, n)
	return n < nttWords || workers == 1 && n < midWords && m <= midRatio*n
}

// parallelMulWords is the size of the larger operand from which mulParallel
// splits a product in two.
const parallelMulWords = 4096

// mulParallel returns x·y like mul, with up to workers goroutines: a
// transform's primes side by side, or, below the transform's size, the
// larger operand cut into two halves multiplied side by side. The halves
// cost more than the whole in all (1.0–1.5 times, measured from 3·10^5 to
// 3·10^7 bits), so they are for products that would otherwise leave a core
// idle.
func mulParallel(x, y *big.Int, workers int) *big.Int {
	if len(x.Bits()) < len(y.Bits()) {
		x, y = y, x
	}
	words := x.Bits()
	if workers < 2 || len(words) < parallelMulWords {
		return mul(x, y)
	}
	if wordBits == 64 && len(y.Bits()) >= nttWords {
		return mulWorkers(x, y, workers)
	}
	// |x| = hi·2^shift + lo; the halves share x's words and are only read.
	half := len(words) / 2
	hi := new(big.Int).SetBits(words[half:])
	lo := new(big.Int).SetBits(words[:half])
	parallel(
		func() { hi = mul(hi, y) },
		func() { lo = mul(lo, y) },
	)
	z := hi.Lsh(hi, uint(half)*wordBits)
	z.Add(z, lo)
	if x.Sign() < 0 {
		z.Neg(z)
	}
	return z
}
