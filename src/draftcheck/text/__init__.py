"""Plain-text helpers shared by the checking core: offsets to lines, width folding, sentences."""
