"""The parts of a portrait: ``kit`` (geometry and shading), ``face`` (features and moods),
``hair`` (hair, beards, headscarves) and ``body`` (neck, clothes, arms)."""
