//! The raw StatsBomb files turned into a `Match`: squads, every event in match order, the
//! score, and warnings for whatever was missing, unknown or skipped.

use super::error::StatsBombError;
use super::events::Events;
use super::moments::{self, Context, Progress};
use super::raw::name_of;
use super::raw_meta::{LineupTeam, MatchInfo};
use super::squad;
use crate::model::{Match, Name, Score};
use foldhash::{HashMap, HashMapExt, HashSet};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The label for an event type: a static string for every type of StatsBomb's specification
/// (v4), so 4,000 events share a dozen labels; `None` for a type it does not list.
fn known_label(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "50/50" => "50/50",
        "Bad Behaviour" => "Bad Behaviour",
        "Ball Out" => "Ball Out",
        "Ball Receipt*" => "Ball Receipt",
        "Ball Recovery" => "Ball Recovery",
        "Block" => "Block",
        "Camera off" => "Camera off",
        "Camera On" => "Camera On",
        "Carry" => "Carry",
        "Clearance" => "Clearance",
        "Dispossessed" => "Dispossessed",
        "Dribble" => "Dribble",
        "Dribbled Past" => "Dribbled Past",
        "Duel" => "Duel",
        "Error" => "Error",
        "Foul Committed" => "Foul Committed",
        "Foul Won" => "Foul Won",
        "Goal Keeper" => "Goal Keeper",
        "Half End" => "Half End",
        "Half Start" => "Half Start",
        "Injury Stoppage" => "Injury Stoppage",
        "Interception" => "Interception",
        "Miscontrol" => "Miscontrol",
        "Offside" => "Offside",
        "Own Goal Against" => "Own Goal Against",
        "Own Goal For" => "Own Goal For",
        "Pass" => "Pass",
        "Player Off" => "Player Off",
        "Player On" => "Player On",
        "Pressure" => "Pressure",
        "Referee Ball-Drop" => "Referee Ball-Drop",
        "Shield" => "Shield",
        "Shot" => "Shot",
        "Starting XI" => "Starting XI",
        "Substitution" => "Substitution",
        "Tactical Shift" => "Tactical Shift",
        _ => return None,
    })
}

/// Builds the match from parsed files. `warnings` already holds what locating the files found.
pub fn to_match(
    events: &Events<'_>,
    lineups: &[LineupTeam<'_>],
    info: Option<&MatchInfo<'_>>,
    mut warnings: Vec<String>,
) -> Result<Match, StatsBombError> {
    let squads = squad::build(events, lineups, info).ok_or(StatsBombError::NoTeams)?;
    let ctx = Context {
        events,
        squads: &squads,
        assists: assists(events, &squads),
        own_goals_against: events
            .iter()
            .filter(|e| e.kind() == "Own Goal Against")
            .filter_map(|e| Some((e.period?, e.minute?)))
            .collect(),
        last_period: events.iter().filter_map(|e| e.period).max().unwrap_or(2),
        kick_off: info.and_then(kick_off),
    };
    let mut progress = Progress::default();
    let mut out = Vec::with_capacity(events.len());
    let mut skipped: Vec<String> = Vec::new();
    let mut unknown: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, raw) in events.iter().enumerate() {
        let (Some(period), Some(minute), false) = (raw.period, raw.minute, raw.kind().is_empty())
        else {
            skipped.push(raw.id.map_or_else(|| format!("#{i}"), str::to_string));
            continue;
        };
        let label = match known_label(raw.kind()) {
            Some(known) => Cow::Borrowed(known),
            None => {
                *unknown.entry(raw.kind()).or_default() += 1;
                Cow::Owned(raw.kind().to_string())
            }
        };
        let at = moments::At { i, period, minute };
        out.push(moments::convert(&ctx, at, raw, label, &mut progress));
    }
    if !skipped.is_empty() {
        warnings.push(format!(
            "skipped {} events with no type, period or minute (first: {})",
            skipped.len(),
            skipped[0]
        ));
    }
    if !unknown.is_empty() {
        let list: Vec<String> = unknown.iter().map(|(k, n)| format!("{k:?} x{n}")).collect();
        warnings.push(format!(
            "{} events of types touchline does not know, kept as minor events: {}",
            unknown.values().sum::<usize>(),
            list.join(", ")
        ));
    }
    if let Some(m) = info {
        check_score(m, progress.score, &mut warnings);
    }
    let mut the_match = Match {
        date: info
            .and_then(|m| m.match_date.as_deref())
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
        competition: info.and_then(competition),
        home: squads.home,
        away: squads.away,
        final_score: progress.score,
        shootout: (progress.shootout_kicks > 0).then_some(progress.shootout),
        events: out,
        warnings,
        report: None,
    };
    the_match.sort_events();
    Ok(the_match)
}

/// The passer of each goal's key pass, looked up only for the passes goals name.
fn assists<'b>(events: &'b Events<'_>, squads: &'b squad::Squads) -> HashMap<&'b str, Name> {
    let wanted: HashSet<&str> = events
        .iter()
        .filter_map(|e| e.shot.as_ref())
        .filter(|s| name_of(s.outcome) == "Goal")
        .filter_map(|s| s.key_pass_id)
        .collect();
    if wanted.is_empty() {
        return HashMap::new();
    }
    events
        .iter()
        .filter(|e| e.kind() == "Pass")
        .filter_map(|e| Some((e.id?, e)))
        .filter(|(id, _)| wanted.contains(id))
        .filter_map(|(id, e)| Some((id, squads.name(e.player)?)))
        .collect()
}

/// "Champions League 2010/2011, Final".
fn competition(m: &MatchInfo<'_>) -> Option<String> {
    let name = m.competition.as_ref()?.competition_name.as_deref()?;
    let mut text = name.to_string();
    if let Some(season) = m.season.as_ref().and_then(|s| s.season_name.as_deref()) {
        text.push(' ');
        text.push_str(season);
    }
    let stage = m.competition_stage.as_ref().map_or("", |s| s.name());
    if !stage.is_empty() && stage != "Regular Season" {
        text.push_str(", ");
        text.push_str(stage);
    }
    Some(text)
}

/// "Kick-off at Wembley Stadium, 20:45. Referee: Viktor Kassai." from what the file has.
fn kick_off(m: &MatchInfo<'_>) -> Option<String> {
    let stadium = m
        .stadium
        .as_ref()
        .map(|s| s.name())
        .filter(|s| !s.is_empty());
    let time = m.kick_off.as_deref().and_then(|t| t.get(..5));
    let referee = m
        .referee
        .as_ref()
        .map(|r| r.name())
        .filter(|r| !r.is_empty());
    if stadium.is_none() && time.is_none() && referee.is_none() {
        return None;
    }
    let mut text = "Kick-off".to_string();
    if let Some(s) = stadium {
        text.push_str(&format!(" at {s}"));
    }
    if let Some(t) = time {
        text.push_str(&format!(", {t}"));
    }
    text.push('.');
    if let Some(r) = referee {
        text.push_str(&format!(" Referee: {r}."));
    }
    Some(text)
}

/// The matches file's score should be the one the events add up to; say so when it is not.
fn check_score(m: &MatchInfo<'_>, from_events: Score, warnings: &mut Vec<String>) {
    if let (Some(home), Some(away)) = (m.home_score, m.away_score) {
        let listed = Score::new(home, away);
        if listed != from_events {
            warnings.push(format!(
                "the matches file gives the score as {listed}, the events add up to {from_events}"
            ));
        }
    }
}
