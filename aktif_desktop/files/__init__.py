"""Writing files the user asked for: one safe path (:mod:`.safe_write`) and safe names."""
