"""The in-app notification record. Below both `records`, which files documents and notifies,
and `email`, which sends every notification onwards: both read it, neither owns it."""
