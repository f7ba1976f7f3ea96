package pi

import "math/big"

// A splitting node (chudnovsky.go) needs Q = Ql·Qr and T = Qr·Tl + Pl·Tr.
// Transformed together, Qr is transformed once for its two products and T's
// two products are added before the one inverse transform: five forward
// transforms and two inverse instead of six and three, and no Garner pass
// or addition for the second product of T.

// nttMulSum returns the magnitudes x·y and |y·z ± u·v|, minus when neg, and
// whether the second is negative (x, y, z, u, v 64-bit words, least
// significant first, none empty, nttFits any two), with up to workers
// goroutines, one per prime.
func nttMulSum(x, y, z, u, v []big.Word, neg bool, workers int) ([]big.Word, []big.Word, bool) {
	px, py, pz, pu, pv := pieces(len(x)), pieces(len(y)), pieces(len(z)), pieces(len(u)), pieces(len(v))
	cxy, csum := px+py-1, max(py+pz, pu+pv)-1
	n := length(max(cxy, csum))
	var prod, sum [3][]uint64
	if phased(n, workers) {
		prod, sum = mulSumPhased([5][]big.Word{x, y, z, u, v}, neg, n, workers)
	} else {
		eachPrime(workers, func(i int) { prod[i], sum[i] = primes[i].mulSum(x, y, z, u, v, neg, n) })
	}
	xy, _ := garner(prod, cxy, n, len(x)+len(y), false)
	s, sneg := garner(sum, csum, n, max(len(y)+len(z), len(u)+len(v))+1, true)
	for i := range primes {
		putScratch(prod[i])
		putScratch(sum[i])
	}
	return xy, s, sneg
}

// mulSum is nttMulSum's work for one prime: the coefficients of x·y and
// y·z ± u·v modulo q, times n·2^-64, below 2p.
func (q *prime) mulSum(x, y, z, u, v []big.Word, neg bool, n int) ([]uint64, []uint64) {
	w, tw, m := q.transformTables(n)
	fwd := func(x []big.Word) []uint64 {
		a := getScratch(n)
		q.load(a, x, w, tw)
		return a
	}
	ty := fwd(y)
	xy := fwd(x)
	q.pointwise(xy, ty, m)
	yz := fwd(z)
	q.pointwise(yz, ty, m)
	putScratch(ty)
	uv, tv := fwd(u), fwd(v)
	q.pointwise(uv, tv, m)
	putScratch(tv)
	q.addOrSub(yz, uv, neg)
	putScratch(uv)
	q.unload(xy, w, tw)
	q.unload(yz, w, tw)
	return xy, yz
}

// addOrSub sets a to a − b when neg, a + b otherwise, modulo q: values
// below 2p in, below 2p out.
func (q *prime) addOrSub(a, b []uint64, neg bool) {
	mod := q.mod()
	if neg {
		for i, d := range b {
			a[i] = mod.add2(a[i], 2*q.p-d)
		}
	} else {
		for i, d := range b {
			a[i] = mod.add2(a[i], d)
		}
	}
}

// mulSumPhased returns each prime's x·y and y·z ± u·v (as mulSum does, ops
// holding x, y, z, u, v) with workers goroutines, in phases (see
// phasedLength): the 15 forward transforms, then 6 tasks that each end in
// an inverse transform.
func mulSumPhased(ops [5][]big.Word, neg bool, n, workers int) (prod, sum [3][]uint64) {
	var t [3][5][]uint64 // each prime's transforms of x, y, z, u, v
	shared(workers, 15, func(k int) {
		i, j := k/5, k%5
		w, tw, _ := primes[i].transformTables(n)
		t[i][j] = getScratch(n)
		primes[i].load(t[i][j], ops[j], w, tw)
	})
	shared(workers, 6, func(k int) {
		q, f := primes[k/2], &t[k/2]
		w, tw, m := q.transformTables(n)
		if k%2 == 0 {
			q.pointwise(f[0], f[1], m) // x·y
			q.unload(f[0], w, tw)
			return
		}
		q.pointwise(f[2], f[1], m) // y·z
		q.pointwise(f[3], f[4], m) // u·v
		q.addOrSub(f[2], f[3], neg)
		q.unload(f[2], w, tw)
	})
	for i, f := range t {
		prod[i], sum[i] = f[0], f[2]
		for _, b := range []int{1, 3, 4} {
			putScratch(f[b])
		}
	}
	return prod, sum
}

// sumByTransform reports whether mulSum transforms x·y and y·z + u·v
// together: when every operand is large enough for the transform.
func sumByTransform(x, y, z, u, v *big.Int) bool {
	lx, ly, lz, lu, lv := len(x.Bits()), len(y.Bits()), len(z.Bits()), len(u.Bits()), len(v.Bits())
	// A sum's coefficients reach twice a product's, so its transform may be
	// half as long: as if each operand had twice its words.
	return wordBits == 64 && min(lx, ly, lz, lu, lv) >= nttWords &&
		nttFits(2*max(lx, lz, lu), 2*max(ly, lv))
}

// mulSum returns x·y and y·z + u·v, with up to workers goroutines: by
// nttMulSum when sumByTransform, as separate products otherwise.
func mulSum(x, y, z, u, v *big.Int, workers int) (*big.Int, *big.Int) {
	if !sumByTransform(x, y, z, u, v) {
		xy := mulParallel(x, y, workers)
		yz := mulParallel(y, z, workers)
		return xy, yz.Add(yz, mulParallel(u, v, workers))
	}
	// y·z + u·v = s·(|y·z| ± |u·v|), s the sign of y·z.
	s1, s2 := y.Sign()*z.Sign(), u.Sign()*v.Sign()
	xyw, sumw, sneg := nttMulSum(x.Bits(), y.Bits(), z.Bits(), u.Bits(), v.Bits(), s1 != s2, workers)
	xy := new(big.Int).SetBits(xyw)
	if x.Sign() != y.Sign() {
		xy.Neg(xy)
	}
	sum := new(big.Int).SetBits(sumw)
	if sneg != (s1 < 0) {
		sum.Neg(sum)
	}
	return xy, sum
}
