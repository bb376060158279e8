"""The journal's side panel: a call's details, comment, recordings and number registration."""
