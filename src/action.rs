//! Everything a person can ask the viewer to do, whatever key or mouse gesture asked it.

use crate::model::Clock;

/// One request to change the viewer's state, handled by `App::update`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// Step to the next moment.
    Next,
    /// Step back to the previous moment.
    Prev,
    /// Go to kick-off.
    First,
    /// Go to full time.
    Last,
    /// Jump to the next goal.
    NextGoal,
    /// Jump back to the previous goal.
    PrevGoal,
    /// Jump to goal number N (1-based).
    Goal(u8),
    /// Start typing a minute to jump to.
    BeginMinuteInput,
    /// Type one character of the minute.
    InputChar(char),
    /// Delete the last typed character.
    InputBackspace,
    /// Jump to the typed minute.
    SubmitInput,
    /// Jump to the match as it stood at this minute.
    JumpTo(Clock),
    /// Stop typing without jumping.
    CancelInput,
    /// Start or pause autoplay.
    ToggleAutoplay,
    /// Autoplay faster.
    Faster,
    /// Autoplay slower.
    Slower,
    /// Autoplay's timer fired: advance one moment.
    Tick,
    /// Show or hide the whole source report beside the moments.
    ToggleReader,
    /// Show or hide the key help.
    ToggleHelp,
    /// Jump to a point on the timeline bar, 0.0 (kick-off) to 1.0 (full time).
    Seek(f64),
    /// Leave the viewer.
    Quit,
}
