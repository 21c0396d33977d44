//! Placeholder module; filled by the quiz engine work.
