//! The result: which two teams played, who was at home, the final score, extra time and any
//! shoot-out, from score lines ("Rovers 2 - 1 Athletic"), headlines and result sentences
//! ("Rovers beat Athletic 2-1", "Rovers and Athletic drew 1-1").

use super::clean::{Block, BlockKind};
use super::result_checks::{best_supported, headline_teams, stated_draw};
use super::result_sentence::sentence_result;
use super::scoreline::scoreline;
use super::tokens::{fold, tokenize};
use crate::model::Score;

/// What the text says about the result.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    pub home: String,
    pub away: String,
    pub score: Option<Score>,
    pub shootout: Option<Score>,
    pub extra_time: bool,
    /// True when the home side is stated (score line, "hosts X"), not just the first named.
    pub home_known: bool,
    /// Whether the home (first-named) side won, where a verb says so even without a score
    /// ("PSG beats Strasbourg").
    pub home_won: Option<bool>,
}

/// A score line in `text[start..end]`, a full stop after it allowed: "Croatia 2 Morocco 1."
/// may stand as a line of its own at the end of a report.
fn scoreline_of(text: &str, start: usize, end: usize) -> Option<Found> {
    let mut toks = tokenize(text, start, end);
    toks.pop_if(|t| matches!(t.low.as_str(), "." | "!"));
    scoreline(&toks)
}

/// Reads the result from the report's lines.
pub fn find(text: &str, blocks: &[Block]) -> Option<Found> {
    let lines: Vec<&Block> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Headline | BlockKind::Heading))
        .collect();
    let mut found = lines
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .chain(lines.iter().filter(|b| b.kind == BlockKind::Headline))
        .find_map(|b| scoreline_of(text, b.start, b.end))
        // "Crowley Town 2-2 Maddox Rovers (HT 1-0)" long enough to pass for a sentence.
        .or_else(|| {
            // "• Liverpool 5-1 Norwich City, Premier League" under the headline.
            blocks
                .iter()
                .filter(|b| matches!(b.kind, BlockKind::Narrative | BlockKind::Bullet))
                .take(4)
                .find_map(|b| scoreline(&tokenize(text, b.start, b.end)))
        })
        .or_else(|| {
            // "Chile 1 South Korea 2." standing as a sentence of its own.
            blocks
                .iter()
                .filter(|b| b.kind == BlockKind::Narrative)
                .flat_map(|b| super::sentences::split(text, b.start, b.end))
                .find_map(|(s, e)| scoreline_of(text, s, e))
        });
    let prose_blocks: Vec<&Block> = blocks
        .iter()
        .filter(|b| {
            matches!(
                b.kind,
                BlockKind::Headline | BlockKind::Narrative | BlockKind::Bullet
            )
        })
        .take(6)
        .collect();
    // The best-supported result sentence with a score; a scoreless one ("A knock out hosts B")
    // still says who was at home.
    let mut scored: Vec<Found> = Vec::new();
    let mut scoreless: Option<Found> = None;
    // "Ecuador Achieves First Victory Over Uruguay": in a title-case headline every word is a
    // capital, so names cannot be told from verbs.
    let title_case = |b: &Block| {
        let words: Vec<&str> = text[b.start..b.end].split_whitespace().collect();
        b.kind == BlockKind::Headline
            && words.len() >= 4
            && words
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
                .all(|w| w.starts_with(char::is_uppercase) || w.len() <= 3)
    };
    for b in prose_blocks.iter().filter(|b| !title_case(b)) {
        for (s, e) in super::sentences::split(text, b.start, b.end) {
            if let Some(p) = sentence_result(&tokenize(text, s, e)) {
                if p.score.is_some() {
                    scored.push(p);
                } else {
                    scoreless = scoreless.or(Some(p));
                }
            }
        }
    }
    let mut prose = best_supported(scored, text, blocks);
    if let (Some(p), Some(q)) = (&mut prose, &scoreless)
        && q.home_known
        && fold(&p.away).contains(&fold(&q.home))
    {
        std::mem::swap(&mut p.home, &mut p.away);
        p.score = p.score.map(|s| Score::new(s.away, s.home));
        p.shootout = p.shootout.map(|s| Score::new(s.away, s.home));
        p.home_known = true;
    }
    if let Some(p) = &mut prose {
        headline_teams(p, text, blocks);
    }
    // "Morocco beat Spain in their Round of 16 tie. The game finished 0-0 after extra time.":
    // teams from one sentence, a draw's score from another.
    let scoreless = scoreless.map(|mut q| {
        if q.score.is_none() {
            q.score = prose_blocks
                .iter()
                .flat_map(|b| super::sentences::split(text, b.start, b.end))
                .find_map(|(s, e)| stated_draw(&tokenize(text, s, e)));
        }
        q
    });
    let prose = prose.or(scoreless);
    match (&mut found, prose) {
        (Some(f), Some(p))
            if one_within(&f.home, &p.home) && one_within(&f.away, &p.away)
                || one_within(&f.home, &p.away) && one_within(&f.away, &p.home) =>
        {
            f.shootout = p.shootout.map(|s| {
                if one_within(&f.home, &p.home) {
                    s
                } else {
                    Score::new(s.away, s.home)
                }
            });
        }
        (None, Some(p)) => found = Some(p),
        _ => {}
    }
    let mut found = found?;
    // "Northvale win on penalties after a 1-1 draw" gives the result; "beating Easton 5-4 on
    // penalties" a sentence later gives the shoot-out.
    if found.shootout.is_none() {
        found.shootout = prose_blocks
            .iter()
            .flat_map(|b| super::sentences::split(text, b.start, b.end))
            .filter_map(|(s, e)| sentence_result(&tokenize(text, s, e)))
            .find_map(|p| {
                let pens = p.shootout?;
                if one_within(&found.home, &p.home) && one_within(&found.away, &p.away) {
                    Some(pens)
                } else if one_within(&found.home, &p.away) && one_within(&found.away, &p.home) {
                    Some(Score::new(pens.away, pens.home))
                } else {
                    None
                }
            });
    }
    found.extra_time = extra_time(text);
    Some(found)
}

/// One name inside the other, as folded text: "Rovers" in "Kelvin Rovers".
fn one_within(a: &str, b: &str) -> bool {
    fold(a).contains(&fold(b)) || fold(b).contains(&fold(a))
}

/// The report says the match went to extra time.
pub fn extra_time(text: &str) -> bool {
    let all = fold(text);
    ["extra time", "extra-time", "a.e.t", "(aet"]
        .iter()
        .any(|m| all.contains(m))
        || all
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "aet")
}

#[cfg(test)]
mod tests {
    use crate::model::Score;

    #[test]
    fn a_score_line_with_each_teams_goals_after_it() {
        let report = "Aston Rovers 4 Newbury 1 - Report\n\n\
            A brilliant Rovers swept Newbury aside on Saturday.\n";
        let m = crate::import::report::parse(report).map_err(|e| e.to_string());
        assert_eq!(
            m.map(|m| (m.home.name, m.away.name, m.final_score)),
            Ok((
                "Aston Rovers".to_string(),
                "Newbury".to_string(),
                Score::new(4, 1)
            ))
        );
    }

    #[test]
    fn a_score_line_standing_alone_at_the_end_is_the_result() {
        let report = "Hale gives Rovers the derby\n\n\
            Tom Hale gave Rovers the lead in the seventh minute against Athletic.\n\n\
            Rovers 2 Athletic 1.\n";
        let m = crate::import::report::parse(report).map_err(|e| e.to_string());
        assert_eq!(m.map(|m| m.final_score), Ok(Score::new(2, 1)));
    }
}
