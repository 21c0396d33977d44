//! Unit enums read by name (`engine::named`): every value reads back from what its derived
//! `Serialize` writes, and an unknown name gets serde's own error.

use halol::engine::named::Named;
use halol::engine::session::Mode;
use halol::engine::text::Lang;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt::Debug;

fn reads_back<T: Named + Serialize + DeserializeOwned + PartialEq + Debug>() {
    assert_eq!(T::VALUES.len(), T::NAMES.len());
    for (value, name) in T::VALUES.iter().zip(T::NAMES) {
        let json = serde_json::to_string(value).unwrap();
        assert_eq!(json, format!("\"{name}\""));
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), *value);
    }
}

#[test]
fn every_value_reads_back_from_its_stored_name() {
    reads_back::<Mode>();
    reads_back::<Lang>();
    assert_eq!(Lang::VALUES, &Lang::ALL);
}

#[test]
fn an_unknown_name_or_another_type_is_refused_as_serde_would() {
    let err = serde_json::from_str::<Mode>("\"exam\"")
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "unknown variant `exam`, expected `practice` or `contest` at line 1 column 6"
    );
    let err = serde_json::from_str::<Lang>("\"uz\"")
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "unknown variant `uz`, expected one of `uz-Latn`, `uz-Cyrl`, `ru`, `en` at line 1 column 4"
    );
    assert!(serde_json::from_str::<Mode>("3").is_err());
    // Only the name: serde's derived reader also took `{"practice": null}`, never written.
    assert!(serde_json::from_str::<Mode>("{\"practice\":null}").is_err());
}
