//! The report as analysed sentences: tokens, people, team references and time expressions,
//! computed once and read by every later stage.

use super::clean::{Block, BlockKind};
use super::clock_expr::{self, TimeExpr};
use super::names::Registry;
use super::players::{self, PersonRef, Ref};
use super::teams::Teams;
use super::tokens::{Tok, tokenize};
use crate::model::Side;

/// One sentence of a readable block.
#[derive(Debug, Clone)]
pub struct Sent {
    pub start: usize,
    pub end: usize,
    /// Index of the block (line) it belongs to: a paragraph.
    pub block: usize,
    pub kind: BlockKind,
    pub toks: Vec<Tok>,
    pub refs: Vec<PersonRef>,
    pub teams: Vec<(usize, Side, usize)>,
    pub times: Vec<TimeExpr>,
    /// Inside quotation marks: someone's words, not the match.
    pub quoted: bool,
    /// Descriptors resolved by description: ("the forward" at token, the striker named before).
    pub described: Vec<(usize, usize)>,
}

impl Sent {
    pub fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.low.as_str())
    }

    /// The sentence's words, folded to lower case: what the vocabulary matchers read.
    pub fn words(&self) -> Vec<&str> {
        self.toks.iter().map(|t| t.low.as_str()).collect()
    }
}

/// Blocks whose sentences are read: prose, bullets, captions and headlines.
fn readable(kind: BlockKind) -> bool {
    matches!(
        kind,
        BlockKind::Narrative
            | BlockKind::Bullet
            | BlockKind::Caption
            | BlockKind::Headline
            | BlockKind::Heading
            | BlockKind::Quote
    )
}

/// Splits and analyses every readable block; fills `reg` with the people named.
pub fn analyse(
    text: &str,
    blocks: &[Block],
    teams: &Teams,
    reg: &mut Registry,
    extra_time: bool,
) -> Vec<Sent> {
    let mut sents = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        if !readable(block.kind) {
            continue;
        }
        let (start, end) = if block.kind == BlockKind::Caption {
            caption_body(text, block.start, block.end)
        } else {
            (block.start, block.end)
        };
        for (s, e) in super::sentences::split(text, start, end) {
            let toks = tokenize(text, s, e);
            let quoted = block.kind == BlockKind::Quote || text[s..e].starts_with(['"', '“']);
            sents.push(Sent {
                start: s,
                end: e,
                block: b,
                kind: block.kind,
                toks,
                refs: Vec::new(),
                teams: Vec::new(),
                times: Vec::new(),
                quoted,
                described: Vec::new(),
            });
        }
    }
    for s in sents.iter().filter(|s| {
        matches!(
            s.kind,
            BlockKind::Narrative | BlockKind::Bullet | BlockKind::Caption
        )
    }) {
        players::collect(&s.toks, teams, reg);
    }
    for s in &mut sents {
        s.refs = players::refs(&s.toks, teams, reg);
        s.teams = teams.mentions(&s.toks);
        s.times = clock_expr::find(&s.toks, extra_time);
    }
    describe_back(&mut sents, reg);
    sents
}

/// "The forward sealed it": a descriptor points at the latest player described that way ("Hungarian
/// striker Kovacs"), in this paragraph or the one before, where there is one.
fn describe_back(sents: &mut [Sent], reg: &Registry) {
    for si in 0..sents.len() {
        let block = sents[si].block;
        let mut found = Vec::new();
        for r in sents[si].refs.iter().filter(|r| r.r == Ref::Descriptor) {
            let head = sents[si].low(r.tok + r.len - 1).to_string();
            let hit = (0..=si)
                .rev()
                .take_while(|&k| sents[k].block + 1 >= block)
                .flat_map(|k| {
                    sents[k]
                        .refs
                        .iter()
                        .rev()
                        .filter(move |q| k < si || q.tok < r.tok)
                        .filter_map(|q| match q.r {
                            Ref::Person(id) => Some(id),
                            _ => None,
                        })
                })
                .find(|&id| reg.described_as(id, &head));
            if let Some(id) = hit {
                found.push((r.tok, id));
            }
        }
        sents[si].described = found;
    }
}

/// "[Photo caption: Smith scores.]" -> "Smith scores."
fn caption_body(text: &str, start: usize, end: usize) -> (usize, usize) {
    let inner = &text[start..end];
    let from = inner.find(':').map_or(0, |i| i + 1);
    let to = inner.rfind(']').unwrap_or(inner.len()).max(from);
    let piece = &inner[from..to];
    let lead = piece.len() - piece.trim_start().len();
    (
        start + from + lead,
        start + from + lead + piece.trim().len(),
    )
}

/// The person a pronoun or descriptor at (sentence, token) points back at: the latest person
/// named before it in this or the previous paragraph, skipping `not`.
/// Subjects (names not governed by a verb or preposition) are preferred: "Cole found space and
/// his touch beat Kim, and he scored" means Cole.
/// "the midfielder" or "the German" points at the latest name, subject or not.
pub fn resolve_back(sents: &[Sent], si: usize, tok: usize, not: Option<usize>) -> Option<usize> {
    let block = sents.get(si)?.block;
    if let Some(&(_, id)) = sents[si].described.iter().find(|d| d.0 == tok)
        && Some(id) != not
    {
        return Some(id);
    }
    // A descriptor opening its sentence is its subject, and so points at a subject too.
    let subject_first = sents[si]
        .refs
        .iter()
        .any(|r| r.tok == tok && (r.r == Ref::Pronoun || r.tok == 0 && r.r == Ref::Descriptor));
    let mut fallback = None;
    for k in (0..=si).rev() {
        let s = &sents[k];
        if s.block + 1 < block {
            break;
        }
        for r in s.refs.iter().rev() {
            if k == si && r.tok >= tok {
                continue;
            }
            if let Ref::Person(id) = r.r
                && Some(id) != not
            {
                if !subject_first || !super::clauses::governed(s, r.tok) {
                    return Some(id);
                }
                fallback = fallback.or(Some(id));
            }
        }
        if fallback.is_some() && k < si {
            break;
        }
    }
    fallback
}
