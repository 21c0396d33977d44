//! Where the app is: the screens as a closed enum, read from and written to the URL hash
//! (`#/quiz/<id>/play`). Hash navigation works on any static host, from any sub-path, offline.

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of quizzes.
    Home,
    /// A quiz's intro: what it is, how long, practice or contest, resume.
    Intro(String),
    /// The question screen of the attempt in progress.
    Play(String),
    /// The result and review of the latest finished attempt.
    Result(String),
    /// Joining a classroom contest by its code (typed, or from a link or QR code).
    Join(Option<String>),
    /// The student's sealed contest results, to hand over again or delete.
    MyResults,
    /// Anything else: shown as "page not found" with a way home.
    NotFound(String),
}

/// Characters allowed in a pack id (see the pack format).
fn is_pack_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Route {
    /// Reads a route from a URL hash (`""`, `"#"`, `"#/"`, `"#/quiz/law"`, `"#/quiz/law/play"`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        match parts.as_slice() {
            [] => Route::Home,
            ["quiz", id] if is_pack_id(id) => Route::Intro((*id).to_string()),
            ["quiz", id, "play"] if is_pack_id(id) => Route::Play((*id).to_string()),
            ["quiz", id, "result"] if is_pack_id(id) => Route::Result((*id).to_string()),
            ["join"] => Route::Join(None),
            ["join", code] => Route::Join(Some((*code).to_string())),
            ["results"] => Route::MyResults,
            _ => Route::NotFound(hash.to_string()),
        }
    }

    /// The URL hash of this route (`#/quiz/law/play`).
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound(_) => "#/".to_string(),
            Route::Intro(id) => format!("#/quiz/{id}"),
            Route::Play(id) => format!("#/quiz/{id}/play"),
            Route::Result(id) => format!("#/quiz/{id}/result"),
            Route::Join(None) => "#/join".to_string(),
            Route::Join(Some(code)) => format!("#/join/{code}"),
            Route::MyResults => "#/results".to_string(),
        }
    }

    /// The pack this route is about, if any.
    pub fn pack_id(&self) -> Option<&str> {
        match self {
            Route::Intro(id) | Route::Play(id) | Route::Result(id) => Some(id),
            Route::Home | Route::NotFound(_) | Route::Join(_) | Route::MyResults => None,
        }
    }
}
