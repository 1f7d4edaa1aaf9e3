"""briefing: a keyboard-driven terminal reader for Thai government press releases."""

import os

# PyThaiNLP and the Hugging Face hub must never wait on the network: everything we use is bundled.
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

__version__ = "0.1.0"
