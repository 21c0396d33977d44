//! The seeded pseudo-random numbers of the core: SplitMix64 and a Fisher–Yates shuffle. The seed
//! is always passed in, so the same seed gives the same order on every device and after a reload.
//! Not for anything secret.

/// The SplitMix64 generator (Steele, Lea and Flood, 2014): tiny, fast and well mixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in `0..n` (without modulo bias). `n` must be greater than 0.
    pub fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "below(0) has no possible value");
        // Reject the top partial block so every residue is equally likely.
        let zone = u64::MAX - (u64::MAX - n + 1) % n;
        loop {
            let x = self.next_u64();
            if x <= zone {
                return x % n;
            }
        }
    }

    /// Shuffles `items` in place (Fisher–Yates): every order is equally likely.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

/// Shuffles `items` with a fresh generator seeded by `seed`.
pub fn shuffle<T>(seed: u64, items: &mut [T]) {
    SplitMix64::new(seed).shuffle(items);
}
