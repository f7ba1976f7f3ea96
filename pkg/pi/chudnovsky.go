package pi

import (
	"math"
	"math/big"
	"runtime"
	"sync"
)

// The Chudnovsky series:
//
//	1/π = 12 Σ_k (−1)^k (6k)! (13591409 + 545140134k) / ((3k)! (k!)³ 640320^(3k+3/2))
//
// summed by binary splitting into integers P, Q, T over the terms [0, N), so
// that π = 426880·√10005·Q / T. Each term adds about 14.18 digits.
const (
	chudA         = 13591409
	chudB         = 545140134
	chudC3Over24  = 10939058860032000 // 640320³ / 24
	digitsPerTerm = 14.181647462725477
)

// chudnovsky computes the series over its terms with at most GOMAXPROCS
// goroutines, checking the job at every splitting node.
type chudnovsky struct {
	*job
}

// progressNode is the smallest splitting node whose completion is reported.
const progressNode = 32

// split returns P(a,b), Q(a,b), T(a,b); P is nil when wantP is false (the
// root does not need it). workers is how many goroutines it may use.
func (c *chudnovsky) split(a, b int64, workers int, wantP bool) (P, Q, T *big.Int) {
	c.check()
	if b-a == 1 {
		return leaf(a)
	}
	m := (a + b) / 2
	var pl, ql, tl, pr, qr, tr *big.Int
	if workers > 1 && b-a > 64 {
		parallel(
			func() { pl, ql, tl = c.split(a, m, workers/2, true) },
			func() { pr, qr, tr = c.split(m, b, workers-workers/2, true) },
		)
	} else {
		pl, ql, tl = c.split(a, m, 1, true)
		pr, qr, tr = c.split(m, b, 1, true)
	}
	// P = Pl·Pr, Q = Ql·Qr, T = Qr·Tl + Pl·Tr
	var t1, t2 *big.Int
	products := []func(){
		func() { Q = mul(ql, qr) },
		func() { t1 = mul(qr, tl) },
		func() { t2 = mul(pl, tr) },
	}
	if wantP {
		products = append(products, func() { P = mul(pl, pr) })
	}
	if workers > 1 && b-a > 1024 {
		parallel(products...)
	} else {
		for _, f := range products {
			f()
		}
	}
	T = t1.Add(t1, t2)
	if b-a >= progressNode {
		c.advance(float64(b - a))
	}
	return P, Q, T
}

// leaf returns P, Q, T for the single term a.
func leaf(a int64) (P, Q, T *big.Int) {
	if a == 0 {
		return big.NewInt(1), big.NewInt(1), big.NewInt(chudA)
	}
	// P = −(6a−5)(2a−1)(6a−1); Q = a³·640320³/24; T = P·(A + B·a)
	P = big.NewInt(-(6*a - 5) * (2*a - 1))
	P.Mul(P, big.NewInt(6*a-1))
	Q = big.NewInt(a * a)
	Q.Mul(Q, big.NewInt(a))
	Q.Mul(Q, big.NewInt(chudC3Over24))
	T = big.NewInt(chudA + chudB*a)
	T.Mul(T, P)
	return P, Q, T
}

// parallel runs fs on their own goroutines and waits for them all. A panic
// in one of them is raised again here, on the caller's goroutine, where the
// caller's recover can see it.
func parallel(fs ...func()) {
	var wg sync.WaitGroup
	panics := make([]any, len(fs))
	for i, f := range fs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { panics[i] = recover() }()
			f()
		}()
	}
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p)
		}
	}
}

// fillChudnovsky writes the first len(dst) digits of π into dst.
func fillChudnovsky(dst []byte, j *job) {
	n := len(dst)
	if n == 0 {
		return
	}
	c := &chudnovsky{job: j}
	workers := runtime.GOMAXPROCS(0)
	dec := newDecimal(j)
	// The conversion's first and largest power of ten, and its reciprocal,
	// are made while the cores would otherwise wait (see scaledPi).
	early := func() {}
	if n > decimalLeaf {
		early = func() { dec.power((n + 1) / 2) }
	}
	// guard extra digits; more only when the digits after the n-th are so
	// close to ...000 or ...999 that the error bound leaves it undecided.
	for guard := 10; ; guard *= 2 {
		x := c.scaledPi(int64(n-1+guard), workers, early)
		if digits, ok := truncate(x, guard); ok {
			// The conversion takes about a third of the time.
			j.stage(0.3, float64(n))
			dec.write(dst, digits, workers)
			return
		}
	}
}

// scaledPi returns X with |X − π·10^m| < 4.
//
// It works in binary fixed point with p bits after the point, p well above
// m·log2(10): π·2^p ≈ 426880·10005·(2^p/√10005)·Q/T, then X = π·2^p·10^m / 2^p.
//
// early is work to run beside the Newton iterations, which leave a core idle.
func (c *chudnovsky) scaledPi(m int64, workers int, early func()) *big.Int {
	terms := int64(math.Ceil(float64(m+2)/digitsPerTerm)) + 1
	// The splitting takes about half the time; each level of the tree of
	// nodes of progressNode terms or more does about the same work.
	levels := math.Max(1, math.Log2(float64(terms)/progressNode)+1)
	c.stage(0.5, float64(terms)*levels)
	_, Q, T := c.split(0, terms, workers, false)
	c.stage(0.2, 1)
	p := uint(math.Ceil(float64(m)*math.Log2(10))) + 96

	// Only the top p+64 bits of Q and T matter to Q/T.
	if s := T.BitLen() - int(p) - 64; s > 0 {
		// New Ints, so that the full-size ones can be collected.
		Q = new(big.Int).Rsh(Q, uint(s))
		T = new(big.Int).Rsh(T, uint(s))
	}
	// π·2^p = 426880·10005·y·Q / T, the division as a product with 1/T,
	// 1/T to p+128 bits: r = 2^(bits(T)+p+128) / T.
	var y, ten, r *big.Int
	parallel(
		func() { y = invSqrt(10005, p, c.job) },
		func() { ten = pow10(m) },
		func() { r = recip(T, p+128, c.job) },
		early,
	)
	num := mul(y, Q)
	num.Mul(num, big.NewInt(426880*10005))
	// Only π·2^p's p+2 bits are wanted: multiply the top bits alone.
	piP := scaledProduct(num, r, uint(T.BitLen())+p+128, p+128)
	x := mul(piP, ten)
	c.advance(1)
	return x.Rsh(x, p)
}

// truncate returns ⌊π·10^m / 10^guard⌋ from X, |X − π·10^m| < 4, and whether
// that value is certain.
func truncate(x *big.Int, guard int) (*big.Int, bool) {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(guard)), nil)
	lo := new(big.Int).Sub(x, big.NewInt(4))
	hi := new(big.Int).Add(x, big.NewInt(4))
	lo.Quo(lo, unit)
	hi.Quo(hi, unit)
	return lo, lo.Cmp(hi) == 0
}
