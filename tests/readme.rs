//! The README documents every key the viewer answers to, in the words of the key table, so the
//! two cannot drift apart.

use touchline::keymap::{self, BROWSE};

#[test]
fn readme_lists_every_key_of_the_key_table() {
    let readme = include_str!("../README.md");
    for b in BROWSE {
        let row = format!("| `{}` | {} |", keymap::keys_label(b), b.help);
        assert!(readme.contains(&row), "README.md is missing the row\n{row}");
    }
}
