"""Training data of the demo model, generated offline from a seed (no torch).

`mix.chat_samples` draws harmony conversations rendered with our `harmony` package (`chat`,
`tasks`, `functions`), `text` finds code and prose on this machine, and `build.build_data`
trains the tokenizer and writes the token ids with their loss mask.
"""
