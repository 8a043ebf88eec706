"""Page geometry, type styles and the building blocks every document is made of."""
