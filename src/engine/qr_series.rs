//! A file as a numbered series of QR texts, for files that leave a phone without a cable: the
//! bytes are encoded in base45 (RFC 9285), whose alphabet is QR's alphanumeric set, and cut into
//! parts `<PREFIX><i>/<n>/<tag>:<data>` — part `i` of `n`, `tag` four upper-case hex digits that
//! tell one file's series from another's (the first digits of its seal). Each kind of file has its
//! own prefix (`HALOL` for classroom results, `HALOLIDEA` for ideas), so a scanner never mixes
//! them up. The parts can be scanned in any order; [`from_chunks`] names the missing ones.

/// The smallest part size [`to_chunks`] accepts (smaller requests are raised).
pub const MIN_QR_CHUNK: usize = 32;

/// The base45 alphabet (RFC 9285): QR's alphanumeric characters.
const BASE45: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// Why scanned QR texts do not make one file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SeriesError {
    /// No part was given.
    #[error("no QR code was scanned")]
    NoParts,
    /// A text is not a part of this kind of series.
    #[error("a scanned QR code is not part of this kind of Halol file (it starts with `{start}`)")]
    Foreign {
        /// Its first twelve characters.
        start: String,
    },
    /// Parts of different series were mixed.
    #[error("these QR codes belong to different files; scan one file's codes at a time")]
    Mixed,
    /// Some parts are missing.
    #[error("{} of the {total} QR codes are missing (number {}); scan them too", missing.len(), join_numbers(missing))]
    Missing {
        /// The missing part numbers (1-based).
        missing: Vec<usize>,
        /// How many parts the series has.
        total: usize,
    },
    /// The data does not decode.
    #[error("the QR codes are damaged; scan them again")]
    BadData,
}

/// Numbers as `2, 4`.
pub(crate) fn join_numbers(numbers: &[usize]) -> String {
    numbers
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The series tag of a file sealed with `seal`: its first four hex digits, upper case (padded
/// with `0` when the seal is shorter).
pub fn tag_of(seal: &str) -> String {
    let mut tag: String = seal.chars().take(4).collect();
    while tag.len() < 4 {
        tag.push('0');
    }
    tag.to_ascii_uppercase()
}

/// `bytes` as QR texts of at most `max_bytes_per_chunk` characters each (at least
/// [`MIN_QR_CHUNK`]; smaller values are raised to it), `<prefix><i>/<n>/<tag>:<data>`. Every
/// character is in QR's alphanumeric set when `prefix` and `tag` are.
pub fn to_chunks(prefix: &str, tag: &str, bytes: &[u8], max_bytes_per_chunk: usize) -> Vec<String> {
    let max = max_bytes_per_chunk.max(MIN_QR_CHUNK);
    let data = base45_encode(bytes);
    // The header grows with the number of parts; find the smallest count that fits.
    let mut n = 1;
    loop {
        let header = format!("{prefix}{n}/{n}/{tag}:").len();
        let room = max.saturating_sub(header).max(1);
        let needed = data.len().div_ceil(room).max(1);
        if needed <= n {
            let chars: Vec<char> = data.chars().collect();
            let pieces: Vec<String> = if chars.is_empty() {
                vec![String::new()]
            } else {
                chars.chunks(room).map(|c| c.iter().collect()).collect()
            };
            let total = pieces.len();
            return pieces
                .into_iter()
                .enumerate()
                .map(|(i, piece)| format!("{prefix}{}/{total}/{tag}:{piece}", i + 1))
                .collect();
        }
        n = needed;
    }
}

/// Reassembles the bytes of a series from its QR texts, scanned in any order (a part scanned twice
/// is fine), with the series tag. Only texts starting with `prefix` and a part number count as
/// parts.
pub fn from_chunks(prefix: &str, chunks: &[String]) -> Result<(String, Vec<u8>), SeriesError> {
    let mut series: Option<(usize, String)> = None;
    let mut parts: Vec<Option<&str>> = Vec::new();
    if chunks.is_empty() {
        return Err(SeriesError::NoParts);
    }
    for chunk in chunks {
        let chunk = chunk.trim_start();
        let (index, total, tag, data) =
            split_chunk(prefix, chunk).ok_or_else(|| SeriesError::Foreign {
                start: chunk.chars().take(12).collect(),
            })?;
        match &series {
            None => {
                series = Some((total, tag.to_string()));
                parts = vec![None; total];
            }
            Some((t, g)) if *t == total && g == tag => {}
            Some(_) => return Err(SeriesError::Mixed),
        }
        match parts[index - 1] {
            Some(seen) if seen != data => return Err(SeriesError::Mixed),
            _ => parts[index - 1] = Some(data),
        }
    }
    let missing: Vec<usize> = parts
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_none())
        .map(|(i, _)| i + 1)
        .collect();
    if !missing.is_empty() {
        return Err(SeriesError::Missing {
            missing,
            total: parts.len(),
        });
    }
    let data: String = parts.into_iter().flatten().collect();
    let bytes = base45_decode(&data).ok_or(SeriesError::BadData)?;
    let tag = series.map(|(_, tag)| tag).unwrap_or_default();
    Ok((tag, bytes))
}

/// Splits `<prefix><i>/<n>/<tag>:<data>` into its parts; `None` when it is not such a text.
fn split_chunk<'a>(prefix: &str, chunk: &'a str) -> Option<(usize, usize, &'a str, &'a str)> {
    let rest = chunk.strip_prefix(prefix)?;
    let (header, data) = rest.split_once(':')?;
    let mut fields = header.split('/');
    let index: usize = fields.next()?.parse().ok()?;
    let total: usize = fields.next()?.parse().ok()?;
    let tag = fields.next()?;
    if fields.next().is_some()
        || index == 0
        || index > total
        || total > 999
        || tag.len() != 4
        || !tag.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return None;
    }
    Some((index, total, tag, data))
}

/// Base45 (RFC 9285): two bytes become three characters, a last single byte two.
pub fn base45_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(2) * 3);
    for pair in bytes.chunks(2) {
        let (mut n, digits) = match pair {
            [a, b] => (usize::from(*a) * 256 + usize::from(*b), 3),
            [a] => (usize::from(*a), 2),
            _ => unreachable!("chunks(2) gives one or two bytes"),
        };
        for _ in 0..digits {
            out.push(char::from(BASE45[n % 45]));
            n /= 45;
        }
    }
    out
}

/// Decodes base45 (RFC 9285); `None` for a character outside the alphabet, a dangling character,
/// or a group too large for its bytes.
pub fn base45_decode(text: &str) -> Option<Vec<u8>> {
    let values: Vec<usize> = text
        .bytes()
        .map(|c| BASE45.iter().position(|&a| a == c))
        .collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(values.len() / 3 * 2 + 1);
    for group in values.chunks(3) {
        match group {
            [c, d, e] => {
                let n = c + d * 45 + e * 45 * 45;
                if n > 0xFFFF {
                    return None;
                }
                out.push((n / 256) as u8);
                out.push((n % 256) as u8);
            }
            [c, d] => {
                let n = c + d * 45;
                if n > 0xFF {
                    return None;
                }
                out.push(n as u8);
            }
            _ => return None,
        }
    }
    Some(out)
}
