"""Writing onto Word documents: comments (批注) anchored on exactly the flagged characters and safe fixes as
tracked changes (修订). The input document is never modified: a copy is written."""
