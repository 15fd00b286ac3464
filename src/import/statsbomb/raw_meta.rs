//! Serde structs mirroring StatsBomb's line-ups and matches files, borrowed like the events.

use serde::Deserialize;
use std::borrow::Cow;

/// One team of a line-ups file (the file is an array of two).
#[derive(Debug, Default, Deserialize)]
pub struct LineupTeam<'a> {
    #[serde(default)]
    pub team_id: Option<u64>,
    #[serde(borrow, default)]
    pub team_name: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub lineup: Vec<LineupPlayer<'a>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct LineupPlayer<'a> {
    #[serde(default)]
    pub player_id: Option<u64>,
    #[serde(borrow, default)]
    pub player_name: Option<Cow<'a, str>>,
    /// The name fans use ("Messi"); null for players known by their full name.
    #[serde(borrow, default)]
    pub player_nickname: Option<Cow<'a, str>>,
    #[serde(default)]
    pub jersey_number: Option<u8>,
    /// Only in newer files; older ones leave positions to the Starting XI event.
    #[serde(borrow, default)]
    pub positions: Vec<LineupPosition<'a>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct LineupPosition<'a> {
    #[serde(default)]
    pub position_id: Option<u64>,
    #[serde(borrow, default)]
    pub position: Option<Cow<'a, str>>,
    /// "Starting XI" for a starter's first position, "Substitution" for a substitute's.
    #[serde(borrow, default)]
    pub start_reason: Option<Cow<'a, str>>,
}

/// One match of a matches file (`matches/COMPETITION/SEASON.json`, an array).
#[derive(Debug, Default, Deserialize)]
pub struct MatchInfo<'a> {
    #[serde(default)]
    pub match_id: Option<u64>,
    #[serde(borrow, default)]
    pub match_date: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub kick_off: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub competition: Option<Competition<'a>>,
    #[serde(borrow, default)]
    pub season: Option<Season<'a>>,
    #[serde(borrow, default)]
    pub competition_stage: Option<MetaNamed<'a>>,
    #[serde(borrow, default)]
    pub home_team: Option<HomeTeam<'a>>,
    #[serde(borrow, default)]
    pub away_team: Option<AwayTeam<'a>>,
    #[serde(default)]
    pub home_score: Option<u16>,
    #[serde(default)]
    pub away_score: Option<u16>,
    #[serde(borrow, default)]
    pub stadium: Option<MetaNamed<'a>>,
    #[serde(borrow, default)]
    pub referee: Option<MetaNamed<'a>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Competition<'a> {
    #[serde(borrow, default)]
    pub competition_name: Option<Cow<'a, str>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Season<'a> {
    #[serde(borrow, default)]
    pub season_name: Option<Cow<'a, str>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct HomeTeam<'a> {
    #[serde(default)]
    pub home_team_id: Option<u64>,
    #[serde(borrow, default)]
    pub home_team_name: Option<Cow<'a, str>>,
}

#[derive(Debug, Default, Deserialize)]
pub struct AwayTeam<'a> {
    #[serde(default)]
    pub away_team_id: Option<u64>,
    #[serde(borrow, default)]
    pub away_team_name: Option<Cow<'a, str>>,
}

/// `{"id": 1, "name": "Wembley Stadium"}` in the matches file, which serde reads: its strings
/// may hold escapes, so they are `Cow`, unlike the events' `raw::Named`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct MetaNamed<'a> {
    #[serde(borrow, default)]
    pub name: Option<Cow<'a, str>>,
}

impl MetaNamed<'_> {
    /// The name, or "" when the file leaves it out.
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or("")
    }
}
