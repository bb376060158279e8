"""The operator's softphone: panel, incoming-call pop-up, pause control and their wiring."""
