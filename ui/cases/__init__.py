"""The page "Familien" (Lotsen): family cases, their referrals, applications and follow-ups."""
