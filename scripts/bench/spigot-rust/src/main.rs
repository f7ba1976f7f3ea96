// The Gibbons spigot of the original Rust addon, on num-bigint's BigInt the
// plain way: new values every step, the q, r, t, i updates of
// pkg/pi/spigot.go. Prints the first n digits of π (argument 1).
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::io::Write;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).expect("usage: spigot-rust N");
    let (mut q, mut r, mut t) = (BigInt::from(1), BigInt::from(180), BigInt::from(60));
    let mut i: u64 = 2;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let y = (&q * (27 * i - 12) + &r * 5u64) / (&t * 5u64);
        let u = 3 * (3 * i + 1) * (3 * i + 2);
        r = (&q * (5 * i - 2) + &r - &y * &t) * (10 * u);
        q = &q * (10 * i * (2 * i - 1));
        t = &t * u;
        i += 1;
        out.push(b'0' + y.to_u8().expect("a digit"));
    }
    std::io::stdout().write_all(&out).unwrap();
}
