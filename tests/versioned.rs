//! The version number of a versioned JSON form, read without building a JSON value.

use halol::engine::versioned::{read_version, VersionProblem};

#[test]
fn the_version_of_an_object_is_read_wherever_it_stands() {
    assert_eq!(read_version(r#"{"v":1}"#), Ok(1));
    assert_eq!(
        read_version(" {\"a\":[1,{\"v\":3}],\"v\":7,\"b\":{\"v\":9}} "),
        Ok(7)
    );
    assert_eq!(read_version(r#"{"b":"\"v\"","v":12}"#), Ok(12));
    // Escaped keys are keys too.
    assert_eq!(read_version(r#"{"\u0076":4}"#), Ok(4));
}

#[test]
fn a_missing_or_odd_version_is_told_apart() {
    for json in [r#"{}"#, r#"{"x":{"v":1}}"#, r#"{"vv":1}"#] {
        assert_eq!(read_version(json), Err(VersionProblem::Missing), "{json}");
    }
    for json in [
        r#"{"v":"1"}"#,
        r#"{"v":1.5}"#,
        r#"{"v":1.0}"#,
        r#"{"v":-1}"#,
        r#"{"v":null}"#,
        r#"{"v":true}"#,
        r#"{"v":[1]}"#,
        r#"{"v":{"v":1}}"#,
    ] {
        assert_eq!(read_version(json), Err(VersionProblem::NotWhole), "{json}");
    }
    for json in ["[1]", "\"v\"", "1", "null"] {
        assert_eq!(read_version(json), Err(VersionProblem::NotObject), "{json}");
    }
}

#[test]
fn text_that_is_not_json_keeps_the_parsers_message() {
    for (json, message) in [
        ("{\"v\":1,", "EOF while parsing a value at line 1 column 7"),
        ("{\"v\":1} x", "trailing characters at line 1 column 9"),
        ("", "EOF while parsing a value at line 1 column 0"),
        ("{\"v\":1,\"a\":[1,}", "expected value at line 1 column 15"),
        ("[broken", "expected value at line 1 column 2"),
        ("\"v", "EOF while parsing a string at line 1 column 2"),
    ] {
        assert_eq!(
            read_version(json),
            Err(VersionProblem::NotJson(message.into())),
            "{json}"
        );
    }
}

#[test]
fn each_problem_has_its_own_message() {
    let messages = [
        VersionProblem::NotObject,
        VersionProblem::Missing,
        VersionProblem::NotWhole,
    ]
    .map(|p| p.shape_message());
    assert_eq!(
        messages,
        [
            "it is not a JSON object",
            "the version number `v` is missing",
            "the version number `v` is not a whole number",
        ]
    );
}
