"""A study as data: loading and checking its files, scaffolding a new one."""
