"""builder package."""
