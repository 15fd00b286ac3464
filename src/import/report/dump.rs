//! A developer's view of what the pipeline reads in a report, sentence by sentence: clauses,
//! people, teams, times and goal mentions. Run it on any file:
//! `TOUCHLINE_DUMP=path/to/report.txt cargo test --lib dump -- --ignored --nocapture`.

use super::clauses::clauses;
use super::clean;
use super::doc;
use super::events;
use super::names::Registry;
use super::teams::Teams;
use super::{evidence, result};

#[test]
#[ignore = "a tool: prints the analysis of the report named by TOUCHLINE_DUMP"]
fn dump() {
    let Ok(path) = std::env::var("TOUCHLINE_DUMP") else {
        println!("set TOUCHLINE_DUMP to a report file");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("readable report");
    let cleaned = clean::clean(&text);
    let found = evidence::check(result::find(&text, &cleaned.blocks), &text, &cleaned.blocks)
        .expect("teams");
    println!(
        "teams: {:?} v {:?}, score {:?}",
        found.home, found.away, found.score
    );
    let teams = Teams::new(&found.home, &found.away);
    let mut reg = Registry::default();
    let sents = doc::analyse(&text, &cleaned.blocks, &teams, &mut reg, found.extra_time);
    for id in 0.. {
        let name = reg.name(id);
        if name.is_empty() {
            break;
        }
        println!("person {id}: {name}");
    }
    for (si, s) in sents.iter().enumerate() {
        println!("\n[{si}] {:?} {}", s.kind, &text[s.start..s.end]);
        let cuts: Vec<String> = clauses(s)
            .iter()
            .map(|&(a, b)| {
                let w: Vec<&str> = (a..b).map(|k| s.low(k)).collect();
                w.join(" ")
            })
            .collect();
        println!("  clauses: {cuts:?}");
        for r in &s.refs {
            println!("  ref @{} {:?}", r.tok, r.r);
        }
        for t in &s.teams {
            println!("  team @{} {:?}", t.0, t.1);
        }
        for t in &s.times {
            println!("  time {t:?}");
        }
        for m in events::mentions(&sents, si, found.shootout.is_some()) {
            let who = m.scorer.map(|p| reg.name(p).to_string());
            println!(
                "  GOAL @{} scorer {who:?} strong {} side {:?} og {} pen {} when {:?} state {:?} run {:?} ord {:?}",
                m.tok,
                m.strong,
                m.side,
                m.own_goal,
                m.penalty,
                m.when,
                m.state,
                m.running,
                m.ordinal
            );
        }
    }
}
