//! The frame every panel sits in: rounded, quiet borders, a bold title on the left and any
//! others on the right. It draws what a ratatui `Block` would, cell for cell, but only the
//! border cells: a `Block` restyles every cell of its area first, and with the panels tiling
//! the whole screen that was a fifth of a frame's drawing time.

use super::style;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Padding, Widget};

/// A bordered panel with its titles.
#[derive(Debug, Clone, Default)]
pub struct Panel<'a> {
    title: Line<'a>,
    top: Vec<Line<'a>>,
    bottom: Vec<Line<'a>>,
    padding: Padding,
}

impl<'a> Panel<'a> {
    pub fn new(title: impl Into<Line<'a>>) -> Self {
        Panel {
            title: title.into().style(style::bold()),
            ..Panel::default()
        }
    }

    /// A title on the right of the top border.
    pub fn title_top(mut self, line: Line<'a>) -> Self {
        self.top.push(line.right_aligned());
        self
    }

    /// A title on the right of the bottom border.
    pub fn title_bottom(mut self, line: Line<'a>) -> Self {
        self.bottom.push(line.right_aligned());
        self
    }

    pub fn padding(mut self, padding: Padding) -> Self {
        self.padding = padding;
        self
    }

    /// The area inside the borders and padding.
    pub fn inner(&self, area: Rect) -> Rect {
        Block::bordered().padding(self.padding).inner(area)
    }

    /// The same panel as a ratatui `Block`, for areas too small for the fast path.
    fn block(&self) -> Block<'a> {
        let mut block = Block::bordered()
            .border_type(BorderType::Rounded)
            .border_style(style::dim())
            .title(self.title.clone())
            .padding(self.padding);
        for line in &self.top {
            block = block.title_top(line.clone());
        }
        for line in &self.bottom {
            block = block.title_bottom(line.clone());
        }
        block
    }
}

impl Widget for Panel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self).render(area, buf);
    }
}

impl Widget for &Panel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < 3 || area.height < 2 {
            self.block().render(area, buf);
            return;
        }
        let set = border::ROUNDED;
        let edge = style::dim();
        let (left, right) = (area.left(), area.right() - 1);
        let (top, bottom) = (area.top(), area.bottom() - 1);
        let mut put = |x: u16, y: u16, symbol: &str| {
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.set_symbol(symbol).set_style(edge);
            }
        };
        for x in left + 1..right {
            put(x, top, set.horizontal_top);
            put(x, bottom, set.horizontal_bottom);
        }
        for y in top + 1..bottom {
            put(left, y, set.vertical_left);
            put(right, y, set.vertical_right);
        }
        put(left, top, set.top_left);
        put(right, top, set.top_right);
        put(left, bottom, set.bottom_left);
        put(right, bottom, set.bottom_right);

        // Titles as `Block` places them: the left one first, then the right ones from the
        // right edge leftwards, one column apart.
        let row = |y: u16| Rect::new(left + 1, y, area.width - 2, 1);
        let first = row(top);
        let width = |l: &Line| u16::try_from(l.width()).unwrap_or(u16::MAX);
        super::render_line(
            &self.title,
            Rect {
                width: width(&self.title).min(first.width),
                ..first
            },
            buf,
        );
        for (y, lines) in [(top, &self.top), (bottom, &self.bottom)] {
            let mut room = row(y);
            for line in lines.iter().rev() {
                if room.is_empty() {
                    break;
                }
                let w = width(line);
                let at = Rect {
                    x: room.right().saturating_sub(w).max(room.left()),
                    width: w.min(room.width),
                    ..room
                };
                super::render_line(line, at, buf);
                room.width = room.width.saturating_sub(w).saturating_sub(1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    #[test]
    fn draws_what_a_block_draws_cell_for_cell() {
        let panel = Panel::new(" Pitch ")
            .title_top(Line::styled(
                " Home →  ← Away ",
                Style::new().fg(ratatui::style::Color::Cyan),
            ))
            .title_top(Line::raw(" 3/40 "))
            .title_bottom(Line::styled(" ○ shot ", style::dim()));
        for (w, h) in [(40, 10), (12, 3), (20, 2), (3, 3), (2, 5), (30, 1), (1, 1)] {
            let area = Rect::new(1, 1, w, h);
            let mut ours = Buffer::empty(Rect::new(0, 0, 45, 12));
            let mut theirs = ours.clone();
            (&panel).render(area, &mut ours);
            panel.block().render(area, &mut theirs);
            assert_eq!(ours, theirs, "{w}x{h}");
            assert_eq!(panel.inner(area), panel.block().inner(area));
        }
    }
}
