//! The reader view: the whole source report with the current moment's sentence highlighted,
//! scrolled to follow the cursor, so a person can check any moment against what was written.

use super::{style, text};
use crate::app::App;
use crate::model::Span as SourceSpan;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Padding, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let block = style::panel(" Report ").padding(Padding::horizontal(1));
    let inner = block.inner(area);
    frame.render_widget(&block, area);
    let Some(report) = app.timeline.the_match.report.as_deref() else {
        frame.render_widget(
            Paragraph::new(Line::styled("This match has no source text.", style::dim()))
                .wrap(Wrap { trim: true }),
            inner,
        );
        return;
    };
    let focus = app.current().and_then(|e| e.span);
    let lines = wrap(report, usize::from(inner.width));
    let height = usize::from(inner.height);
    let focus_line = focus
        .and_then(|s| lines.iter().position(|&(_, end)| end > s.start))
        .unwrap_or(0);
    // Keep the highlighted sentence a third of the way down, where the eye expects it.
    let top = focus_line
        .saturating_sub(height / 3)
        .min(lines.len().saturating_sub(height));
    let highlight = style::cursor().add_modifier(Modifier::BOLD);
    let shown: Vec<Line> = lines
        .iter()
        .skip(top)
        .take(height)
        .map(|&(start, end)| styled_line(report, start, end, focus, highlight))
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

/// One visual line, with the part inside `focus` highlighted.
fn styled_line(
    report: &str,
    start: usize,
    end: usize,
    focus: Option<SourceSpan>,
    highlight: Style,
) -> Line<'static> {
    let piece = |a: usize, b: usize| report.get(a..b).map(text::clean).unwrap_or_default();
    let Some(f) = focus else {
        return Line::raw(piece(start, end));
    };
    let (a, b) = (f.start.clamp(start, end), f.end.clamp(start, end));
    if a == b || !report.is_char_boundary(a) || !report.is_char_boundary(b) {
        return Line::raw(piece(start, end));
    }
    Line::from(vec![
        Span::raw(piece(start, a)),
        Span::styled(piece(a, b), highlight),
        Span::raw(piece(b, end)),
    ])
}

/// Greedy word wrap of the report to `width` columns, as byte ranges of the source so a
/// highlight can be placed on the wrapped lines; paragraphs are separated by an empty line.
pub(super) fn wrap(report: &str, width: usize) -> Vec<(usize, usize)> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut offset = 0;
    for paragraph in report.split('\n') {
        let base = offset;
        offset += paragraph.len() + 1;
        if paragraph.trim().is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push((base, base));
        }
        let mut line: Option<(usize, usize)> = None;
        let mut used = 0;
        for (at, word) in words(paragraph) {
            let (start, end) = (base + at, base + at + word.len());
            let w = text::width(word);
            match line {
                Some((s, _)) if used + 1 + w <= width => {
                    line = Some((s, end));
                    used += 1 + w;
                }
                _ => {
                    lines.extend(line);
                    line = Some((start, end));
                    used = w;
                }
            }
        }
        lines.extend(line);
    }
    lines
}

/// The words of a paragraph with their byte offsets.
fn words(paragraph: &str) -> impl Iterator<Item = (usize, &str)> {
    paragraph
        .split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - paragraph.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_on_words_and_keeps_source_offsets() {
        let report = "Reus shot wide.\n\nBurki saved well late on.";
        let lines = wrap(report, 10);
        let texts: Vec<&str> = lines.iter().map(|&(a, b)| &report[a..b]).collect();
        assert_eq!(
            texts,
            ["Reus shot", "wide.", "", "Burki", "saved well", "late on."]
        );
    }

    #[test]
    fn highlights_only_the_focused_sentence() {
        let report = "One. Two three.";
        let focus = Some(SourceSpan { start: 5, end: 15 });
        let line = styled_line(report, 0, report.len(), focus, Style::new().bold());
        let parts: Vec<(&str, bool)> = line
            .spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style == Style::new().bold()))
            .collect();
        assert_eq!(parts, [("One. ", false), ("Two three.", true), ("", false)]);
    }
}
