"""Settings are split by environment: base (secure defaults), dev, test and production."""
