"""When people leave: their logins stop and HR is told of their open pairings. Above the
people, accounts and pairings domains: it calls into them, they know nothing of it."""
