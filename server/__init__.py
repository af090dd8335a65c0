"""OpenAI-compatible HTTP server for GPT-OSS on MLX: `create_app(Settings)` in `server.app`,
`python -m server` to run it. Routes validate and serialize; generation goes through the local
`engine.Engine` (harmony render/parse in `harmony`) or an upstream server, and virtual
experts (`router`, `tools`) may answer first. Nothing else imports this package.
"""
