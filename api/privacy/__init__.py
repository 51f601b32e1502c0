"""Personal-data requests: export everything held about an employee; anonymise a leaver."""
