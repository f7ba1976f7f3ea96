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
	sieve sieve // for the common factors (factors.go)
}

// progressNode is the smallest splitting node whose completion is reported.
const progressNode = 32

// sums are P(a,b), Q(a,b) and T(a,b) for a range of terms, Q(a,b) as
// Q·2^z: its factors of two (15 from each 640320³/24, more from the k³) are
// kept apart, so that the products with it are about a sixth smaller.
type sums struct {
	P, Q, T *big.Int
	z       uint
	// With factored, the factorizations of |P| (when P is there) and of Q's
	// odd part (factors.go).
	factored bool
	fp, fq   factorization
}

// split returns the sums over the terms [a, b); P is nil when wantP is false
// (the root does not need it). workers is how many goroutines it may use.
func (c *chudnovsky) split(a, b int64, workers int, wantP bool) sums {
	c.check()
	keep := b-a <= factorTerms && c.sieve != nil
	if b-a <= blockTerms {
		s := block(a, b)
		if keep {
			s.fp, s.fq = c.sieve.blockFactors(a, b)
			s.factored = true
		}
		return s
	}
	m := (a + b) / 2
	var l, r sums
	// The left half's P is always needed (for T); the right half's only for
	// this node's P.
	if workers > 1 && b-a > 64 {
		l, r = c.halves(a, m, b, workers, wantP)
	} else {
		l = c.split(a, m, 1, true)
		r = c.split(m, b, 1, wantP)
	}
	if b-a <= 1024 {
		workers = 1
	}
	s := merge(l, r, workers, wantP, keep)
	if b-a >= progressNode {
		c.advance(float64(b - a))
	}
	return s
}

// halves returns split's two halves, [a, m) and [m, b), side by side. (Apart
// from split, so that the serial path's sums stay off the heap.)
func (c *chudnovsky) halves(a, m, b int64, workers int, wantP bool) (l, r sums) {
	parallel(
		func() { l = c.split(a, m, workers/2, true) },
		func() { r = c.split(m, b, workers-workers/2, wantP) },
	)
	return l, r
}

// merge returns the sums over two adjacent ranges from theirs, l's first:
// P = Pl·Pr (when wantP), Q = Ql·Qr, T = Qr·Tl + Pl·Tr, with up to
// workers goroutines, all divided by the common factor of Pl and Qr when
// both halves are factored; factored too when keep.
func merge(l, r sums, workers int, wantP, keep bool) sums {
	if l.factored && r.factored {
		if g := l.fp.gcd(r.fq); len(g) > 0 {
			v := g.value()
			l.P, r.Q = l.P.Quo(l.P, v), r.Q.Quo(r.Q, v)
			l.fp, r.fq = l.fp.over(g), r.fq.over(g)
		}
	}
	s := products(l, r, workers, wantP)
	if keep {
		if wantP {
			s.fp = l.fp.times(r.fp)
		}
		s.fq = l.fq.times(r.fq)
		s.factored = true
	}
	return s
}

// products returns P = Pl·Pr (when wantP), Q = Ql·Qr, T = Qr·Tl + Pl·Tr,
// with up to workers goroutines.
func products(l, r sums, workers int, wantP bool) sums {
	tl := new(big.Int).Lsh(l.T, r.z)
	var s sums
	switch {
	case sumByTransform(l.Q, r.Q, tl, l.P, r.T):
		// Large nodes: Q and T's transforms together (nttsum.go).
		s = productsByTransform(l, r, tl, workers, wantP)
	case workers < 2:
		s.Q = mul(l.Q, r.Q)
		s.T = mul(r.Q, tl)
		s.T.Add(s.T, mul(l.P, r.T))
		if wantP {
			s.P = mul(l.P, r.P)
		}
	default:
		s = productsParallel(l, r, tl, workers, wantP)
	}
	s.z = l.z + r.z
	return s
}

// productsByTransform is products for large nodes, tl = Tl·2^zr.
func productsByTransform(l, r sums, tl *big.Int, workers int, wantP bool) (s sums) {
	qt := func(workers int) { s.Q, s.T = mulSum(l.Q, r.Q, tl, l.P, r.T, workers) }
	switch {
	case !wantP:
		qt(workers)
	case workers < 2:
		qt(1)
		s.P = mul(l.P, r.P)
	default:
		parallel(func() { qt(workers) }, func() { s.P = mul(l.P, r.P) })
	}
	return s
}

// productsParallel is products on two or more goroutines, tl = Tl·2^zr.
func productsParallel(l, r sums, tl *big.Int, workers int, wantP bool) (s sums) {
	var t1, t2 *big.Int
	products := []func(){
		func() { s.Q = mul(l.Q, r.Q) },
		func() { t1 = mul(r.Q, tl) },
		func() { t2 = mul(l.P, r.T) },
	}
	if wantP {
		products = append(products, func() { s.P = mul(l.P, r.P) })
	}
	if len(products) == 3 && workers == 2 {
		// Three equal products on two cores: two side by side, then the
		// third cut in halves, instead of the third alone.
		parallel(products[:2]...)
		t2 = mulParallel(l.P, r.T, workers)
	} else {
		parallel(products...)
	}
	s.T = t1.Add(t1, t2)
	return s
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
	if n < SerialDigits {
		workers = 1
	}
	dec := newDecimal(j)
	k := n - 1 // digits after the point
	// The conversion's first power of ten is made while the cores would
	// otherwise wait (see scaledPi).
	early := func() { dec.power(splitDigits(k)) }
	// guard bits beyond the k digits; more only when the digits that follow
	// some of them are so close to ...000 or ...999 that the error bounds
	// leave a digit undecided.
	for guard := uint(160); ; guard *= 2 {
		x, p := c.scaledPi(k, guard, workers, early)
		// π·2^p lies in [x − piError, x + piError].
		lo := x.Sub(x, big.NewInt(piError))
		width := big.NewInt(2 * piError)
		rest, ok := fractionalPart(lo, p, width)
		if !ok {
			continue
		}
		dst[0] = byte(lo.Rsh(lo, p).Uint64()) // 3
		// The conversion takes about a fifth of the time.
		j.stage(0.2, float64(k))
		if k == 0 || dec.write(dst[1:], fraction{f: rest, s: p, e: width}, workers) {
			return
		}
	}
}

// piError bounds scaledPi's error in units of its last bit. y =
// 2^(p+64+e/2)/√X within a few units is a relative error under 2^(−p−60);
// the truncated Q and T and the product add under 2^(−p−60) and a unit. So
// π·2^p is off by a few units; 2^16 leaves room.
const piError = 1 << 16

// scaledPi returns X and p with |X − π·2^p| < piError, p = guard bits beyond
// k decimal digits.
//
// π·2^p = 426880·10005·Q·2^p/√(10005·T²).
//
// early is work to run beside the Newton iterations, which leave a core idle.
func (c *chudnovsky) scaledPi(k int, guard uint, workers int, early func()) (*big.Int, uint) {
	p := uint(math.Ceil(float64(k)*log2of10)) + guard
	terms := int64(math.Ceil(float64(p)/log2of10/digitsPerTerm)) + 2
	// The splitting takes about 60% of the time; each level of the tree of
	// nodes of progressNode terms or more does about the same work.
	levels := math.Max(1, math.Log2(float64(terms)/progressNode)+1)
	c.stage(0.6, float64(terms)*levels)
	if limit := 6 * uint64(terms); terms >= factorFrom && c.sieve.limit() < limit {
		c.sieve = newSieve(limit) // kept for a retry with more guard bits
	}
	sum := c.split(0, terms, workers, false)
	c.stage(0.2, 1)

	// Only the top p+64 bits of Q·2^z and T matter to Q·2^z/T. New Ints,
	// so that the full-size ones can be collected.
	cut := max(sum.T.BitLen()-int(p)-64, 0)
	T := new(big.Int).Rsh(sum.T, uint(cut))
	Q := new(big.Int)
	if shift := int(sum.z) - cut; shift >= 0 {
		Q.Lsh(sum.Q, uint(shift))
	} else {
		Q.Rsh(sum.Q, uint(-shift))
	}
	// π·2^p = 426880·10005·Q·2^p / √X with X = 10005·T²: one Newton
	// iteration for 1/√X and one product, rather than iterations for
	// 1/√10005 and for 1/T and two products.
	X := mulParallel(T, T, workers)
	X.Mul(X, big.NewInt(10005))
	var y *big.Int
	var e uint
	newton := func() { y, e = invSqrt(X, p+64, workers, c.job) }
	if workers > 1 {
		parallel(newton, early)
	} else {
		// Below SerialDigits, one after the other on this goroutine.
		newton()
		early()
	}
	// y ≈ 2^(p+64+e/2)/√X.
	num := Q.Mul(Q, big.NewInt(426880*10005))
	x := scaledProduct(num, y, 64+e/2, p+128, workers)
	c.advance(1)
	return x, p
}
