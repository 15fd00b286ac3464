//! The fields of a StatsBomb event that touchline uses, taken from the scanner into the raw
//! structs; every other field is skipped. A field may be missing or `null`; a field of the
//! wrong type is an error, as it would be from serde; a field given twice keeps its last value.

use super::raw::{
    Booking, Carry, Event, Goalkeeper, Named, Pass, Point, Shot, Substitution, Tactics,
    TacticsPlayer,
};
use super::scan::{JsonProblem, Result, Scanner};

/// One event object.
pub fn event<'a>(s: &mut Scanner<'a>) -> Result<Event<'a>> {
    let mut e = Event::default();
    s.object(|s, key| {
        match key {
            "id" => e.id = s.str()?,
            "period" => e.period = s.uint()?,
            "minute" => e.minute = s.uint()?,
            "type" => e.kind = named(s)?,
            "team" => e.team = named(s)?,
            "player" => e.player = named(s)?,
            "position" => e.position = named(s)?,
            "location" => e.location = s.nullable(point)?,
            "tactics" => e.tactics = s.nullable(tactics)?.map(Box::new),
            "shot" => e.shot = s.nullable(shot)?.map(Box::new),
            "pass" => e.pass = s.nullable(pass)?.map(Box::new),
            "carry" => e.carry = s.nullable(carry)?,
            "substitution" => e.substitution = s.nullable(substitution)?.map(Box::new),
            "foul_committed" => e.foul_committed = s.nullable(booking)?.map(Box::new),
            "bad_behaviour" => e.bad_behaviour = s.nullable(booking)?.map(Box::new),
            "goalkeeper" => e.goalkeeper = s.nullable(goalkeeper)?.map(Box::new),
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(e)
}

/// `{"id": 16, "name": "Shot"}` or `null`.
fn named<'a>(s: &mut Scanner<'a>) -> Result<Option<Named<'a>>> {
    s.nullable(|s| {
        let mut n = Named::default();
        s.object(|s, key| {
            match key {
                "id" => n.id = s.uint()?,
                "name" => n.name = s.str()?,
                _ => s.skip()?,
            }
            Ok(())
        })?;
        Ok(n)
    })
}

/// `[x, y]`, or `[x, y, z]` for a shot's end: the pitch view has no use for the height.
fn point(s: &mut Scanner<'_>) -> Result<Point> {
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

fn tactics<'a>(s: &mut Scanner<'a>) -> Result<Tactics<'a>> {
    let mut t = Tactics::default();
    s.object(|s, key| {
        match key {
            "formation" => t.formation = s.uint()?,
            "lineup" => {
                // A key given twice keeps its last value, as for every other field.
                t.lineup.clear();
                s.nullable(|s| {
                    s.array(|s| {
                        t.lineup.push(tactics_player(s)?);
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

fn tactics_player<'a>(s: &mut Scanner<'a>) -> Result<TacticsPlayer<'a>> {
    let mut p = TacticsPlayer::default();
    s.object(|s, key| {
        match key {
            "player" => p.player = named(s)?,
            "position" => p.position = named(s)?,
            "jersey_number" => p.jersey_number = s.uint()?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(p)
}

fn shot<'a>(s: &mut Scanner<'a>) -> Result<Shot<'a>> {
    let mut shot = Shot::default();
    s.object(|s, key| {
        match key {
            "statsbomb_xg" => shot.statsbomb_xg = s.nullable(Scanner::float)?,
            "end_location" => shot.end_location = s.nullable(point)?,
            "key_pass_id" => shot.key_pass_id = s.str()?,
            "outcome" => shot.outcome = named(s)?,
            "type" => shot.kind = named(s)?,
            "body_part" => shot.body_part = named(s)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(shot)
}

fn pass<'a>(s: &mut Scanner<'a>) -> Result<Pass<'a>> {
    let mut pass = Pass::default();
    s.object(|s, key| {
        match key {
            "recipient" => pass.recipient = named(s)?,
            "end_location" => pass.end_location = s.nullable(point)?,
            "outcome" => pass.outcome = named(s)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(pass)
}

fn carry(s: &mut Scanner<'_>) -> Result<Carry> {
    let mut carry = Carry::default();
    s.object(|s, key| {
        match key {
            "end_location" => carry.end_location = s.nullable(point)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(carry)
}

fn substitution<'a>(s: &mut Scanner<'a>) -> Result<Substitution<'a>> {
    let mut sub = Substitution::default();
    s.object(|s, key| {
        match key {
            "replacement" => sub.replacement = named(s)?,
            "outcome" => sub.outcome = named(s)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(sub)
}

fn booking<'a>(s: &mut Scanner<'a>) -> Result<Booking<'a>> {
    let mut booking = Booking::default();
    s.object(|s, key| {
        match key {
            "card" => booking.card = named(s)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(booking)
}

fn goalkeeper<'a>(s: &mut Scanner<'a>) -> Result<Goalkeeper<'a>> {
    let mut keeper = Goalkeeper::default();
    s.object(|s, key| {
        match key {
            "type" => keeper.kind = named(s)?,
            "outcome" => keeper.outcome = named(s)?,
            _ => s.skip()?,
        }
        Ok(())
    })?;
    Ok(keeper)
}
