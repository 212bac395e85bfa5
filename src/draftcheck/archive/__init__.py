"""An archive of past reports, indexed to find the passages a new report carried over from them.

``text/sentence_units.py`` cuts a text into paragraphs and sentence units and normalises them
(width-folded; punctuation, digits and blanks dropped); ``minhash`` sketches each unit
(one-permutation MinHash) and cuts the sketch into LSH bands; ``store`` keeps documents and band
keys in one SQLite file; ``text/passage_diff.py`` confirms a candidate on the original text;
``search`` ties them together;
``build`` loads and analyses files in parallel. Only ``lint --reference*`` and ``draftcheck index``
import this package.
"""
