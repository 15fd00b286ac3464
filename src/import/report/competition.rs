//! The competition a report names first ("Europa League", "Women's World Cup").

use super::tokens::fold;

/// Competitions by name, longest first so "Women's World Cup" wins over "World Cup".
const COMPETITIONS: &[&str] = &[
    "Women's World Cup",
    "Club World Cup",
    "World Cup qualifier",
    "World Cup",
    "Champions League",
    "Europa Conference League",
    "Conference League",
    "Europa League",
    "Premier League",
    "Indian Super League",
    "Super League",
    "FA Cup",
    "League Cup",
    "Carabao Cup",
    "EFL Cup",
    "Serie A",
    "Serie B",
    "La Liga",
    "Bundesliga",
    "Ligue 1",
    "Eredivisie",
    "Primeira Liga",
    "Scottish Premiership",
    "Copa America",
    "Copa del Rey",
    "Copa Libertadores",
    "Copa Sudamericana",
    "European Championship",
    "Nations League",
    "Africa Cup of Nations",
    "Asian Cup",
    "Gold Cup",
    "Community Shield",
    "Super Cup",
    "Olympics",
    "Olympic",
    "Championship",
    "League One",
    "League Two",
    "MLS",
    "A-League",
    "Women's Super League",
    "NWSL",
    "Premiership",
    "Coppa Italia",
    "DFB-Pokal",
    "Coupe de France",
    "Euro 2024",
    "Euro 2020",
    "Euro 2016",
    "Euro 2012",
];

/// The competition the report names first.
pub fn competition(text: &str) -> Option<String> {
    let folded = fold(text);
    let mut best: Option<(usize, usize, &str)> = None;
    for c in COMPETITIONS {
        let fc = fold(c);
        let mut from = 0;
        while let Some(i) = folded[from..].find(&fc).map(|i| i + from) {
            let end = i + fc.len();
            let bounded = folded[..i]
                .chars()
                .last()
                .is_none_or(|p| !p.is_alphanumeric())
                && folded[end..]
                    .chars()
                    .next()
                    .is_none_or(|n| !n.is_alphanumeric());
            if bounded {
                if best.is_none_or(|b| i < b.0 || i == b.0 && fc.len() > b.1) {
                    best = Some((i, fc.len(), c));
                }
                break;
            }
            from = end;
        }
    }
    best.map(|b| {
        let name = b.2;
        if name == "Olympic" {
            "Olympics".to_string()
        } else {
            name.to_string()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_competitions() {
        assert_eq!(
            competition("the first leg of their Europa League tie").as_deref(),
            Some("Europa League")
        );
        assert_eq!(
            competition("Women's World Cup, Group C").as_deref(),
            Some("Women's World Cup")
        );
        assert_eq!(competition("a friendly"), None);
    }
}
