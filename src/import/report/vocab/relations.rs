//! Words that relate two players: passes join team-mates, challenges and saves set
//! opponents.

pub const SAME: &[&str] = &[
    "found",
    "slipped",
    "slipping",
    "picked",
    "out",
    "fed",
    "crossed",
    "teed",
    "replaced",
    "place",
    "for",
    "assistances",
    "assists",
    "assist",
    "to",
];

pub const OPP: &[&str] = &[
    "dispossessed",
    "tackled",
    "fouled",
    "tripped",
    "beat",
    "beats",
    "beating",
    "denied",
    "bringing",
    "down",
    "brought",
    "off",
    "of",
    "past",
    "over",
    "under",
    "from",
    "trailing",
    "left",
    "head",
    "reach",
    "post",
    "invited",
];

pub const FEED_NOUNS: &[&str] = &[
    "cross",
    "corner",
    "pass",
    "free-kick",
    "through-ball",
    "assist",
    "delivery",
];
