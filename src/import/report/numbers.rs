//! Numbers as reports write them: digits, words ("ten"), ordinals ("33rd", "second") and
//! scores ("3-2").

const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINAL_UNITS: &[&str] = &[
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const ORDINAL_TENS: &[&str] = &[
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// A cardinal number in digits or words: "17", "ten", "twenty-five", "a" is not one.
pub fn cardinal(word: &str) -> Option<u16> {
    let w = word.to_lowercase();
    if !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) {
        return w.parse().ok();
    }
    if let Some(n) = UNITS.iter().position(|u| *u == w) {
        return u16::try_from(n).ok();
    }
    if let Some(n) = TENS.iter().position(|t| !t.is_empty() && *t == w) {
        return u16::try_from(n * 10).ok();
    }
    let (t, u) = w.split_once('-')?;
    let tens = TENS.iter().position(|x| !x.is_empty() && *x == t)?;
    let units = UNITS
        .iter()
        .position(|x| *x == u)
        .filter(|&n| (1..10).contains(&n))?;
    u16::try_from(tens * 10 + units).ok()
}

/// An ordinal in digits or words: "33rd", "1st", "second", "twenty-first", "90th".
pub fn ordinal(word: &str) -> Option<u16> {
    let w = word.to_lowercase();
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let rest = &w[digits.len()..];
        return ["st", "nd", "rd", "th"]
            .contains(&rest)
            .then(|| digits.parse().ok())
            .flatten();
    }
    if let Some(n) = ORDINAL_UNITS.iter().position(|u| *u == w) {
        return u16::try_from(n).ok();
    }
    if let Some(n) = ORDINAL_TENS.iter().position(|t| !t.is_empty() && *t == w) {
        return u16::try_from(n * 10).ok();
    }
    let (t, u) = w.split_once('-')?;
    let tens = TENS.iter().position(|x| !x.is_empty() && *x == t)?;
    let units = ORDINAL_UNITS
        .iter()
        .position(|x| *x == u)
        .filter(|&n| (1..10).contains(&n))?;
    u16::try_from(tens * 10 + units).ok()
}

/// A score written as one token: "3-2", "1–1", "2:0".
pub fn score(word: &str) -> Option<(u16, u16)> {
    let (a, b) = word.split_once(['-', '–', '—', ':'])?;
    let a: u16 = digits(a)?;
    let b: u16 = digits(b)?;
    (a < 40 && b < 40).then_some((a, b))
}

fn digits(s: &str) -> Option<u16> {
    (!s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// A minute with stoppage written as "90+3" or "45+2".
pub fn plus_minute(word: &str) -> Option<(u16, u16)> {
    let w = word.trim_end_matches(['\'', '’']);
    let (m, a) = w.split_once('+')?;
    // "the 90+3rd minute".
    let a = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| a.strip_suffix(s))
        .unwrap_or(a);
    Some((digits(m)?, digits(a)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cardinals() {
        assert_eq!(cardinal("ten"), Some(10));
        assert_eq!(cardinal("Seventeen"), Some(17));
        assert_eq!(cardinal("twenty-five"), Some(25));
        assert_eq!(cardinal("42"), Some(42));
        assert_eq!(cardinal("a"), None);
        assert_eq!(cardinal("ninety-zero"), None);
    }

    #[test]
    fn reads_ordinals() {
        assert_eq!(ordinal("33rd"), Some(33));
        assert_eq!(ordinal("1st"), Some(1));
        assert_eq!(ordinal("second"), Some(2));
        assert_eq!(ordinal("twenty-first"), Some(21));
        assert_eq!(ordinal("thirtieth"), Some(30));
        assert_eq!(ordinal("33"), None);
        assert_eq!(ordinal("3x"), None);
    }

    #[test]
    fn reads_scores_and_stamps() {
        assert_eq!(score("3-2"), Some((3, 2)));
        assert_eq!(score("1–1"), Some((1, 1)));
        assert_eq!(score("2018-02"), None);
        assert_eq!(score("six-yard"), None);
        assert_eq!(plus_minute("90+5"), Some((90, 5)));
        assert_eq!(plus_minute("45+2'"), Some((45, 2)));
    }
}
