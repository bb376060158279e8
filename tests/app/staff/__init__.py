"""Tests of app/staff."""
