//! End to end: the real binary in a real pseudo-terminal at 120x40, keys sent, screen read.
//!
//! Waits for text to appear rather than sleeping for a fixed time, so it is as fast as the
//! binary and does not flake on a slow machine.

// A harness that cannot open a pty has nothing to test: failing loudly is right.
#![allow(clippy::expect_used)]

use nix::sys::termios::LocalFlags;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROWS: u16 = 40;
const COLS: u16 = 120;

/// The viewer running in a pty, with everything it has printed so far.
struct Session {
    writer: Box<dyn Write + Send>,
    output: Arc<Mutex<Vec<u8>>>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    fn start(args: &[&str]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_touchline"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        let child = pty.slave.spawn_command(cmd).expect("spawn touchline");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let output = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .expect("output lock")
                    .extend_from_slice(&buf[..n]);
            }
        });
        Session {
            writer,
            output,
            child,
            master: pty.master,
        }
    }

    fn bytes(&self) -> Vec<u8> {
        self.output.lock().expect("output lock").clone()
    }

    fn screen(&self) -> String {
        let size = |n: u16| std::num::NonZeroU16::new(n).expect("non-zero size");
        let mut parser = vt100::Parser::new(size(ROWS), size(COLS), 0);
        parser.process(&self.bytes());
        parser.screen().contents()
    }

    /// Waits until the screen shows `text`, and returns the screen.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out waiting for {text:?}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("send keys");
        self.writer.flush().expect("flush keys");
    }

    /// Whether the terminal is in raw mode: no line editing, no echo.
    fn raw_mode(&self) -> bool {
        let termios = self.master.get_termios().expect("pty termios");
        !termios.local_flags.contains(LocalFlags::ICANON)
            && !termios.local_flags.contains(LocalFlags::ECHO)
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "viewer did not exit"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn steps_jumps_and_quits_cleanly_on_the_sample() {
    let mut s = Session::start(&[]);
    let kick_off = s.wait_for("Atalanta");
    assert!(kick_off.contains("Borussia Dortmund"), "{kick_off}");
    assert!(kick_off.contains("0 - 0"), "opens at kick-off:\n{kick_off}");
    assert!(s.raw_mode());

    s.send("n");
    let first_goal = s.wait_for("1-0");
    assert!(first_goal.contains("Schurrle"), "{first_goal}");

    s.send("3");
    let third = s.wait_for("1 - 2");
    assert!(third.contains("Ilicic"), "{third}");

    s.send("G");
    let full_time = s.wait_for("3 - 2");
    assert!(full_time.contains("Batshuayi"), "{full_time}");

    s.send(":");
    s.send("46\r");
    s.wait_for("1 - 0");

    s.send("?");
    s.wait_for("next goal");
    s.send("?");
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    assert!(!s.raw_mode(), "raw mode is off again");
    let tail = s.bytes();
    let tail = String::from_utf8_lossy(&tail[tail.len().saturating_sub(200)..]).into_owned();
    assert!(
        tail.contains("\x1b[?1049l"),
        "left the alternate screen: {tail:?}"
    );
    assert!(tail.contains("\x1b[?25h"), "showed the cursor: {tail:?}");
}

#[test]
fn starts_at_a_goal_from_the_command_line_and_quits_on_ctrl_c() {
    let mut s = Session::start(&["--goal", "2"]);
    let screen = s.wait_for("1 - 1");
    assert!(screen.contains("Ilicic"), "{screen}");
    s.send("\x03");
    assert!(s.wait_exit().success());
}

#[test]
fn the_mouse_seeks_on_the_timeline_bar_and_the_wheel_steps() {
    let mut s = Session::start(&[]);
    s.wait_for("0 - 0");
    // A left click (SGR mouse report) on the right end of the timeline bar, which sits on
    // rows 5 to 9 of a 40-row screen (the last bar column is 119): full time.
    s.send("\x1b[<0;119;7M\x1b[<0;119;7m");
    s.wait_for("3 - 2");
    // A click at the left end goes back to before the first goal.
    s.send("\x1b[<0;3;7M\x1b[<0;3;7m");
    s.wait_for("0 - 0");
    // From kick-off, one wheel notch down steps to the second moment.
    s.send("g");
    s.wait_for(" 1/");
    s.send("\x1b[<65;60;20M");
    s.wait_for(" 2/");
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_bad_file_is_one_line_and_no_screen() {
    let mut s = Session::start(&["/nonexistent/match.txt"]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 2);
    std::thread::sleep(Duration::from_millis(100));
    let out = String::from_utf8_lossy(&s.bytes()).into_owned();
    assert!(out.contains("/nonexistent/match.txt"), "{out:?}");
    assert!(
        !out.contains("\x1b[?1049h"),
        "never entered the alternate screen: {out:?}"
    );
}
