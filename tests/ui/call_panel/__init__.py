"""Tests of ui/call_panel."""
