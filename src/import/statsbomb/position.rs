//! StatsBomb's playing positions as the short labels a squad list shows ("RCB", "CAM").

use super::raw::Named;

/// StatsBomb's position ids 1 to 25, in order, as abbreviations.
const ABBREVIATIONS: [&str; 25] = [
    "GK", "RB", "RCB", "CB", "LCB", "LB", "RWB", "LWB", "RDM", "CDM", "LDM", "RM", "RCM", "CM",
    "LCM", "LM", "RW", "RAM", "CAM", "LAM", "LW", "RCF", "ST", "LCF", "SS",
];

/// The short label of a position; the file's own name for an id this table does not know.
pub fn abbreviation(position: &Named<'_>) -> String {
    let known = position
        .id
        .and_then(|id| usize::try_from(id).ok())
        .and_then(|id| id.checked_sub(1))
        .and_then(|i| ABBREVIATIONS.get(i));
    match known {
        Some(short) => (*short).to_string(),
        None => position.name().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ids_are_abbreviated_and_unknown_ones_keep_their_name() {
        let named = |id, name: &'static str| Named {
            id: Some(id),
            name: Some(name),
        };
        assert_eq!(abbreviation(&named(1, "Goalkeeper")), "GK");
        assert_eq!(abbreviation(&named(23, "Center Forward")), "ST");
        assert_eq!(abbreviation(&named(99, "Sweeper Keeper")), "Sweeper Keeper");
        assert_eq!(abbreviation(&named(0, "Nowhere")), "Nowhere");
    }
}
