"""Oversight: the register of HMICFRS inspections, findings and what the force does about them."""
