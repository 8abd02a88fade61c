#!/usr/bin/env python3
"""Turns FreeDict's English-Indonesian dictd files into the timeline's Indonesian-to-English word list.

Reads the .index and the (uncompressed) .dict of dict-freedict-eng-ind, keeps each entry's
translations (its first line after the headword, and every numbered sense line), drops
pronunciations, parts of speech and English glosses, and writes one line per Indonesian word or
phrase: indonesian<TAB>english|english|... (lower case, sorted). See build.sh.
"""
import re
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def number(text):
    n = 0
    for c in text:
        n = n * 64 + B64.index(c)
    return n


def translations(entry):
    """The Indonesian translations of one dictd entry (its lines after the headword line)."""
    lines = entry.split("\n")[1:]
    found = []
    for i, line in enumerate(lines):
        numbered = re.match(r"^\s*\d+\.\s+(.*)$", line)
        if numbered:
            text = numbered.group(1)
        elif i == 0:
            text = line
        else:
            continue  # an English gloss
        text = re.sub(r"\s+\d+\.\s*$", "", text)  # the next sense's number, printed at the line's end
        for word in text.split(","):
            word = word.strip().lower()
            if word and re.fullmatch(r"[a-z][a-z' -]*[a-z]", word) and len(word.split()) <= 3:
                found.append(word)
    return found


def main(index_path, dict_path, out_path, header_path):
    raw = open(dict_path, "rb").read()
    pairs = {}
    for line in open(index_path, encoding="utf-8"):
        headword, offset, length = line.rstrip("\n").split("\t")
        if headword.startswith("00database"):
            continue
        english = headword.strip().lower()
        if not re.fullmatch(r"[a-z][a-z' -]*[a-z]", english) or len(english.split()) > 3:
            continue  # affixes, abbreviations, numerals and long phrases say nothing about an event
        start = number(offset)
        entry = raw[start:start + number(length)].decode("utf-8")
        for indonesian in translations(entry):
            pairs.setdefault(indonesian, set()).add(english)
    with open(out_path, "w", encoding="utf-8") as out:
        out.write(open(header_path, encoding="utf-8").read())
        for indonesian in sorted(pairs):
            out.write(indonesian + "\t" + "|".join(sorted(pairs[indonesian])) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
