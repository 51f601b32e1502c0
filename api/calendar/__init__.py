"""Calendar feeds: each person's mentoring dates as a secret, revocable ICS URL."""
