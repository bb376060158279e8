"""The clients section: directory table, client card, import wizard."""
