//! The words for each moment, written from the data: who, how, from where, with what result.

use super::raw::{Point, Shot, name_of};
use crate::model::clock::{EXTRA_FIRST, EXTRA_SECOND, FIRST_HALF, SECOND_HALF, SHOOTOUT};
use crate::model::{CardColour, Score};

/// StatsBomb draws a 120 x 80 yard pitch with the goal centre at (120, 40).
const GOAL: Point = Point { x: 120.0, y: 40.0 };
const METRES_PER_YARD: f64 = 0.9144;

/// Distance from a location to the centre of the goal being attacked, in whole metres.
pub fn distance_m(from: Point) -> f64 {
    ((GOAL.x - from.x).hypot(GOAL.y - from.y) * METRES_PER_YARD).round()
}

/// What a shot tells, the result included. The scorer of a goal may have an assist.
pub struct ShotStory<'s> {
    pub shooter: &'s str,
    pub shot: &'s Shot<'s>,
    pub from: Option<Point>,
    pub keeper: Option<&'s str>,
    pub assist: Option<&'s str>,
}

/// "Messi shoots left-footed from 18 m — saved by Neto. xG 0.07."
pub fn shot(s: &ShotStory<'_>) -> String {
    let penalty = name_of(s.shot.kind) == "Penalty";
    let outcome = name_of(s.shot.outcome);
    let foot = match name_of(s.shot.body_part) {
        "Left Foot" => " left-footed",
        "Right Foot" => " right-footed",
        _ => "",
    };
    let header = name_of(s.shot.body_part) == "Head";
    let distance = s
        .from
        .filter(|_| !penalty)
        .map(|p| format!(" from {} m", distance_m(p)))
        .unwrap_or_default();
    let who = s.shooter;
    let mut text = if outcome == "Goal" {
        match (penalty, header) {
            (true, _) => format!("{who} scores the penalty{foot}"),
            (false, true) => format!("{who} scores with a header{distance}"),
            (false, false) => format!("{who} scores{foot}{distance}"),
        }
    } else {
        let lead = match (penalty, header) {
            (true, _) => format!("{who} takes the penalty{foot}"),
            (false, true) => format!("{who} heads{distance}"),
            (false, false) => format!("{who} shoots{foot}{distance}"),
        };
        format!("{lead} — {}", result(outcome, s.keeper))
    };
    if let Some(a) = s.assist {
        text.push_str(", assisted by ");
        text.push_str(a);
    }
    text.push('.');
    if let Some(xg) = s.shot.statsbomb_xg {
        text.push_str(&format!(" xG {xg:.2}."));
    }
    text
}

/// Whether a shot's narrative names the keeper: only a save does.
pub fn names_keeper(outcome: &str) -> bool {
    matches!(outcome, "Saved" | "Saved Off Target" | "Saved to Post")
}

/// How a shot that did not score ended.
fn result(outcome: &str, keeper: Option<&str>) -> String {
    let by = |what: &str| match keeper {
        Some(k) => format!("{what} by {k}"),
        None => what.to_string(),
    };
    match outcome {
        "Saved" | "Saved Off Target" => by("saved"),
        "Saved to Post" => by("saved onto the post"),
        "Blocked" => "blocked".into(),
        "Off T" => "wide".into(),
        "Wayward" => "miscued".into(),
        "Post" => "off the woodwork".into(),
        "" => "no result recorded".into(),
        other => other.to_lowercase(),
    }
}

/// "Own goal by Demiral."
pub fn own_goal(player: Option<&str>, team: &str) -> String {
    match player {
        Some(p) => format!("Own goal by {p} ({team})."),
        None => format!("Own goal, credited to {team}."),
    }
}

/// "Lenglet is sent off: straight red card (foul)."
pub fn card(player: &str, colour: CardColour, foul: bool) -> String {
    let why = if foul { "foul" } else { "bad behaviour" };
    match colour {
        CardColour::Yellow => format!("Yellow card for {player} ({why})."),
        CardColour::SecondYellow => format!("Second yellow for {player} ({why}): sent off."),
        CardColour::Red => format!("{player} is sent off: straight red card ({why})."),
    }
}

/// "Barcelona substitution: Umtiti on for Dembélé (injury)."; every reason the data gives is
/// said, "tactical" too.
pub fn substitution(team: &str, off: &str, on: &str, reason: &str) -> String {
    let mut text = format!("{team} substitution: {on} on for {off}");
    if !reason.is_empty() {
        text.push_str(&format!(" ({})", reason.to_lowercase()));
    }
    text.push('.');
    text
}

/// "ter Stegen saves from Stuani. xG 0.31."
pub fn save(keeper: &str, shooter: Option<&str>, xg: Option<f64>, penalty: bool) -> String {
    let mut text = match (shooter, penalty) {
        (Some(s), true) => format!("{keeper} saves {s}'s penalty."),
        (Some(s), false) => format!("{keeper} saves from {s}."),
        (None, _) => format!("Save by {keeper}."),
    };
    if let Some(xg) = xg {
        text.push_str(&format!(" xG {xg:.2}."));
    }
    text
}

/// "Play stops: Barella is injured."
pub fn injury(player: Option<&str>, team: &str) -> String {
    match player {
        Some(p) => format!("Play stops: {p} ({team}) is injured."),
        None => format!("Play stops for an injury ({team})."),
    }
}

/// "Barcelona start in a 4-1-2-2-1: ter Stegen, Semedo, ..."
pub fn starting_xi(team: &str, formation: Option<u64>, names: &[&str]) -> String {
    let shape = formation.map(|f| {
        let digits: Vec<String> = f.to_string().chars().map(String::from).collect();
        format!(" in a {}", digits.join("-"))
    });
    format!(
        "{team} start{}: {}.",
        shape.unwrap_or_default(),
        names.join(", ")
    )
}

/// A line for an event that is not a key moment and names no player: "Ball Out (Barcelona)."
/// One that names a player has its line made when shown (`Event::words`).
pub fn unnamed(label: &str, team: &str) -> String {
    if team.is_empty() {
        format!("{label}.")
    } else {
        format!("{label} ({team}).")
    }
}

/// The first Half Start of a period; the kick-off says where and who refereed, if known.
pub fn period_start(period: u8, kick_off: Option<&str>) -> String {
    match period {
        FIRST_HALF => kick_off.unwrap_or("Kick-off.").to_string(),
        SECOND_HALF => "The second half is under way.".into(),
        EXTRA_FIRST => "Extra time begins.".into(),
        EXTRA_SECOND => "The second half of extra time begins.".into(),
        _ => "The penalty shoot-out begins.".into(),
    }
}

/// The first Half End of a period, with the score: "Half time: Rovers 1-0 Athletic."
/// `last` is the match's last period, which tells full time from the end of normal time.
pub fn period_end(
    period: u8,
    last: u8,
    (home, away): (&str, &str),
    (s, pens): (Score, Score),
) -> String {
    let what = match period {
        FIRST_HALF => "Half time",
        SECOND_HALF if last > SECOND_HALF => "End of normal time",
        EXTRA_FIRST => "Half time in extra time",
        EXTRA_SECOND if last > EXTRA_SECOND => "End of extra time",
        SHOOTOUT => return format!("{home} {s} {away}; {pens} on penalties."),
        _ => "Full time",
    };
    format!("{what}: {home} {s} {away}.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::statsbomb::raw::Named;

    fn named(name: &'static str) -> Option<&'static Named<'static>> {
        Some(Box::leak(Box::new(Named {
            id: None,
            name: Some(name),
        })))
    }

    fn a_shot(outcome: &'static str, body: &'static str, kind: &'static str) -> Shot<'static> {
        Shot {
            statsbomb_xg: Some(0.0712),
            outcome: named(outcome),
            body_part: named(body),
            kind: named(kind),
            ..Shot::default()
        }
    }

    #[test]
    fn shots_say_who_how_where_and_what_came_of_it() {
        let shot = a_shot("Saved", "Left Foot", "Open Play");
        let story = ShotStory {
            shooter: "Messi",
            shot: &shot,
            from: Some(Point { x: 100.5, y: 36.0 }),
            keeper: Some("Neto"),
            assist: None,
        };
        assert_eq!(
            super::shot(&story),
            "Messi shoots left-footed from 18 m — saved by Neto. xG 0.07."
        );
        let header = a_shot("Goal", "Head", "Open Play");
        let story = ShotStory {
            shooter: "Piqué",
            shot: &header,
            from: Some(Point { x: 113.0, y: 41.7 }),
            keeper: None,
            assist: Some("Rakitić"),
        };
        assert_eq!(
            super::shot(&story),
            "Piqué scores with a header from 7 m, assisted by Rakitić. xG 0.07."
        );
        let pen = a_shot("Goal", "Right Foot", "Penalty");
        let story = ShotStory {
            shooter: "Parejo",
            shot: &pen,
            from: Some(Point { x: 108.0, y: 40.0 }),
            keeper: None,
            assist: None,
        };
        assert_eq!(
            super::shot(&story),
            "Parejo scores the penalty right-footed. xG 0.07."
        );
    }

    #[test]
    fn distance_is_in_metres_to_the_goal_centre() {
        assert_eq!(distance_m(Point { x: 108.0, y: 40.0 }), 11.0);
        assert_eq!(distance_m(Point { x: 120.0, y: 40.0 }), 0.0);
    }

    #[test]
    fn formations_read_as_fans_write_them() {
        let names = ["ter Stegen", "Semedo"];
        assert_eq!(
            starting_xi("Barcelona", Some(41221), &names),
            "Barcelona start in a 4-1-2-2-1: ter Stegen, Semedo."
        );
    }
}
