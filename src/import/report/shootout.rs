//! The sentences that tell a penalty shoot-out's kicks ("Shoot-out: Berg scores. Ito
//! saves from Lund."; "in the shootout he saved from Dahl ... Abe rolled in the
//! decisive penalty"): their penalties are kicks, never goals in the score.

use super::doc::Sent;

fn names_shootout(s: &Sent) -> bool {
    let w = |k: usize| s.toks.get(k).map_or("", |t| t.low.as_str());
    s.toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "shootout" | "shoot-out"))
        // "the final had to be settled from ten yards".
        || (0..s.toks.len()).any(|k| {
            matches!(w(k), "settled" | "decided")
                && w(k + 1) == "from"
                && matches!(w(k + 2), "ten" | "10" | "12" | "twelve")
                && w(k + 3) == "yards"
        })
}

/// A line headed "Shoot-out:" or "Penalties:".
fn headed(s: &Sent) -> bool {
    let w = |k: usize| s.toks.get(k).map_or("", |t| t.low.as_str());
    let head = match (w(0), w(1)) {
        ("penalty", "shootout" | "shoot-out") => 2,
        ("shootout" | "shoot-out" | "penalties" | "pens", _) => 1,
        _ => return false,
    };
    w(head) == ":"
}

/// For each sentence, whether it tells the shoot-out: every sentence of a line headed
/// "Shoot-out:", and, when the match had one, the rest of a paragraph from the sentence that
/// names it.
pub fn kicks(sents: &[Sent], had_shootout: bool) -> Vec<bool> {
    let mut out = vec![false; sents.len()];
    let mut from: Option<usize> = None;
    // A paragraph that ends by naming the shoot-out hands it to the next one ("...so it went
    // to penalties. / Lee and Kim missed, while Ray converted."), until a time is given.
    let mut carried = false;
    for (k, s) in sents.iter().enumerate() {
        let first_of_block = k == 0 || sents[k - 1].block != s.block;
        if first_of_block {
            let ended_naming =
                k > 0 && from.is_some() && had_shootout && names_shootout(&sents[k - 1]);
            carried = ended_naming;
            from = headed(s).then_some(s.block);
        }
        // Only while the sentences tell kicks, with no time of their own.
        let kick_words = s.toks.iter().any(|t| {
            matches!(
                t.low.as_str(),
                "missed" | "converted" | "saved" | "kick" | "kicks" | "penalty" | "penalties"
            )
        });
        carried &= s.times.is_empty() && kick_words;
        if from.is_none() && had_shootout && names_shootout(s) {
            from = Some(s.block);
        }
        out[k] = from == Some(s.block) || carried;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::report::clean::clean;
    use crate::import::report::doc::analyse;
    use crate::import::report::names::Registry;
    use crate::import::report::teams::Teams;

    fn marks(text: &str, had: bool) -> Vec<bool> {
        let c = clean(text);
        let teams = Teams::new("Rovers", "Athletic");
        let sents = analyse(text, &c.blocks, &teams, &mut Registry::default(), true);
        kicks(&sents, had)
    }

    #[test]
    fn a_paragraph_ending_in_the_shootout_hands_it_on() {
        let text = "Rovers beat Athletic 3-1 on penalties\n\n\
            Smith scored for Rovers. It had to be settled from ten yards.\n\n\
            Kim missed for Athletic, while Lee and Ray converted for Rovers.\n\n\
            Jones hit the post in the 14th minute.\n";
        assert_eq!(marks(text, true), [false, false, true, true, false]);
    }

    #[test]
    fn kicks_are_told_after_the_shootout_is_named() {
        let text = "Rovers beat Athletic on penalties after a draw\n\
            Smith scored for Rovers in the first half of a tight game.\n\
            Shoot-out: Jones scores. Brown scores. Green hits the post.\n\
            Cole levelled for Athletic late on in a tight game. In the shootout Ray saved twice. \
            Dale rolled in the decisive penalty.\n";
        assert_eq!(
            marks(text, true),
            [false, false, true, true, true, false, true, true]
        );
        assert_eq!(marks(text, false)[5..], [false, false, false]);
    }
}
