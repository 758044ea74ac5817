"""Cleaning: boilerplate rules, repeated furniture, language identification."""
