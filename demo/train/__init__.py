"""Training side of the demo model (needs torch, the `train` extra; never imported at runtime).

`model` is GPT-OSS in torch, `mxfp4` its fake quantization, `loop` the training loop, `export`
the Hugging Face writer, `pipeline` the whole `python -m demo build`, `parity` the logit check
against our loader.
"""
