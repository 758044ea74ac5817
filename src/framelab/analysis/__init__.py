"""Analyses over cleaned, attributed passages: markers, stance, naming, voices, fit, keyness,
reuse, agreement and uncertainty."""
