//! Routes read from and written to the URL hash.

use halol::engine::route::Route;

fn check(hash: &str, expected: Route) {
    assert_eq!(Route::parse(hash), expected, "parsing {hash:?}");
}

#[test]
fn hashes_parse_to_routes() {
    check("", Route::Home);
    check("#", Route::Home);
    check("#/", Route::Home);
    check("#/quiz/juma", Route::Intro("juma".into()));
    check("#/quiz/juma/", Route::Intro("juma".into()));
    check(
        "#/quiz/qonun-bilimdonlari/play",
        Route::Play("qonun-bilimdonlari".into()),
    );
    check("#/quiz/namuna/result", Route::Result("namuna".into()));
    check("#/quiz/", Route::NotFound("#/quiz/".into()));
    check("#/quiz/Bad_Id", Route::NotFound("#/quiz/Bad_Id".into()));
    check(
        "#/quiz/juma/delete",
        Route::NotFound("#/quiz/juma/delete".into()),
    );
    check("#/elsewhere", Route::NotFound("#/elsewhere".into()));
    check("#/join", Route::Join(None));
    check(
        "#/join/4800M-01Z85",
        Route::Join(Some("4800M-01Z85".into())),
    );
    check("#/results", Route::MyResults);
}

#[test]
fn every_route_round_trips_through_its_href() {
    for route in [
        Route::Home,
        Route::Intro("juma".into()),
        Route::Play("juma".into()),
        Route::Result("namuna".into()),
        Route::Join(None),
        Route::Join(Some("4800M01Z85".into())),
        Route::MyResults,
    ] {
        assert_eq!(Route::parse(&route.href()), route);
    }
    assert_eq!(Route::NotFound("#/x".into()).href(), "#/");
}
