"""PeerMentor: a workplace peer mentoring programme and its records."""
