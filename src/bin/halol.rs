//! `halol`: the command-line tool for pack authors and organizers (native only).

fn main() {
    eprintln!("usage: halol <command>; commands arrive with the quiz engine");
    std::process::exit(2);
}
