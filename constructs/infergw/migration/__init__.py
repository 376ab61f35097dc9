"""Migration planning between releases: phases as complete desired states, and their runbook."""
