"""Resolution across documents: the same actor, event or place seen in many articles."""
