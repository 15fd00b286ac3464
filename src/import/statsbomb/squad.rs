//! The two squads: who played for whom, with shirt numbers, positions and the names fans use.
//!
//! Line-ups give every player's nickname ("Messi" for "Lionel Andrés Messi Cuccittini") and
//! number; the Starting XI events give the starters and their positions. Without line-ups the
//! squads are built from the events alone, and every player an event names is in a squad, so
//! the timeline can always match an event's players to the roster.

use super::events::Events;
use super::raw::{Event, Named, name_of};
use super::raw_meta::{LineupTeam, MatchInfo};
use crate::model::{Name, Player, Side, Team};
use foldhash::{HashMap, HashMapExt};

/// Both teams, and how to find a player's side and display name from a StatsBomb id.
#[derive(Debug)]
pub struct Squads {
    pub home: Team,
    pub away: Team,
    home_id: u64,
    away_id: u64,
    players: HashMap<u64, (Side, usize)>,
    /// Each listed player's display name, shared by every event that names him.
    names: HashMap<u64, Name>,
}

impl Squads {
    /// The side of a StatsBomb team id.
    pub fn side(&self, team: Option<u64>) -> Side {
        match team {
            Some(id) if id == self.home_id => Side::Home,
            Some(id) if id == self.away_id => Side::Away,
            _ => Side::None,
        }
    }

    /// The name the squad lists for a player (shared, not copied), the file's name when the id
    /// is unknown.
    pub fn name(&self, player: Option<&Named<'_>>) -> Option<Name> {
        let p = player?;
        match p.id.and_then(|id| self.names.get(&id)) {
            Some(listed) => Some(listed.clone()),
            None => p.name.map(Name::from),
        }
    }

    /// The name of a side's team, "" for neither.
    pub fn team_name(&self, side: Side) -> &str {
        match side {
            Side::Home => &self.home.name,
            Side::Away => &self.away.name,
            Side::None => "",
        }
    }

    fn team_mut(&mut self, side: Side) -> &mut Team {
        if side == Side::Home {
            &mut self.home
        } else {
            &mut self.away
        }
    }

    /// Adds a player unless the id is already listed; returns where the player is.
    fn add(&mut self, side: Side, id: u64, player: Player) -> (Side, usize) {
        if let Some(&at) = self.players.get(&id) {
            return at;
        }
        let team = self.team_mut(side);
        team.players.push(player);
        let at = (side, team.players.len() - 1);
        self.players.insert(id, at);
        at
    }

    fn player_mut(&mut self, id: u64) -> Option<&mut Player> {
        let (side, i) = *self.players.get(&id)?;
        self.team_mut(side).players.get_mut(i)
    }
}

/// The ids of the two teams in home, away order: from the matches file, else StatsBomb's
/// habit of listing the home team's Starting XI first, else the line-ups, else any event.
fn team_ids(
    events: &Events<'_>,
    lineups: &[LineupTeam<'_>],
    info: Option<&MatchInfo<'_>>,
) -> Vec<u64> {
    let from_info = info.into_iter().flat_map(|m| {
        let home = m.home_team.as_ref().and_then(|t| t.home_team_id);
        let away = m.away_team.as_ref().and_then(|t| t.away_team_id);
        [home, away]
    });
    let starting = events
        .iter()
        .filter(|e| e.kind() == "Starting XI")
        .map(Event::team_id);
    let listed = lineups.iter().map(|t| t.team_id);
    let any = events.iter().map(Event::team_id);
    let mut ids = Vec::with_capacity(2);
    for id in from_info.chain(starting).chain(listed).chain(any).flatten() {
        if !ids.contains(&id) {
            ids.push(id);
            if ids.len() == 2 {
                break;
            }
        }
    }
    ids
}

/// The display name: the nickname where the line-ups give one.
fn display_name(name: Option<&str>, nickname: Option<&str>) -> String {
    nickname
        .filter(|n| !n.trim().is_empty())
        .or(name)
        .unwrap_or("")
        .to_string()
}

/// Builds both squads, or `None` when fewer than two teams can be found.
pub fn build(
    events: &Events<'_>,
    lineups: &[LineupTeam<'_>],
    info: Option<&MatchInfo<'_>>,
) -> Option<Squads> {
    let ids = team_ids(events, lineups, info);
    let (&home_id, &away_id) = (ids.first()?, ids.get(1)?);
    let team_name = |id: u64, from_info: Option<&str>| -> String {
        let listed = lineups
            .iter()
            .find(|t| t.team_id == Some(id))
            .and_then(|t| t.team_name.as_deref());
        let seen = events
            .iter()
            .find(|e| e.team_id() == Some(id))
            .map(|e| name_of(e.team));
        from_info.or(listed).or(seen).unwrap_or("").to_string()
    };
    let home_info = info
        .and_then(|m| m.home_team.as_ref())
        .and_then(|t| t.home_team_name.as_deref());
    let away_info = info
        .and_then(|m| m.away_team.as_ref())
        .and_then(|t| t.away_team_name.as_deref());
    let mut squads = Squads {
        home: Team::named(team_name(home_id, home_info)),
        away: Team::named(team_name(away_id, away_info)),
        home_id,
        away_id,
        players: HashMap::with_capacity(48),
        names: HashMap::new(),
    };
    add_starters(&mut squads, events);
    let has_xi = |side: Side| {
        events
            .iter()
            .any(|e| e.kind() == "Starting XI" && squads.side(e.team_id()) == side)
    };
    let (home_xi, away_xi) = (has_xi(Side::Home), has_xi(Side::Away));
    add_lineups(&mut squads, lineups, home_xi, away_xi);
    add_from_events(&mut squads, events);
    dedupe_names(&mut squads.home, lineups);
    dedupe_names(&mut squads.away, lineups);
    squads.names = squads
        .players
        .iter()
        .filter_map(|(&id, &(side, i))| {
            let team = if side == Side::Home {
                &squads.home
            } else {
                &squads.away
            };
            Some((id, Name::from(team.players.get(i)?.name.as_str())))
        })
        .collect();
    Some(squads)
}

/// Starters in formation order, as the Starting XI events list them.
fn add_starters(squads: &mut Squads, events: &Events<'_>) {
    for e in events.iter().filter(|e| e.kind() == "Starting XI") {
        let side = squads.side(e.team_id());
        if side == Side::None {
            continue;
        }
        for p in e.tactics.iter().flat_map(|t| &t.lineup) {
            let Some(named) = &p.player else { continue };
            let Some(id) = named.id else { continue };
            let player = Player {
                number: p.jersey_number,
                position: p.position.map(super::position::abbreviation),
                starter: true,
                ..Player::named(named.name())
            };
            squads.add(side, id, player);
        }
    }
}

/// Line-up players: nicknames and numbers for the starters, then the substitutes. Starters come
/// from the line-ups' positions only for a team with no Starting XI event.
fn add_lineups(squads: &mut Squads, lineups: &[LineupTeam<'_>], home_xi: bool, away_xi: bool) {
    for team in lineups {
        let side = squads.side(team.team_id);
        if side == Side::None {
            continue;
        }
        let has_xi = if side == Side::Home { home_xi } else { away_xi };
        let mut bench: Vec<_> = team.lineup.iter().collect();
        bench.sort_by_key(|p| (p.positions.is_empty(), p.jersey_number));
        for p in bench {
            let Some(id) = p.player_id else { continue };
            let name = display_name(p.player_name.as_deref(), p.player_nickname.as_deref());
            let first = p.positions.first();
            let started = first.and_then(|f| f.start_reason.as_deref()) == Some("Starting XI");
            if let Some(known) = squads.player_mut(id) {
                known.name = name;
                known.number = known.number.or(p.jersey_number);
                continue;
            }
            let position = first.map(|f| {
                super::position::abbreviation(&Named {
                    id: f.position_id,
                    name: f.position.as_deref(),
                })
            });
            let player = Player {
                number: p.jersey_number,
                position,
                starter: started && !has_xi,
                ..Player::named(name)
            };
            squads.add(side, id, player);
        }
    }
}

/// Anyone an event names who is in no squad yet (substitutes when there are no line-ups), and
/// a position for listed players who have none, from their first event.
fn add_from_events(squads: &mut Squads, events: &Events<'_>) {
    for e in events.iter() {
        let side = squads.side(e.team_id());
        if side == Side::None {
            continue;
        }
        if let Some(named) = &e.player {
            note(squads, side, named, e.position);
        }
        if let Some(on) = e.substitution.as_ref().and_then(|s| s.replacement.as_ref()) {
            note(squads, side, on, None);
        }
    }
}

fn note(squads: &mut Squads, side: Side, named: &Named<'_>, position: Option<&Named<'_>>) {
    let Some(id) = named.id else { return };
    match squads.player_mut(id) {
        Some(known) if known.position.is_none() => {
            known.position = position.map(super::position::abbreviation);
        }
        Some(_) => {}
        None => {
            let player = Player {
                position: position.map(super::position::abbreviation),
                ..Player::named(named.name())
            };
            squads.add(side, id, player);
        }
    }
}

/// Two players of one team with the same nickname are listed by their full names instead.
fn dedupe_names(team: &mut Team, lineups: &[LineupTeam<'_>]) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for p in &team.players {
        *counts.entry(p.name.as_str()).or_default() += 1;
    }
    let clashes: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(name, _)| name.to_string())
        .collect();
    if clashes.is_empty() {
        return;
    }
    let full = |nick: &str, number: Option<u8>| {
        lineups
            .iter()
            .flat_map(|t| &t.lineup)
            .find(|p| p.player_nickname.as_deref() == Some(nick) && p.jersey_number == number)
            .and_then(|p| p.player_name.as_deref())
            .map(str::to_string)
    };
    for p in team
        .players
        .iter_mut()
        .filter(|p| clashes.contains(&p.name))
    {
        if let Some(name) = full(&p.name, p.number) {
            p.name = name;
        }
    }
}
