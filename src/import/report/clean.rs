//! Splits a report into lines and says what each one is: narrative, headline, line-up,
//! caption, social-media embed, byline, and so on.
//!
//! Later stages read only the kinds they understand: goals come from narrative, bullets and
//! captions; teams and the result also from headlines and score lines; embeds and bylines are
//! dropped so their words are never taken for the match.

use chrono::NaiveDate;

/// What a line of the report is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The first line: a title, often with the result.
    Headline,
    /// A short line with no sentence punctuation: competition, score line, sub-headline.
    Heading,
    /// A summary bullet ("* Smith scores twice").
    Bullet,
    /// Body text.
    Narrative,
    /// Someone's words, kept as a note but never read for events.
    Quote,
    /// "Team: Keeper; Defender, ..." with substitutes in brackets.
    Lineup,
    /// "Team: Name 56' yellow card; Name 71' goal".
    EventList,
    /// "[Photo caption: ...]": facts, but not narrative.
    Caption,
    /// Embedded social-media posts, bylines, "Line-ups" headers: ignored.
    Skip,
}

/// One line of the report (byte range into the source, trimmed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
    /// The place of a dateline opening this block: the host city ("MOSCOW, Oct 17 (Reuters) -"),
    /// with the country when one is written ("TIANJIN, China —" gives "TIANJIN, China").
    pub city: Option<String>,
}

/// The report's date line, if any, and its lines classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    pub date: Option<NaiveDate>,
    pub blocks: Vec<Block>,
}

/// Classifies every non-empty line of `text`.
pub fn clean(text: &str) -> Cleaned {
    let mut date = None;
    let mut blocks = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let lead = raw.len() - raw.trim_start().len();
        let mut start = line_start + lead;
        let end = line_start + raw.trim_end().len();
        if start >= end {
            continue;
        }
        if let Some((d, rest)) = date_line(&text[start..end]) {
            date = date.or(Some(d));
            start = end - rest.len();
            if rest.is_empty() {
                continue;
            }
        }
        let line = &text[start..end];
        let first = blocks.is_empty();
        let (kind, city, body) = classify(line, first);
        blocks.push(Block {
            kind,
            start: start + body,
            end,
            city,
        });
    }
    Cleaned { date, blocks }
}

/// "date 2018-02-15" at the start of a line: the date and whatever follows it on the line.
fn date_line(line: &str) -> Option<(NaiveDate, &str)> {
    let rest = line.strip_prefix("date")?.trim_start();
    let stamp = rest.get(..10)?;
    let d = NaiveDate::parse_from_str(stamp, "%Y-%m-%d").ok()?;
    Some((d, rest[10..].trim_start()))
}

fn classify(line: &str, first: bool) -> (BlockKind, Option<String>, usize) {
    let low = line.to_lowercase();
    if is_embed(&low) || is_byline(line) || is_skip_header(&low) {
        return (BlockKind::Skip, None, 0);
    }
    if low.starts_with("[photo") || low.starts_with("photo:") || low.starts_with("caption:") {
        return (BlockKind::Caption, None, 0);
    }
    if let Some(rest) = line.strip_prefix(['*', '•']) {
        return (BlockKind::Bullet, None, line.len() - rest.len());
    }
    if line.starts_with(['"', '“', '-', '–', '—'])
        && (low.contains(" said") || low.contains("said "))
    {
        return (BlockKind::Quote, None, 0);
    }
    if let Some(kind) = team_list(line) {
        return (kind, None, 0);
    }
    let words = line.split_whitespace().count();
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '”', ')']) && words > 6;
    // "... into wild celebration. REUTERS": a paragraph with a trailing credit is still prose.
    let prose = words > 20 && line.contains(". ");
    if !ends_sentence && !prose {
        let kind = if first {
            BlockKind::Headline
        } else {
            BlockKind::Heading
        };
        return (kind, None, 0);
    }
    match dateline(line) {
        Some((city, skip)) => (BlockKind::Narrative, city, skip),
        None => (BlockKind::Narrative, None, 0),
    }
}

fn is_embed(low: &str) -> bool {
    low.contains("pic.twitter.com")
        || (low.contains("(@") && low.contains(')'))
        || low.starts_with("read more")
        || low.starts_with("advertisement")
}

fn is_byline(line: &str) -> bool {
    line.starts_with("By ") && line.split_whitespace().count() <= 6 && !line.ends_with('.')
}

fn is_skip_header(low: &str) -> bool {
    let t = low.trim_end_matches(':').trim();
    matches!(
        t,
        "line-ups" | "lineups" | "line ups" | "teams" | "subs not used" | "substitutes"
    ) || t.starts_with("subs not used")
        || t.starts_with("subs:")
        || t.starts_with("referee:")
        || t.starts_with("attendance:")
}

/// "Name: a; b, c (d 72), ..." is a line-up; with minute stamps ("56'") it is an event list.
fn team_list(line: &str) -> Option<BlockKind> {
    let (head, rest) = line.split_once(':')?;
    let words = head.split_whitespace().count();
    let capitalised = head.trim().chars().next().is_some_and(char::is_uppercase);
    if words == 0 || words > 5 || !capitalised || head.contains(',') {
        return None;
    }
    let stamps = rest
        .split_whitespace()
        .filter(|w| {
            w.trim_end_matches([';', ',']).ends_with(['\'', '’'])
                && w.starts_with(|c: char| c.is_ascii_digit())
        })
        .count();
    if stamps >= 1 && rest.contains(';') || stamps >= 2 {
        return Some(BlockKind::EventList);
    }
    let items = rest.split([',', ';']).count();
    let long_items = rest
        .split([',', ';'])
        .filter(|s| s.split_whitespace().count() > 6)
        .count();
    (items >= 6 && long_items <= 1).then_some(BlockKind::Lineup)
}

/// "SEOUL, Oct. 8 (Yonhap) --", "MEXICO CITY, Dec. 14 (Xinhua) --": any agency in brackets
/// then a dash. The byte length of the credit, if the line opens with one.
fn agency_credit(line: &str) -> Option<usize> {
    let close = line.get(..60.min(line.len()))?.find(") ")?;
    let open = line[..close].rfind('(')?;
    let agency = &line[open + 1..close];
    let named = !agency.is_empty()
        && agency.split_whitespace().count() <= 3
        && agency.starts_with(char::is_uppercase);
    let rest = &line[close + 2..];
    let dash = ["--", "-", "—", "–"]
        .iter()
        .find(|d| rest.starts_with(*d))?;
    named.then_some(close + 2 + dash.len())
}

/// "KOCHI" in "KOCHI: Kerala Blasters came from behind...": a city in capitals.
fn shouted_city(head: &str) -> bool {
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    (3..=30).contains(&letters)
        && head
            .chars()
            .all(|c| c.is_alphabetic() && c.is_uppercase() || matches!(c, ' ' | '-' | '.'))
}

/// A dateline at the start of a paragraph: its city (if written) and the byte length to skip.
/// "MOSCOW, Oct 17 (Reuters) - ", "VASCO, Feb 4: ", "Nov 26 (Reuters) - ".
fn dateline(line: &str) -> Option<(Option<String>, usize)> {
    let cut = [
        "(Reuters) -",
        "(AFP) -",
        "(AP) -",
        "(Reuters) –",
        "(Reuters) —",
        "(AP) —",
        "(AP) –",
        "(AFP) —",
        "(AFP) –",
    ]
    .iter()
    .filter_map(|m| line.find(m).map(|i| i + m.len()))
    .next()
    .or_else(|| agency_credit(line))
    .or_else(|| {
        // "TIANJIN, China — Iraq ousted China": a city in capitals, a country, a dash.
        let i = line.find(" — ").or_else(|| line.find(" – "))?;
        let (city, _) = line[..i].split_once(',')?;
        (i < 40 && shouted_city(city)).then_some(i + 4)
    })
    .or_else(|| {
        let i = line.find(':')?;
        let head = &line[..i];
        // "VASCO, Feb 4:", "KOCHI:", "GLASGOW, Scotland :".
        let city = head.split(',').next().unwrap_or(head);
        (head.len() < 40 && (head.chars().any(|c| c.is_ascii_digit()) || shouted_city(city.trim())))
            .then_some(i + 1)
    })?;
    if cut > 60 {
        return None;
    }
    let head = &line[..cut];
    let city: String = head
        .split(',')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string();
    // "TIANJIN, China —": the country after the city says who was at home too.
    let country = head
        .split(',')
        .nth(1)
        .map(|c| c.trim_end_matches(['—', '–', '-', ' ', ':']).trim())
        .filter(|c| !c.is_empty() && !c.contains('(') && !c.chars().any(|x| x.is_ascii_digit()));
    let is_city = !city.is_empty()
        && city.chars().any(char::is_alphabetic)
        && city
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        && (head.contains(',') || shouted_city(head.trim_end_matches(':')));
    let skip = cut + (line.len() - cut - line[cut..].trim_start().len());
    let place = match country {
        Some(c) => format!("{city}, {c}"),
        None => city,
    };
    Some((is_city.then_some(place), skip))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_may_share_a_line_with_the_lede() {
        let c = clean(" date 2019-03-01 Rovers beat Athletic 2-1 on a cold night in the north.");
        assert_eq!(c.date, NaiveDate::from_ymd_opt(2019, 3, 1));
        assert_eq!(c.blocks.len(), 1);
        assert_eq!(c.blocks[0].kind, BlockKind::Narrative);
        assert_eq!(c.blocks[0].start, 17);
    }

    #[test]
    fn classifies_lines() {
        let text = "Rovers 2-1 Athletic: late header settles it\n\n\
            LYON, March 3 (Reuters) - Rovers beat Athletic 2-1 on Saturday with a late goal.\n\
            Great goal from Smith pic.twitter.com/abc — Fan (@fan) March 3, 2019\n\
            [Photo caption: Smith heads the winner.]\n\
            * Smith scores late winner\n\
            Line-ups\n\
            Rovers: Jones; Brown, Green, White, Black (Grey 70), Smith, Wood, Stone, Hill, Dale, Vale.\n\
            Athletic: Ann Lee 12' yellow card; Bo Ray 80' goal\n\
            Rovers 2 - 1 Athletic";
        let c = clean(text);
        let kinds: Vec<BlockKind> = c.blocks.iter().map(|b| b.kind).collect();
        use BlockKind::*;
        assert_eq!(
            kinds,
            [
                Headline, Narrative, Skip, Caption, Bullet, Skip, Lineup, EventList, Heading
            ]
        );
        assert_eq!(c.blocks[1].city.as_deref(), Some("LYON"));
        assert!(text[c.blocks[1].start..].starts_with("Rovers beat"));
    }
}
