"""Tests of app/journal."""
