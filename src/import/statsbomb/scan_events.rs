//! The fields of a StatsBomb event that touchline uses, taken from the scanner into the raw
//! structs; every other field is skipped. A field may be missing or `null`; a field of the
//! wrong type is an error, as it would be from serde; a field given twice keeps its last value.
//!
//! The scanner reads a window that is refilled, so the strings an event keeps are copied into
//! an arena that outlives it.

use super::raw::{
    Booking, Carry, Event, Goalkeeper, Named, Pass, Point, Shot, Substitution, Tactics,
    TacticsPlayer,
};
use super::scan::{JsonProblem, Result, Scanner};
use bumpalo::Bump;

/// One event object.
pub fn event<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<Event<'a>> {
    let mut e = Event::default();
    s.open_object()?;
    let head = s.usual_head();
    if let Some(head) = &head {
        e.id = Some(arena.alloc_str(head.id));
        e.period = Some(head.period);
        e.minute = Some(head.minute);
        usual_members(s, arena, &mut e);
    }
    s.members(head.is_some(), |s, key| {
        match key {
            "id" => e.id = keep(s, arena)?,
            "period" => e.period = s.uint()?,
            "minute" => e.minute = s.uint()?,
            "type" => e.kind = named(s, arena)?,
            "team" => e.team = named(s, arena)?,
            "player" => e.player = named(s, arena)?,
            "position" => e.position = named(s, arena)?,
            "location" => e.location = s.nullable(point)?,
            "tactics" => e.tactics = s.nullable(|s| tactics(s, arena))?.map(Box::new),
            "shot" => e.shot = in_arena(arena, s.nullable(|s| shot(s, arena))?),
            "pass" => e.pass = in_arena(arena, s.nullable(|s| pass(s, arena))?),
            "carry" => e.carry = in_arena(arena, s.nullable(carry)?),
            "substitution" => {
                e.substitution = in_arena(arena, s.nullable(|s| substitution(s, arena))?)
            }
            "foul_committed" => {
                e.foul_committed = in_arena(arena, s.nullable(|s| booking(s, arena))?)
            }
            "bad_behaviour" => {
                e.bad_behaviour = in_arena(arena, s.nullable(|s| booking(s, arena))?)
            }
            "goalkeeper" => e.goalkeeper = in_arena(arena, s.nullable(|s| goalkeeper(s, arena))?),
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(e)
}

/// The members that follow an event's usual opening in StatsBomb's order, read in one pass
/// as far as they come so: each all taken or not at all, the rest left to the general reader.
fn usual_members<'a>(s: &mut Scanner<'_>, arena: &'a Bump, e: &mut Event<'a>) {
    let _ = (|| -> Option<()> {
        e.kind = Some(kept(arena, s.usual_named_member(b"\"type\"")?));
        s.usual_number_member(b"\"possession\"")?;
        s.usual_named_member(b"\"possession_team\"")?;
        s.usual_named_member(b"\"play_pattern\"")?;
        e.team = Some(kept(arena, s.usual_named_member(b"\"team\"")?));
        e.player = Some(kept(arena, s.usual_named_member(b"\"player\"")?));
        e.position = Some(kept(arena, s.usual_named_member(b"\"position\"")?));
        let (x, y) = s.usual_point_member(b"\"location\"")?;
        e.location = Some(Point { x, y });
        // Not every event has these two.
        let _ = s.usual_float_member(b"\"duration\"");
        let _ = s.usual_true_member(b"\"under_pressure\"");
        s.usual_strings_member(b"\"related_events\"")?;
        Some(())
    })();
}

/// A reference the fast path read, its name copied into the arena.
fn kept<'a>(arena: &'a Bump, (id, name): (u64, &str)) -> Named<'a> {
    Named {
        id: Some(id),
        name: Some(arena.alloc_str(name)),
    }
}

/// A string or `null`, copied into the arena.
fn keep<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<Option<&'a str>> {
    Ok(s.str()?.map(|text| &*arena.alloc_str(&text)))
}

/// A part only some events have, moved into the arena. The parts hold nothing to drop, which
/// the arena would never do.
fn in_arena<T>(arena: &Bump, part: Option<T>) -> Option<&T> {
    const { assert!(!std::mem::needs_drop::<T>()) };
    part.map(|p| &*arena.alloc(p))
}

/// `{"id": 16, "name": "Shot"}` or `null`.
fn named<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<Option<Named<'a>>> {
    if let Some(usual) = s.usual_named() {
        return Ok(Some(kept(arena, usual)));
    }
    s.nullable(|s| {
        let mut n = Named::default();
        s.object(|s, key| {
            match key {
                "id" => n.id = s.uint()?,
                "name" => n.name = keep(s, arena)?,
                _ => s.skip()?,
            }
            Ok(())
        })?;
        Ok(n)
    })
}

/// `[x, y]`, or `[x, y, z]` for a shot's end: the pitch view has no use for the height.
fn point(s: &mut Scanner<'_>) -> Result<Point> {
    if let Some((x, y)) = s.usual_point() {
        return Ok(Point { x, y });
    }
    let mut xy = [0.0; 2];
    let mut count = 0;
    s.array(|s| {
        if let Some(slot) = xy.get_mut(count) {
            *slot = s.float()?;
        } else {
            s.skip()?;
        }
        count += 1;
        Ok(())
    })?;
    if count < 2 {
        return Err(s.error(JsonProblem::Data, "expected a location [x, y] or [x, y, z]"));
    }
    Ok(Point { x: xy[0], y: xy[1] })
}

fn tactics<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<Tactics<'a>> {
    let mut t = Tactics::default();
    s.object(|s, key| {
        match key {
            "formation" => t.formation = s.uint()?,
            "lineup" => {
                // A key given twice keeps its last value, as for every other field.
                t.lineup.clear();
                s.nullable(|s| {
                    s.array(|s| {
                        t.lineup.push(tactics_player(s, arena)?);
                        Ok(())
                    })
                })?;
            }
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(t)
}

fn tactics_player<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<TacticsPlayer<'a>> {
    let mut p = TacticsPlayer::default();
    s.object(|s, key| {
        match key {
            "player" => p.player = named(s, arena)?,
            "position" => p.position = named(s, arena)?,
            "jersey_number" => p.jersey_number = s.uint()?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn shot<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<Shot<'a>> {
    let mut shot = Shot::default();
    s.object(|s, key| {
        match key {
            "statsbomb_xg" => shot.statsbomb_xg = s.nullable(Scanner::float)?,
            "end_location" => shot.end_location = s.nullable(point)?,
            "key_pass_id" => shot.key_pass_id = keep(s, arena)?,
            "outcome" => shot.outcome = named(s, arena)?,
            "type" => shot.kind = named(s, arena)?,
            "body_part" => shot.body_part = named(s, arena)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(shot)
}

fn pass<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<Pass<'a>> {
    let mut pass = Pass::default();
    s.open_object()?;
    // How StatsBomb opens a pass, read in one pass when it is so.
    let usual = s.all_or_nothing(|s| {
        let recipient = s.usual_first_named_member(b"\"recipient\"")?;
        s.usual_float_member(b"\"length\"")?;
        s.usual_float_member(b"\"angle\"")?;
        s.usual_named_member(b"\"height\"")?;
        let end = s.usual_point_member(b"\"end_location\"")?;
        Some((recipient, end))
    });
    if let Some((recipient, (x, y))) = usual {
        pass.recipient = Some(kept(arena, recipient));
        pass.end_location = Some(Point { x, y });
    }
    s.members(usual.is_some(), |s, key| {
        match key {
            "recipient" => pass.recipient = named(s, arena)?,
            "end_location" => pass.end_location = s.nullable(point)?,
            "outcome" => pass.outcome = named(s, arena)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(pass)
}

fn carry(s: &mut Scanner<'_>) -> Result<Carry> {
    let mut carry = Carry::default();
    s.open_object()?;
    let usual = s.usual_first_point_member(b"\"end_location\"");
    if let Some((x, y)) = usual {
        carry.end_location = Some(Point { x, y });
    }
    s.members(usual.is_some(), |s, key| {
        match key {
            "end_location" => carry.end_location = s.nullable(point)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(carry)
}

fn substitution<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<Substitution<'a>> {
    let mut sub = Substitution::default();
    s.object(|s, key| {
        match key {
            "replacement" => sub.replacement = named(s, arena)?,
            "outcome" => sub.outcome = named(s, arena)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(sub)
}

fn booking<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<Booking<'a>> {
    let mut booking = Booking::default();
    s.object(|s, key| {
        match key {
            "card" => booking.card = named(s, arena)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(booking)
}

fn goalkeeper<'a>(s: &mut Scanner<'_>, arena: &'a Bump) -> Result<Goalkeeper<'a>> {
    let mut keeper = Goalkeeper::default();
    s.object(|s, key| {
        match key {
            "type" => keeper.kind = named(s, arena)?,
            "outcome" => keeper.outcome = named(s, arena)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(keeper)
}
