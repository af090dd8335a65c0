"""HTTP routes: thin handlers that validate, call the backend through the shared generation
path, and serialize. One module per endpoint family."""
