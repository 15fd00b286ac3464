//! Finding a player by what a person types: case and accents ignored, any part of the name,
//! so "ilicic" finds Josip Iličić and "roon" finds Marten de Roon.

use super::View;
use crate::sanitize;

/// `text` lower-cased with accents and ligatures taken off Latin letters, for matching only.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match base(c) {
            Some(b) => out.push_str(b),
            None => out.push(c),
        }
    }
    out
}

/// The unaccented letters for an accented Latin one (lower case), `None` when it has none.
fn base(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' | 'ǎ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// A name folded the way the viewer shows it: cleaned of control characters first.
pub fn fold_name(name: &str) -> String {
    fold(&sanitize::clean(name))
}

/// Where a search for a player landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The event involving the player.
    pub event: usize,
    /// The roster entry that matched.
    pub player: usize,
    /// Nothing came after the starting point, so the search went round from kick-off.
    pub wrapped: bool,
}

/// Why a search for a player found nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Miss {
    /// No player's name contains what was typed.
    NoPlayer,
    /// Players match, but no event names them (an unused substitute).
    NotInvolved,
    /// Players match, but only minor events involve them and the view hides those.
    OnlyMinor,
}

/// The next event in `view` after `from` involving a player whose folded name (`folded`,
/// parallel to `appearances`) contains `query` folded, going round from the start when
/// nothing comes after.
pub fn next_involving(
    folded: &[String],
    appearances: &[Vec<usize>],
    query: &str,
    from: usize,
    view: View,
) -> Result<Found, Miss> {
    let q = fold(query.trim());
    let matching: Vec<usize> = (0..folded.len())
        .filter(|&p| !q.is_empty() && folded[p].contains(&q))
        .collect();
    if matching.is_empty() {
        return Err(Miss::NoPlayer);
    }
    let first_after = |after: Option<usize>| {
        matching
            .iter()
            .filter_map(|&p| {
                let list = &appearances[p];
                let start = after.map_or(0, |a| list.partition_point(|&e| e <= a));
                let event = list[start..].iter().copied().find(|&e| view.contains(e))?;
                Some((event, p))
            })
            .min()
    };
    if let Some((event, player)) = first_after(Some(from)) {
        return Ok(Found {
            event,
            player,
            wrapped: false,
        });
    }
    match first_after(None) {
        Some((event, player)) => Ok(Found {
            event,
            player,
            wrapped: true,
        }),
        None if matching.iter().all(|&p| appearances[p].is_empty()) => Err(Miss::NotInvolved),
        None => Err(Miss::OnlyMinor),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Josip Iličić"), "josip ilicic");
        assert_eq!(fold("Łukasz Piszczek"), "lukasz piszczek");
        assert_eq!(fold("André SCHÜRRLE"), "andre schurrle");
        assert_eq!(fold("Søren Straße"), "soren strasse");
        assert_eq!(fold("Çağlar Söyüncü"), "caglar soyuncu");
        assert_eq!(fold_name("Reus\x1b[31m"), "reus[31m");
    }
}
