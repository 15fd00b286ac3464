//! Merging goal mentions into goals. A report tells the match several times: the lede gives
//! the decisive goal, a summary lists the scorers, the body goes through them in order. Each
//! run of mentions in match order is a "pass"; the fullest pass is the skeleton and the others
//! are aligned onto it (monotone, like a diff), so a goal told three times counts once.

use super::clock_expr::When;
use super::events::Mention;
use super::triggers::State;
use crate::model::{Clock, Side};

/// One goal as merged from its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    /// Indices into the mention list, in text order.
    pub mentions: Vec<usize>,
    pub scorer: Option<usize>,
    pub strong: bool,
    pub side: Side,
    pub own_goal: bool,
    pub penalty: bool,
    pub when: Option<When>,
    pub state: State,
    pub running: Option<(u16, u16)>,
    pub reach: Option<u16>,
    pub ordinal: Option<(Side, u16)>,
    /// The block (paragraph) of the first mention: passes are cut at section changes.
    pub block: usize,
    pub section: u8,
    /// Told only in a summary with no match order ("hat-tricks from X and Y").
    pub unordered: bool,
}

impl Goal {
    /// A goal the text does not describe: no scorer, no time.
    pub fn blank(side: Side) -> Self {
        Goal {
            mentions: Vec::new(),
            scorer: None,
            strong: false,
            side,
            own_goal: false,
            penalty: false,
            when: None,
            state: State::None,
            running: None,
            reach: None,
            ordinal: None,
            block: 0,
            section: 0,
            unordered: false,
        }
    }

    fn from(k: usize, m: &Mention, block: usize, section: u8) -> Self {
        Goal {
            mentions: vec![k],
            scorer: m.scorer,
            strong: m.strong,
            side: m.side,
            own_goal: m.own_goal,
            penalty: m.penalty,
            when: m.when,
            state: m.state,
            running: m.running,
            reach: m.reach,
            ordinal: m.ordinal,
            block,
            section,
            unordered: m.unordered,
        }
    }

    /// The goal's place in the match where the text fixes it: "the third goal", "made it 2-1".
    pub fn place(&self) -> Option<u16> {
        match (self.ordinal, self.running) {
            (Some((Side::None, n)), _) => Some(n),
            (_, Some((x, y))) => Some(x + y),
            _ => None,
        }
    }

    /// A stated or guessed clock, if the goal has one of its own.
    pub fn clock(&self) -> Option<Clock> {
        match self.when {
            Some(When::At(c)) => Some(c),
            _ => None,
        }
    }

    pub fn absorb(&mut self, o: &Goal) {
        self.mentions.extend(o.mentions.iter().copied());
        self.mentions.sort_unstable();
        if o.strong && !self.strong || self.scorer.is_none() {
            self.scorer = o.scorer.or(self.scorer);
            self.strong |= o.strong;
        }
        if self.side == Side::None {
            self.side = o.side;
        }
        self.own_goal |= o.own_goal;
        self.penalty |= o.penalty;
        self.when = match (self.when, o.when) {
            (Some(When::At(a)), Some(When::At(b))) if a.approximate && !b.approximate => o.when,
            (None, w) | (Some(When::After { .. }), w @ Some(When::At(_))) => w,
            (w, _) => w,
        };
        if self.state == State::None {
            self.state = o.state;
        }
        self.running = self.running.or(o.running);
        self.reach = self.reach.or(o.reach);
        self.ordinal = self.ordinal.or(o.ordinal);
    }
}

/// How well two tellings fit one goal: `None` when they cannot be the same goal.
pub fn fit(a: &Goal, b: &Goal) -> Option<f32> {
    let mut score = 1.0;
    match (a.scorer, b.scorer) {
        (Some(x), Some(y)) if x == y => score += 3.0,
        (Some(_), Some(_)) if a.strong && b.strong => return None,
        (Some(_), Some(_)) => score -= 0.5,
        _ => {}
    }
    match (a.side, b.side) {
        (x, y) if x != Side::None && y != Side::None && x != y => return None,
        (x, y) if x != Side::None && x == y => score += 1.0,
        _ => {}
    }
    if let (Some(x), Some(y)) = (a.clock(), b.clock()) {
        if !x.approximate && !y.approximate {
            if x.key() != y.key() && x.elapsed() != y.elapsed() {
                return None;
            }
            score += 2.0;
        } else if x.period != y.period
            // "on the hour" and "in stoppage time" are two goals.
            || (x.approximate != y.approximate && (x.elapsed() - y.elapsed()).abs() > 20.0)
        {
            return None;
        } else {
            score += 1.0
                + f32::from(x.added > 0 && y.added > 0)
                + f32::from(x.elapsed() >= 80.0 && y.elapsed() >= 80.0);
        }
    }
    if let (Some(x), Some(y)) = (a.running, b.running) {
        if x != y && (x.1, x.0) != y {
            return None;
        }
        score += 2.0;
    }
    if let (Some(x), Some(y)) = (a.ordinal, b.ordinal)
        && x.0 == y.0
        && x.1 != y.1
    {
        return None;
    }
    // "Rovers' second goal" cannot be the goal that made it 3-0.
    for (o, r) in [(a, b), (b, a)] {
        if let (Some((side, n)), Some((x, y))) = (o.ordinal, r.running) {
            let fits = if side == Side::None {
                x + y == n
            } else {
                x == n || y == n
            };
            if !fits {
                return None;
            }
        }
    }
    // "doubled the advantage" and "pulled one back" cannot be one goal.
    let opposed = |x: State, y: State| {
        matches!(
            (x, y),
            (State::Lead | State::Turnaround | State::Winner, State::Back)
                | (State::Back, State::Lead | State::Turnaround | State::Winner)
        )
    };
    if opposed(a.state, b.state) {
        return None;
    }
    if a.state != State::None && a.state == b.state {
        score += 1.0;
    }
    if a.state == State::Winner && b.state == State::Winner {
        score += 1.0;
    }
    score += f32::from(a.own_goal && b.own_goal) + f32::from(a.penalty && b.penalty);
    Some(score)
}

/// Consecutive mentions of one paragraph about one goal become one telling.
pub fn tellings(
    ms: &[Mention],
    block_of: &dyn Fn(usize) -> usize,
    section_of: &dyn Fn(usize) -> u8,
) -> Vec<Goal> {
    let mut out: Vec<Goal> = Vec::new();
    let mut last_sent = usize::MAX;
    for (k, m) in ms.iter().enumerate() {
        let g = Goal::from(k, m, block_of(m.sent), section_of(m.sent));
        if let Some(prev) = out.last_mut() {
            // "Bologna went in front in the 38th minute. / ... Arnautovic drove the resulting
            // penalty into the top corner.": a team's goal with its time, then its scorer told
            // within the next two sentences, even in the next paragraph.
            let told_on = prev.scorer.is_none()
                && prev.section == g.section
                && g.scorer.is_some()
                && g.strong
                && g.when.is_none()
                && prev.clock().is_some_and(|c| !c.approximate)
                && m.sent > last_sent
                && m.sent - last_sent <= 2
                && g.block <= prev.block + 1;
            let same_para = (prev.block == g.block || told_on) && last_sent != m.sent;
            let scorers_agree = prev.scorer.is_none()
                || g.scorer.is_none()
                || prev.scorer == g.scorer
                || !prev.strong
                || !g.strong;
            // "... and he added a second. Kelly made it 3-0": a further goal is never the
            // next sentence's goal told again.
            let further = m.again || prev.mentions.last().is_some_and(|&j| ms[j].again);
            if same_para
                && scorers_agree
                && !further
                && fit(prev, &g).is_some()
                && !(prev.strong && g.strong && m.when.is_some() && prev.when.is_some())
            {
                prev.absorb(&g);
                last_sent = m.sent;
                continue;
            }
        }
        last_sent = m.sent;
        out.push(g);
    }
    out
}

/// Whether `g` must come before `prev` in the match: a new pass starts.
fn goes_back(prev: &Goal, g: &Goal, pass_len: usize) -> bool {
    if prev.section != g.section {
        return true;
    }
    if let (Some(a), Some(b)) = (prev.clock(), g.clock())
        && (b.period < a.period || (!a.approximate && !b.approximate && b.key() < a.key()))
    {
        return true;
    }
    if let (Some(a), Some(b)) = (prev.running, g.running)
        && b.0 + b.1 < a.0 + a.1
    {
        return true;
    }
    let first = g.state == State::Opener
        || g.ordinal
            .is_some_and(|o| o.0 == Side::None && usize::from(o.1) <= pass_len);
    first && pass_len > 0
}

/// Cuts tellings into passes, each in match order. `total` is the number of goals the stated
/// result implies: once a pass has told that many, a new paragraph telling a goal is telling
/// the match again (a summary paragraph, then the body).
pub fn passes(ts: Vec<Goal>, total: Option<usize>) -> Vec<Vec<Goal>> {
    let mut out: Vec<Vec<Goal>> = Vec::new();
    for g in ts {
        // A team cannot take the lead (or draw level) twice running: one goal told twice.
        if let Some(prev) = out.last_mut().and_then(|p| p.last_mut()) {
            let repeat = prev.state != State::None
                && prev.state == g.state
                && prev.side == g.side
                && prev.section == g.section;
            // "went 3-0 up ... X hammered the third goal in": one place in the match, one goal.
            let same_place = prev.place().is_some() && prev.place() == g.place();
            if (repeat || same_place) && (!prev.strong || !g.strong) && fit(prev, &g).is_some() {
                prev.absorb(&g);
                continue;
            }
            // Two photo captions of "Kessie scores their first goal": one goal.
            let same_goal = prev.scorer.is_some()
                && prev.scorer == g.scorer
                && (prev.ordinal.is_some() && prev.ordinal == g.ordinal
                    || prev.section == 2
                        && g.section == 2
                        && prev.when.is_none()
                        && g.when.is_none());
            if same_goal && fit(prev, &g).is_some() {
                prev.absorb(&g);
                continue;
            }
        }
        match out.last_mut() {
            Some(p)
                if p.last().is_some_and(|prev| prev.unordered == g.unordered)
                    && p.last().is_some_and(|prev| {
                        let told_all = total.is_some_and(|t| p.len() >= t) && prev.block != g.block;
                        // The last goal with a time, past any untimed ones told since.
                        let timed = p.iter().rev().find(|x| x.clock().is_some()).unwrap_or(prev);
                        !told_all && !goes_back(prev, &g, p.len()) && !goes_back(timed, &g, p.len())
                    }) =>
            {
                p.push(g)
            }
            Some(p) => {
                // "Starfelt put through his own net with five minutes of extra time left. / It
                // was Celtic who went ahead when Taylor fired in. / Arfield equalised with 12
                // minutes of normal time remaining": goals with no time told in later
                // paragraphs than the pass's last timed goal start the new telling.
                let anchor = p.iter().rposition(|x| x.clock().is_some());
                let moved = match anchor {
                    Some(k) => {
                        let block = p[k].block;
                        let first = (k + 1..p.len())
                            .find(|&j| {
                                p[j].block != block
                                    && p[j].when.is_none()
                                    && p[j].section == g.section
                            })
                            .filter(|&j| p[j..].iter().all(|x| x.when.is_none()));
                        first.map(|j| p.split_off(j)).unwrap_or_default()
                    }
                    None => Vec::new(),
                };
                let mut next = moved;
                next.push(g);
                out.push(next);
            }
            None => out.push(vec![g]),
        }
    }
    out
}
