package pi

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"math/rand"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

func chudnovskyDigits(t testing.TB, n int) []byte {
	t.Helper()
	d := make([]byte, n)
	if err := Fill(d, Options{Algorithm: ChudnovskyAlgorithm}); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestChudnovskyMatchesReference(t *testing.T) {
	ref := referenceDigits(t)
	if got := chudnovskyDigits(t, len(ref)); !bytes.Equal(got, ref) {
		t.Fatal("20,000 digits differ from the reference")
	}
	for n := 0; n <= 300; n++ {
		if got := chudnovskyDigits(t, n); !bytes.Equal(got, ref[:n]) {
			t.Fatalf("n=%d differs from the reference", n)
		}
	}
	for n := 760; n <= 770; n++ { // the Feynman point: never rounded up
		if got := chudnovskyDigits(t, n); !bytes.Equal(got, ref[:n]) {
			t.Fatalf("n=%d differs from the reference", n)
		}
	}
}

// referenceHashes reads testdata/sha256.txt: n → SHA-256 of the first n
// digits as ASCII, made by an independent program (see its header).
func referenceHashes(t testing.TB) map[int]string {
	f, err := os.Open("testdata/sha256.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	hashes := map[int]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 2 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		n, err := strconv.Atoi(fields[0])
		if err != nil {
			t.Fatal(err)
		}
		hashes[n] = fields[1]
	}
	return hashes
}

func hashDigits(d []byte) string {
	ascii := make([]byte, len(d))
	for k, v := range d {
		ascii[k] = v + '0'
	}
	sum := sha256.Sum256(ascii)
	return hex.EncodeToString(sum[:])
}

func TestChudnovskySHA256(t *testing.T) {
	hashes := referenceHashes(t)
	for _, n := range []int{100_000, 1_000_000, 10_000_000} {
		want, ok := hashes[n]
		if !ok {
			t.Fatalf("no reference hash for %d", n)
		}
		if got := hashDigits(chudnovskyDigits(t, n)); got != want {
			t.Errorf("n=%d: SHA-256 %s, want %s", n, got, want)
		}
	}
}

// Every algorithm agrees with every other and with the reference, at random
// counts up to 10^5 (beyond 20,000, with Chudnovsky's 10^5 digits, which
// TestChudnovskySHA256 checks against the reference hash).
func TestAlgorithmsAgree(t *testing.T) {
	ref := referenceDigits(t)
	long := chudnovskyDigits(t, 100_000)
	if hashDigits(long) != referenceHashes(t)[100_000] {
		t.Fatal("10^5 digits differ from the reference hash")
	}
	rng := rand.New(rand.NewSource(1))
	for range 40 {
		n := rng.Intn(100_000) + 1
		want := long[:n]
		if n <= len(ref) {
			want = ref[:n]
		}
		if got := chudnovskyDigits(t, n); !bytes.Equal(got, want) {
			t.Fatalf("chudnovsky n=%d differs", n)
		}
		auto := make([]byte, n)
		if err := Fill(auto, Options{}); err != nil || !bytes.Equal(auto, want) {
			t.Fatalf("auto n=%d differs (%v)", n, err)
		}
	}
	for range 10 {
		n := rng.Intn(3000) + 1
		spigot := make([]byte, n)
		if err := Fill(spigot, Options{Algorithm: SpigotAlgorithm}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(spigot, chudnovskyDigits(t, n)) {
			t.Fatalf("spigot and chudnovsky differ at n=%d", n)
		}
	}
}

// Once Canceled reports true, the computation stops at the next polls:
// every goroutine returns instead of finishing its part.
func TestChudnovskyCanceledPromptly(t *testing.T) {
	for _, after := range []int64{1, 100, 2000} {
		var polls, late atomic.Int64
		err := Fill(make([]byte, 1_000_000), Options{Algorithm: ChudnovskyAlgorithm, Canceled: func() bool {
			if polls.Add(1) > after {
				late.Add(1)
				return true
			}
			return false
		}})
		if err != ErrCanceled {
			t.Fatalf("after %d polls: got %v, want ErrCanceled", after, err)
		}
		// At most one more poll per goroutine that was running.
		if late.Load() > 16 {
			t.Fatalf("after %d polls: %d polls after cancellation", after, late.Load())
		}
	}
}

func TestParallelRaisesPanicsInTheCaller(t *testing.T) {
	defer func() {
		if r := recover(); r != "boom" {
			t.Fatalf("recovered %v, want boom", r)
		}
	}()
	parallel(func() {}, func() { panic("boom") })
	t.Fatal("no panic")
}

func BenchmarkChudnovsky(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			dst := make([]byte, n)
			for b.Loop() {
				if err := Fill(dst, Options{Algorithm: ChudnovskyAlgorithm}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// block's one-term-at-a-time sums equal the binary-splitting merge of single
// terms (its Q odd, the factors of two apart), spelled out with big.Int from the series' definition, including
// where k³·640320³/24 no longer fits a word (k near MaxDigits' 7·10^6 terms).
func TestBlockMatchesMergedTerms(t *testing.T) {
	term := func(k int64) (p, q, tk *big.Int) {
		if k == 0 {
			return big.NewInt(1), big.NewInt(1), big.NewInt(chudA)
		}
		K := big.NewInt(k)
		p = big.NewInt(-1)
		for _, f := range []int64{6*k - 5, 2*k - 1, 6*k - 1} {
			p.Mul(p, big.NewInt(f))
		}
		q = new(big.Int).Exp(K, big.NewInt(3), nil)
		q.Mul(q, new(big.Int).Exp(big.NewInt(640320), big.NewInt(3), nil))
		q.Quo(q, big.NewInt(24))
		tk = new(big.Int).Mul(K, big.NewInt(chudB))
		tk.Add(tk, big.NewInt(chudA))
		return p, q, tk.Mul(tk, p)
	}
	for _, r := range [][2]int64{{0, 1}, {0, 16}, {1, 2}, {5, 21}, {7_050_000, 7_050_016}} {
		P, Q, T := term(r[0])
		for k := r[0] + 1; k < r[1]; k++ {
			p, q, tk := term(k)
			T = new(big.Int).Add(new(big.Int).Mul(T, q), new(big.Int).Mul(P, tk))
			P = new(big.Int).Mul(P, p)
			Q = new(big.Int).Mul(Q, q)
		}
		b := block(r[0], r[1])
		if b.P.Cmp(P) != 0 || new(big.Int).Lsh(b.Q, b.z).Cmp(Q) != 0 || b.T.Cmp(T) != 0 || b.Q.Bit(0) != 1 {
			t.Errorf("block(%d, %d) differs from the merged terms", r[0], r[1])
		}
	}
}

// Below SerialDigits the computation starts no goroutine: every poll of
// Canceled sees as many goroutines as there were before Fill. From
// SerialDigits on, with two cores, some poll sees more.
func TestSerialDigits(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	most := func(n int) int {
		before, seen := runtime.NumGoroutine(), 0
		var mu sync.Mutex
		opt := Options{Algorithm: ChudnovskyAlgorithm, Canceled: func() bool {
			mu.Lock()
			seen = max(seen, runtime.NumGoroutine()-before)
			mu.Unlock()
			return false
		}}
		if err := Fill(make([]byte, n), opt); err != nil {
			t.Fatal(err)
		}
		return seen
	}
	if extra := most(SerialDigits - 1); extra != 0 {
		t.Errorf("%d digits: %d goroutines more than before, want none", SerialDigits-1, extra)
	}
	if extra := most(SerialDigits); extra == 0 {
		t.Errorf("%d digits: no goroutine started", SerialDigits)
	}
}
