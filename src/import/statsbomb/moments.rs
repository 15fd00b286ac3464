//! One StatsBomb event turned into one model event: key moments (goals, shots, cards,
//! substitutions, period marks, saves of note, injuries) with their story, everything else kept
//! as a minor event with a short line.

use super::clock::broadcast;
use super::events::Events;
use super::narrative::{self, ShotStory};
use super::raw::{Event as Raw, Point, name_of};
use super::squad::Squads;
use crate::model::clock::SHOOTOUT;
use crate::model::{CardColour, Event, EventKind, Name, PitchPoint, Score, Side, minor};
use foldhash::HashMap;
use std::borrow::Cow;

/// A save counts as a key moment when the shot it stopped was a real chance or a penalty:
/// most saves are routine catches of shots already listed.
const SAVE_OF_NOTE_XG: f64 = 0.2;

/// How far around an event to look for its partner (a shot's keeper, a save's shot): StatsBomb
/// writes them next to each other, with a Ball Receipt or Block at most in between.
const PARTNER_WINDOW: usize = 5;

/// What the conversion needs to know beyond the event itself.
#[derive(Debug)]
pub struct Context<'b, 'a> {
    pub events: &'b Events<'a>,
    pub squads: &'b Squads,
    /// Key pass id of a goal -> the passer's display name.
    pub assists: HashMap<&'b str, Name>,
    /// (period, minute) of each Own Goal Against, so its Own Goal For twin is not a second goal.
    pub own_goals_against: Vec<(u8, u16)>,
    pub last_period: u8,
    /// "Kick-off at Wembley Stadium, 20:45. Referee: Viktor Kassai." from the matches file.
    pub kick_off: Option<String>,
}

/// The running state the words of later events depend on.
#[derive(Debug, Default)]
pub struct Progress {
    pub score: Score,
    pub shootout: Score,
    pub shootout_kicks: usize,
    started: [bool; 6],
    ended: [bool; 6],
}

/// StatsBomb's x/y in yards to fractions of the pitch.
fn pitch(p: Point) -> PitchPoint {
    PitchPoint {
        x: (p.x / 120.0).clamp(0.0, 1.0),
        y: (p.y / 80.0).clamp(0.0, 1.0),
    }
}

/// Where an event is: its position in the file, and its period and minute (both known).
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub i: usize,
    pub period: u8,
    pub minute: u16,
}

/// Converts one event; `label` is its type's name as shown ("Ball Receipt", not "Ball
/// Receipt*").
pub fn convert(
    ctx: &Context<'_, '_>,
    at: At,
    raw: &Raw<'_>,
    label: Cow<'static, str>,
    progress: &mut Progress,
) -> Event {
    let At { i, period, minute } = at;
    let side = ctx.squads.side(raw.team_id());
    let mut e = Event::new(broadcast(period, minute), EventKind::Note, side);
    let label = e.label.insert(label).clone();
    let label: &str = &label;
    e.location = raw.location.map(pitch);
    let actor = ctx.squads.name(raw.player);
    let player = actor.as_deref();
    let team = ctx.squads.team_name(side);
    let key = match label {
        "Shot" => shot(ctx, i, raw, actor.as_ref(), &mut e, progress),
        "Own Goal Against" => {
            e.kind = EventKind::Goal;
            e.own_goal = true;
            e.side = side.opponent();
            e.location = e.location.map(PitchPoint::seen_by_opponents);
            e.text = narrative::own_goal(player, team);
            e.players.extend(actor.clone());
            progress.score.add(e.side);
            true
        }
        "Own Goal For" if !ctx.own_goals_against.contains(&(period, minute)) => {
            e.kind = EventKind::Goal;
            e.own_goal = true;
            e.text = narrative::own_goal(None, team);
            progress.score.add(side);
            true
        }
        "Foul Committed" | "Bad Behaviour" => card(raw, label, actor.as_ref(), &mut e),
        "Substitution" => substitution(ctx, raw, actor.as_ref(), team, &mut e),
        "Half Start" if !progress.started[usize::from(period.min(5))] => {
            progress.started[usize::from(period.min(5))] = true;
            e.kind = EventKind::PeriodStart;
            e.side = Side::None;
            e.text = narrative::period_start(period, ctx.kick_off.as_deref());
            true
        }
        "Half End" if !progress.ended[usize::from(period.min(5))] => {
            progress.ended[usize::from(period.min(5))] = true;
            e.kind = EventKind::PeriodEnd;
            e.side = Side::None;
            let teams = (ctx.squads.home.name.as_str(), ctx.squads.away.name.as_str());
            let score = (progress.score, progress.shootout);
            e.text = narrative::period_end(period, ctx.last_period, teams, score);
            true
        }
        "Goal Keeper" => save(ctx, i, raw, actor.as_ref(), &mut e),
        "Injury Stoppage" => {
            e.text = narrative::injury(player, team);
            e.players.extend(actor.clone());
            true
        }
        "Starting XI" => {
            let names: Vec<Name> = raw
                .tactics
                .iter()
                .flat_map(|t| &t.lineup)
                .filter_map(|p| ctx.squads.name(p.player))
                .collect();
            let names: Vec<&str> = names.iter().map(Name::as_str).collect();
            let formation = raw.tactics.as_ref().and_then(|t| t.formation);
            e.text = narrative::starting_xi(team, formation, &names);
            false
        }
        _ => false,
    };
    if !key {
        e.minor = true;
        let other = match label {
            "Pass" => {
                e.end_location = raw.pass.as_ref().and_then(|p| p.end_location).map(pitch);
                raw.pass.as_ref().and_then(|p| ctx.squads.name(p.recipient))
            }
            "Carry" => {
                e.end_location = raw.carry.as_ref().and_then(|c| c.end_location).map(pitch);
                None
            }
            _ => None,
        };
        // A line naming a player is made when shown, from the label and the players set below.
        if e.text.is_empty() {
            match (&actor, e.players.is_empty()) {
                (Some(_), true) => e.words_when_shown = true,
                (Some(player), false) => e.text = minor::line(label, player, other.as_deref()),
                (None, _) => e.text = narrative::unnamed(label, team),
            }
        }
        // A routine save has named its keeper and shooter already; the rest name theirs here,
        // in a list exactly as long as needed (one grown by a push holds four, and there are
        // 4,000 of these).
        if e.players.is_empty() {
            e.players =
                Vec::with_capacity(usize::from(actor.is_some()) + usize::from(other.is_some()));
            e.players.extend(actor);
            e.players.extend(other);
        }
    }
    e
}

fn shot(
    ctx: &Context<'_, '_>,
    i: usize,
    raw: &Raw<'_>,
    actor: Option<&Name>,
    e: &mut Event,
    progress: &mut Progress,
) -> bool {
    let Some(shot) = &raw.shot else {
        return false;
    };
    let player = actor.map(Name::as_str);
    let goal = name_of(shot.outcome) == "Goal";
    let shooter = player.unwrap_or("Unknown player");
    let keeper = keeper_after(ctx.events, i, raw).and_then(|k| ctx.squads.name(k.player));
    let assist = shot
        .key_pass_id
        .filter(|_| goal)
        .and_then(|id| ctx.assists.get(id));
    e.kind = if goal {
        EventKind::Goal
    } else {
        EventKind::Shot
    };
    e.penalty = name_of(shot.kind) == "Penalty";
    e.xg = shot.statsbomb_xg;
    e.end_location = shot.end_location.map(pitch);
    e.text = narrative::shot(&ShotStory {
        shooter,
        shot,
        from: raw.location,
        keeper: keeper.as_deref().filter(|_| !goal),
        assist: assist.map(Name::as_str),
    });
    e.players.extend(actor.cloned());
    e.players.extend(assist.cloned());
    // The keeper the narrative names as saving it, so a search for him finds the shot; never
    // first, where he would read as the shooter.
    if player.is_some() && narrative::names_keeper(name_of(shot.outcome)) {
        e.players.extend(keeper);
    }
    if e.clock.period == SHOOTOUT {
        progress.shootout_kicks += 1;
        if goal {
            progress.shootout.add(e.side);
        }
    } else if goal {
        progress.score.add(e.side);
    }
    true
}

/// The goalkeeper event that answers a shot, looking ahead.
fn keeper_after<'r, 'a>(events: &'r Events<'a>, i: usize, raw: &Raw<'_>) -> Option<&'r Raw<'a>> {
    (1..=PARTNER_WINDOW)
        .filter_map(|d| events.get(i.checked_add(d)?))
        .find(|p| p.kind() == "Goal Keeper" && p.team_id() != raw.team_id())
}

/// The shot a goalkeeper event answers, looking back.
fn shot_before<'r, 'a>(events: &'r Events<'a>, i: usize, raw: &Raw<'_>) -> Option<&'r Raw<'a>> {
    (1..=PARTNER_WINDOW)
        .filter_map(|d| events.get(i.checked_sub(d)?))
        .find(|p| p.kind() == "Shot" && p.team_id() != raw.team_id())
}

fn save(
    ctx: &Context<'_, '_>,
    i: usize,
    raw: &Raw<'_>,
    keeper: Option<&Name>,
    e: &mut Event,
) -> bool {
    let kind = raw.goalkeeper.as_ref().map_or("", |g| name_of(g.kind));
    if !(kind.contains("Saved") || kind == "Save") {
        return false;
    }
    let faced = shot_before(ctx.events, i, raw);
    let shot = faced.and_then(|s| s.shot.as_ref());
    let xg = shot.and_then(|s| s.statsbomb_xg);
    let penalty = kind.starts_with("Penalty") || shot.is_some_and(|s| name_of(s.kind) == "Penalty");
    let shooter = faced.and_then(|s| ctx.squads.name(s.player));
    e.label = Some(Cow::Borrowed("Save"));
    e.xg = xg;
    let keeper_name = keeper.map_or("the goalkeeper", Name::as_str);
    e.text = narrative::save(keeper_name, shooter.as_deref(), xg, penalty);
    e.players.extend(keeper.cloned());
    e.players.extend(shooter);
    penalty || xg.is_some_and(|x| x >= SAVE_OF_NOTE_XG)
}

fn card(raw: &Raw<'_>, label: &str, player: Option<&Name>, e: &mut Event) -> bool {
    let foul = label == "Foul Committed";
    let booking = if foul {
        &raw.foul_committed
    } else {
        &raw.bad_behaviour
    };
    let colour = match booking.as_ref().map_or("", |b| name_of(b.card)) {
        "Yellow Card" => CardColour::Yellow,
        "Second Yellow" => CardColour::SecondYellow,
        "Red Card" => CardColour::Red,
        _ => return false,
    };
    e.kind = EventKind::Card;
    e.card = Some(colour);
    e.text = narrative::card(player.map_or("Unknown player", Name::as_str), colour, foul);
    e.players.extend(player.cloned());
    true
}

fn substitution(
    ctx: &Context<'_, '_>,
    raw: &Raw<'_>,
    off: Option<&Name>,
    team: &str,
    e: &mut Event,
) -> bool {
    let Some(sub) = &raw.substitution else {
        return false;
    };
    let on = ctx.squads.name(sub.replacement);
    e.kind = EventKind::Substitution;
    e.text = narrative::substitution(
        team,
        off.map_or("unknown player", Name::as_str),
        on.as_deref().unwrap_or("unknown player"),
        name_of(sub.outcome),
    );
    e.players = vec![off.cloned().unwrap_or_default(), on.unwrap_or_default()];
    true
}
