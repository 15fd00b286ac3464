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
    /// Start typing part of a player's name, to jump to their next involvement.
    BeginPlayerSearch,
    /// Type one character of the minute or the name.
    InputChar(char),
    /// Delete the last typed character.
    InputBackspace,
    /// Jump to the typed minute, or to the typed player's next involvement.
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
    /// Switch between the key moments and every event, staying on the same moment.
    ToggleAllEvents,
    /// Show or hide the pitch: locations and the shot map.
    TogglePitch,
    /// Show or hide the key help.
    ToggleHelp,
    /// Show or hide what the import could not read, had to guess or went without.
    ToggleWarnings,
    /// Jump to a point on the timeline bar, 0.0 (kick-off) to 1.0 (full time).
    Seek(f64),
    /// Dismiss the footer's message; with none showing, leave the viewer (Esc).
    Back,
    /// Leave the viewer.
    Quit,
}
