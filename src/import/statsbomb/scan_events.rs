//! The fields of a StatsBomb event that touchline uses, taken from the scanner into the raw
//! structs; every other field is skipped. A field may be missing or `null`; a field of the
//! wrong type is an error, as it would be from serde; a field given twice keeps its last value.
//!
//! The scanner reads a window that is refilled, so the strings an event keeps are copied into
//! an arena that outlives it, through `Keep`, which shares the references met before.

use super::keep::Keep;
use super::raw::{
    Booking, Carry, Event, Goalkeeper, Named, Pass, Point, Shot, Substitution, Tactics,
    TacticsPlayer,
};
use super::scan::{JsonProblem, Result, Scanner};

/// One event object.
pub fn event<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>) -> Result<Event<'a>> {
    let mut e = Event::default();
    s.open_object()?;
    let head = s.usual_head();
    if let Some(head) = &head {
        e.id = Some(keep.str(head.id));
        e.period = Some(head.period);
        e.minute = Some(head.minute);
        usual_members(s, keep, &mut e);
    }
    s.members(head.is_some(), |s, key| {
        match key {
            "id" => e.id = kept_str(s, keep)?,
            "period" => e.period = s.uint()?,
            "minute" => e.minute = s.uint()?,
            "type" => e.kind = named(s, keep)?,
            "team" => e.team = named(s, keep)?,
            "player" => e.player = named(s, keep)?,
            "position" => e.position = named(s, keep)?,
            "location" => e.location = s.nullable(point)?,
            "tactics" => e.tactics = s.nullable(|s| tactics(s, keep))?.map(Box::new),
            "shot" => e.shot = part(s, keep, shot)?,
            "pass" => e.pass = part(s, keep, pass)?,
            "carry" => e.carry = part(s, keep, |s, _| carry(s))?,
            "substitution" => e.substitution = part(s, keep, substitution)?,
            "foul_committed" => e.foul_committed = part(s, keep, booking)?,
            "bad_behaviour" => e.bad_behaviour = part(s, keep, booking)?,
            "goalkeeper" => e.goalkeeper = part(s, keep, goalkeeper)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(e)
}

/// The members that follow an event's usual opening in StatsBomb's order, read in one pass
/// as far as they come so: each all taken or not at all, the rest left to the general reader.
fn usual_members<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>, e: &mut Event<'a>) {
    let _ = (|| -> Option<()> {
        e.kind = Some(s.usual_named_member(b"\"type\"", keep)?);
        s.usual_number_member(b"\"possession\"")?;
        s.usual_named_member(b"\"possession_team\"", keep)?;
        s.usual_named_member(b"\"play_pattern\"", keep)?;
        e.team = Some(s.usual_named_member(b"\"team\"", keep)?);
        e.player = Some(s.usual_named_member(b"\"player\"", keep)?);
        e.position = Some(s.usual_named_member(b"\"position\"", keep)?);
        let (x, y) = s.usual_point_member(b"\"location\"")?;
        e.location = Some(Point { x, y });
        // Not every event has these two.
        let _ = s.usual_float_member(b"\"duration\"");
        let _ = s.usual_true_member(b"\"under_pressure\"");
        s.usual_strings_member(b"\"related_events\"")?;
        Some(())
    })();
}

/// A part only some events have (`read` reads it), or `null`, kept in the arena.
fn part<'a, T>(
    s: &mut Scanner<'_>,
    keep: &mut Keep<'a>,
    read: impl FnOnce(&mut Scanner<'_>, &mut Keep<'a>) -> Result<T>,
) -> Result<Option<&'a T>> {
    let part = s.nullable(|s| read(s, keep))?;
    Ok(keep.part(part))
}

/// A string or `null`, copied into the arena.
fn kept_str<'a>(s: &mut Scanner<'_>, keep: &Keep<'a>) -> Result<Option<&'a str>> {
    Ok(s.str()?.map(|text| keep.str(&text)))
}

/// `{"id": 16, "name": "Shot"}` or `null`.
fn named<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>) -> Result<Option<&'a Named<'a>>> {
    if let Some(usual) = s.usual_named_kept(keep) {
        return Ok(Some(usual));
    }
    let read = s.nullable(|s| {
        let (mut id, mut name) = (None, None);
        s.object(|s, key| {
            match key {
                "id" => id = s.uint()?,
                "name" => name = s.str()?,
                _ => s.skip()?,
            }
            Ok(())
        })?;
        Ok((id, name))
    })?;
    Ok(read.map(|(id, name)| keep.named(id, name.as_deref())))
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

fn tactics<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>) -> Result<Tactics<'a>> {
    let mut t = Tactics::default();
    s.object(|s, key| {
        match key {
            "formation" => t.formation = s.uint()?,
            "lineup" => {
                // A key given twice keeps its last value, as for every other field.
                t.lineup.clear();
                s.nullable(|s| {
                    s.array(|s| {
                        t.lineup.push(tactics_player(s, keep)?);
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

fn tactics_player<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>) -> Result<TacticsPlayer<'a>> {
    let mut p = TacticsPlayer::default();
    s.object(|s, key| {
        match key {
            "player" => p.player = named(s, keep)?,
            "position" => p.position = named(s, keep)?,
            "jersey_number" => p.jersey_number = s.uint()?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn shot<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>) -> Result<Shot<'a>> {
    let mut shot = Shot::default();
    s.object(|s, key| {
        match key {
            "statsbomb_xg" => shot.statsbomb_xg = s.nullable(Scanner::float)?,
            "end_location" => shot.end_location = s.nullable(point)?,
            "key_pass_id" => shot.key_pass_id = kept_str(s, keep)?,
            "outcome" => shot.outcome = named(s, keep)?,
            "type" => shot.kind = named(s, keep)?,
            "body_part" => shot.body_part = named(s, keep)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(shot)
}

fn pass<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>) -> Result<Pass<'a>> {
    let mut pass = Pass::default();
    s.open_object()?;
    // How StatsBomb opens a pass, read in one pass when it is so.
    let usual = s.all_or_nothing(|s| {
        let recipient = s.usual_first_named_member(b"\"recipient\"", keep)?;
        s.usual_float_member(b"\"length\"")?;
        s.usual_float_member(b"\"angle\"")?;
        s.usual_named_member(b"\"height\"", keep)?;
        let end = s.usual_point_member(b"\"end_location\"")?;
        Some((recipient, end))
    });
    if let Some((recipient, (x, y))) = usual {
        pass.recipient = Some(recipient);
        pass.end_location = Some(Point { x, y });
    }
    s.members(usual.is_some(), |s, key| {
        match key {
            "recipient" => pass.recipient = named(s, keep)?,
            "end_location" => pass.end_location = s.nullable(point)?,
            "outcome" => pass.outcome = named(s, keep)?,
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

fn substitution<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>) -> Result<Substitution<'a>> {
    let mut sub = Substitution::default();
    s.object(|s, key| {
        match key {
            "replacement" => sub.replacement = named(s, keep)?,
            "outcome" => sub.outcome = named(s, keep)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(sub)
}

fn booking<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>) -> Result<Booking<'a>> {
    let mut booking = Booking::default();
    s.object(|s, key| {
        match key {
            "card" => booking.card = named(s, keep)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(booking)
}

fn goalkeeper<'a>(s: &mut Scanner<'_>, keep: &mut Keep<'a>) -> Result<Goalkeeper<'a>> {
    let mut keeper = Goalkeeper::default();
    s.object(|s, key| {
        match key {
            "type" => keeper.kind = named(s, keep)?,
            "outcome" => keeper.outcome = named(s, keep)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(keeper)
}
